#!/usr/bin/env node
/**
 * `npm run build`: builds into a staging folder and replaces dist/ only when the build (and
 * the search index written by its integration) succeeded. A build stopped by bad content
 * leaves the last good site in place: nothing broken is published, nothing is lost.
 * The content check (`npm run kiem-tra`, scripts/kiem-tra.mjs) runs beside Astro, on the
 * machine's second core: Astro's output is held back until the check has passed, so bad
 * content stops the build with the check's Vietnamese messages alone (Astro is stopped and
 * its half-written staging folder removed). That saves the check's time on every build.
 * Extra arguments go to `astro build`. OUT_DIR changes the published folder (tests use it).
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkAll } from './lib/content-check.mjs';
import { writeHostHeaders } from './lib/host-headers.mjs';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

rmSync(staging, { recursive: true, force: true });
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...process.argv.slice(2)], {
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
  console.error(`\nChưa xây dựng trang: ${outDir} được giữ nguyên như lần trước (was left as it was).`);
  process.exit(1);
}
for (const [to, chunk] of held) to.write(chunk);
held = null;

const status = await exited;
if (status !== 0 || !existsSync(resolve(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was left as it was.`);
  process.exit(status || 1);
}
// The same policy as HTTP headers, with frame-ancestors (README: "Publishing").
writeHostHeaders(staging);

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Published ${outDir}`);
