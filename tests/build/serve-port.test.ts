/**
 * `npm start` / `npm run serve` while `npm run dev` holds the port: a Vietnamese message that
 * says what holds it and what to do, not Node's English EADDRINUSE; and before any build, a
 * message that says to build first.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let holder: Server;
let port = 0;
let work = '';

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
  port = (holder.address() as { port: number }).port;
  mkdirSync('tests/.tmp', { recursive: true });
  work = mkdtempSync(resolve('tests/.tmp/serve-'));
});
afterAll(async () => {
  await new Promise<void>((done) => holder.close(() => done()));
  rmSync(work, { recursive: true, force: true });
});

describe('the preview server explains itself in Vietnamese', () => {
  it('a port in use: stop the dev server, or use another port', () => {
    mkdirSync(join(work, 'dist'), { recursive: true });
    spawnSync('sh', ['-c', `echo '<p>x</p>' > ${join(work, 'dist/index.html')}`]);
    const result = spawnSync(process.execPath, ['scripts/serve.mjs', '--dir', join(work, 'dist'), '--port', String(port)], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Cổng ${port} đang bận`);
    expect(result.stderr).toContain('npm run dev');
    expect(result.stderr).toContain('PORT=4322 npm run serve');
    expect(result.stderr).not.toContain('EADDRINUSE');
  });
  it('no build yet: build first', () => {
    const result = spawnSync(process.execPath, ['scripts/serve.mjs', '--dir', join(work, 'khong-co'), '--port', '0'], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Chưa có bản dựng trong thư mục');
    expect(result.stderr).toContain('npm start');
  });
});
