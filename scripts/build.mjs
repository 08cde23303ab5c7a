#!/usr/bin/env node
/**
 * `npm run build`: builds into a staging folder and replaces dist/ only when the build (and
 * the search index written by its integration) succeeded. A build stopped by bad content
 * leaves the last good site in place: nothing broken is published, nothing is lost.
 * The content check (`npm run kiem-tra`, scripts/kiem-tra.mjs) runs beside Astro, on the
 * machine's second core: Astro's output is held back until the check has passed, so bad
 * content stops the build with the check's Vietnamese messages alone (Astro is stopped and
 * its half-written staging folder removed). That saves the check's time on every build.
 *
 * A build for publishing needs SITE_URL (canonical links, Open Graph, sitemap and RSS carry
 * it; a build left on localhost would send every shared link there). `--xem-truoc` ("preview")
 * allows the http://localhost:4321 default: `npm start` and the tests build that way.
 * Other arguments go to `astro build`. OUT_DIR changes the published folder (tests use it).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { checkAll } from './lib/content-check.mjs';
import { writeHostHeaders } from './lib/host-headers.mjs';

const PREVIEW_FLAG = '--xem-truoc';
const preview = process.argv.includes(PREVIEW_FLAG);
const astroArgs = process.argv.slice(2).filter((a) => a !== PREVIEW_FLAG);
const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const shown = relative(process.cwd(), outDir) || outDir;
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

const siteUrl = process.env.SITE_URL?.trim();
if (!siteUrl && !preview) {
  console.error(`Chưa dựng trang: thiếu địa chỉ công khai của trang (SITE_URL).
Bản dựng để xuất bản ghi địa chỉ này vào liên kết chính thức, thẻ chia sẻ (Zalo, Facebook), sitemap và RSS;
để trống thì mọi liên kết chia sẻ sẽ trỏ về máy của bạn (localhost).
  Xuất bản:   SITE_URL=https://ten-mien-cua-trang.vn npm run build
  Xem thử trên máy này: npm start   (dựng với địa chỉ http://localhost:4321 rồi mở trang)
${shown} được giữ nguyên như lần trước.`);
  process.exit(1);
}
if (siteUrl && !/^https?:\/\/[^/\s]+/.test(siteUrl)) {
  console.error(`Chưa dựng trang: SITE_URL "${siteUrl}" không phải một địa chỉ đầy đủ; viết dạng https://ten-mien-cua-trang.vn\n${shown} được giữ nguyên như lần trước.`);
  process.exit(1);
}
if (siteUrl && !preview && /^https?:\/\/(localhost|127\.|\[::1\])/.test(siteUrl)) {
  console.error(`Chưa dựng trang: SITE_URL "${siteUrl}" là địa chỉ trên máy này, không dùng để xuất bản được. Để xem thử, chạy npm start.\n${shown} được giữ nguyên như lần trước.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...astroArgs], {
  stdio: ['ignore', 'pipe', 'pipe'],
  // The check below runs beside Astro; the site does not run it a second time.
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_CHECKED_BY_BUILD: '1' },
});
const exited = new Promise((done) => astro.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));

// Astro's output waits until the check has spoken, then flows as it comes.
let held = [];
for (const [from, to] of [[astro.stdout, process.stdout], [astro.stderr, process.stderr]]) {
  from.on('data', (chunk) => (held ? held.push([to, chunk]) : to.write(chunk)));
}

if (!(await checkAll())) {
  held = null;
  astro.kill('SIGTERM');
  await exited;
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nChưa dựng trang vì nội dung còn lỗi: ${shown} được giữ nguyên như lần trước.`);
  process.exit(1);
}
for (const [to, chunk] of held) to.write(chunk);
held = null;

const status = await exited;
if (status !== 0 || !existsSync(resolve(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nDựng trang không thành công (lỗi của Astro, in ở trên; báo người phụ trách kỹ thuật nếu không rõ): ${shown} được giữ nguyên như lần trước.`);
  process.exit(status || 1);
}
// The same policy as HTTP headers, with frame-ancestors (README: "Publishing").
writeHostHeaders(staging);

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(
  preview
    ? `Đã dựng bản xem thử vào ${shown} (địa chỉ ${siteUrl ?? 'http://localhost:4321'}; không dùng bản này để xuất bản).`
    : `Đã dựng xong vào ${shown}, với địa chỉ ${siteUrl}. Chép toàn bộ thư mục ${shown} lên máy chủ để xuất bản.`,
);
