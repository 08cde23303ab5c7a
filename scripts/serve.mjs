#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a static host would: directory URLs map to
 * index.html, unknown paths get the Vietnamese 404 page with status 404. Used by `npm start`
 * and by the browser tests. Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

export function startServer({ dir = 'dist', port = 4321, host = '127.0.0.1', quiet = false } = {}) {
  const root = resolve(dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`serve: ${root}/index.html not found: run "npm run build" first`);
  }
  const notFound = existsSync(resolve(root, '404.html')) ? readFileSync(resolve(root, '404.html')) : Buffer.from('404');
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
  const server = createServer((req, res) => {
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
      resolvePromise({ server, url });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' }, dir: { type: 'string', default: 'dist' } } });
  startServer({ dir: values.dir, port: Number(values.port) }).catch((error) => {
    // What an editor reads: in Vietnamese, with what to do.
    if (error.code === 'EADDRINUSE') {
      console.error(`Cổng ${values.port} đang bận: có lẽ npm run dev (hoặc một npm start khác) vẫn chạy ở cửa sổ terminal khác. Dừng nó bằng Ctrl+C trong cửa sổ đó rồi chạy lại, hoặc dùng cổng khác: PORT=4322 npm run serve`);
    } else if (/index\.html not found/.test(error.message)) {
      console.error(`Chưa có bản dựng trong thư mục ${values.dir}/: chạy npm start (dựng rồi mở trang) hoặc npm run build trước.`);
    } else console.error(error.message);
    process.exit(1);
  });
}
