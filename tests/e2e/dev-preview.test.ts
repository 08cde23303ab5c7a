/**
 * `npm run dev` as an editor uses it: a saved mistake replaces the page with its Vietnamese
 * message (status 500), never the last good page with status 200; the fix shows at once; the
 * preview says that search uses the last build's index.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let url = '';

/** A port no one listens on now (Astro would silently move to the next one if it were taken). */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}
let work = '';
let server: ChildProcess | undefined;
let article = '';

function editorEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(k)));
}

async function get(): Promise<{ status: number; body: string; type?: string | null }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
}

/** Polls until the page matches (the watcher needs a moment after a save). */
async function until(predicate: (r: { status: number; body: string; type?: string | null }) => boolean, ms = 20_000) {
  const end = Date.now() + ms;
  let last: { status: number; body: string; type?: string | null } = { status: 0, body: '' };
  while (Date.now() < end) {
    try {
      last = await get();
      if (predicate(last)) return last;
    } catch {
      // the server is still starting
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return last;
}

beforeAll(async () => {
  mkdirSync('tests/.tmp', { recursive: true });
  work = mkdtempSync(resolve('tests/.tmp/dev-'));
  const content = join(work, 'content');
  cpSync(resolve('tests/fixtures/content-base'), content, { recursive: true });
  article = join(content, 'articles/bai-mau.mdx');
  const port = await freePort();
  url = `http://127.0.0.1:${port}/bai-viet/bai-mau/`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    // Run it as an editor would, without the variables Vitest sets (NODE_ENV=test, VITEST…),
    // under which the dev server answers 404.
    env: { ...editorEnv(), NODE_ENV: 'development', CONTENT_DIR: content, SOURCES_DIR: resolve('tests/fixtures/sources'), ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: process.env.DEBUG_DEV ? 'inherit' : 'ignore',
  });
  await until((r) => r.status === 200, 60_000);
}, 90_000);

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('the dev server preview', () => {
  it('serves the page and says that search shows the last build', async () => {
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body).toContain('Bài mẫu hợp lệ cho kiểm thử');
    expect(body).toContain('Riêng ô tìm kiếm dùng chỉ mục của lần');
  });
  it('shows a content mistake instead of the last good page, then the fix', async () => {
    const good = readFileSync(article, 'utf8');
    writeFileSync(article, good.replace(/^title: .*$/m, 'title: 12'));
    const broken = await until((r) => r.status !== 200, 60_000);
    expect(broken.status).toBe(500);
    expect(broken.body).not.toContain('Bài mẫu hợp lệ cho kiểm thử');
    // The check's own report, in UTF-8 (Astro's error page had no charset: "Lá»—i ná»™i dung").
    expect(broken.type).toBe('text/html; charset=utf-8');
    expect(broken.body).toContain('<meta charset="utf-8">');
    expect(broken.body).toContain('<title>Lỗi nội dung: chưa xem trước được</title>');
    expect(broken.body).toContain('content/articles/bai-mau.mdx, dòng 2');
    expect(broken.body).toContain('cần tiêu đề bài');
    writeFileSync(article, good.replace('Bài mẫu hợp lệ cho kiểm thử', 'Bài mẫu đã sửa trong bản xem trước'));
    // A bound on a hang, not a speed: under a full suite's load the watcher took over 20 s once.
    const fixed = await until((r) => r.status === 200 && r.body.includes('Bài mẫu đã sửa trong bản xem trước'), 60_000);
    expect(fixed.status).toBe(200);
    expect(fixed.body).toContain('Bài mẫu đã sửa trong bản xem trước');
  }, 120_000);
});
