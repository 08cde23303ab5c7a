#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a static host would: directory URLs map to
 * index.html, unknown paths get the Vietnamese 404 page with status 404. The one static server
 * of the project: `npm start`, the browser tests and the bench. Usage:
 * node scripts/serve.mjs [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/**
 * @typedef {{ path: string, at: number, status: number }} LoggedRequest
 * @param {{ dir?: string, port?: number, host?: string, quiet?: boolean, log?: boolean, live?: boolean }} [options]
 *   `log: true` records every request (path, arrival time, status), the service worker's
 *   included, in `log`; `live: true` reads files on every request (tests that change the site
 *   while it is served), otherwise files are served like a production host, with ETags.
 * @returns {Promise<{ server: import('node:http').Server, url: string, root: string, log: LoggedRequest[] }>}
 */
export function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1', quiet = false, log = false, live = false } = {}) {
  const root = resolve(dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`serve: ${root}/index.html not found: run "npm run build" first`);
  }
  const notFound = existsSync(resolve(root, '404.html')) ? readFileSync(resolve(root, '404.html')) : Buffer.from('404');
  const assets = sirv(root, { dev: live, etag: true, dotfiles: false, extensions: ['html'] });
  /** @type {LoggedRequest[]} */
  const requests = [];
  const server = createServer((req, res) => {
    if (log) {
      const entry = { path: decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'), at: Date.now(), status: 0 };
      requests.push(entry);
      res.on('finish', () => {
        entry.status = res.statusCode;
      });
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${typeof address === 'object' && address ? address.port : port}`;
      if (!quiet) console.log(`Serving ${root} at ${url}/ (Ctrl+C to stop)`);
      resolvePromise({ server, url, root, log: requests });
    });
  });
}

const sizes = new Map();
/**
 * Raw and gzip (level 9) size of the file a request path resolves to (0 for a path that is not
 * a file): what a request costs, whatever the server's own compression.
 * @param {string} root
 * @param {string} path
 * @returns {{ raw: number, gzip: number }}
 */
export function fileSizes(root, path) {
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  if (!existsSync(file) || !statSync(file).isFile()) return { raw: 0, gzip: 0 };
  if (!sizes.has(file)) {
    const body = readFileSync(file);
    // Pagefind's index files are gzip already: a host sends them as they are.
    const precompressed = body[0] === 0x1f && body[1] === 0x8b;
    sizes.set(file, { raw: body.length, gzip: precompressed ? body.length : gzipSync(body, { level: 9 }).length });
  }
  return sizes.get(file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } } });
  // startServer throws at once when there is no build: catch that here too.
  Promise.resolve().then(() => startServer({ dir: values.dir, port: Number(values.port) })).catch((error) => {
    // What an editor reads: in Vietnamese, with what to do.
    if (error.code === 'EADDRINUSE') {
      console.error(`Cổng ${values.port} đang bận: có lẽ npm run dev (hoặc một npm start khác) vẫn chạy ở cửa sổ terminal khác. Dừng nó bằng Ctrl+C trong cửa sổ đó rồi chạy lại, hoặc dùng cổng khác: PORT=4322 npm run serve`);
    } else if (/index\.html not found/.test(error.message)) {
      console.error(`Chưa có bản dựng trong thư mục ${values.dir}/: chạy npm start (dựng rồi mở trang) hoặc npm run build trước.`);
    } else console.error(error.message);
    process.exit(1);
  });
}
