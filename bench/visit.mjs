/**
 * What a reader's browser downloads on a first visit, counted at the server so that nothing is
 * missed (service-worker fetches included): the requests until the load event ("first load"),
 * then every further request until the network has been quiet for a while ("after load").
 * Bytes are the files' own sizes, raw and gzip (level 9), so the figures do not depend on the
 * static server's compression and compare fairly with another site served the same way.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * A static server over `dir` that logs each request path with the time it arrived and its
 * status. `live: true` reads files on every request (for tests that change the site while it
 * is served); otherwise it serves like a production host, with ETags.
 */
export function loggingServer(dir, { live = false } = {}) {
  const root = resolve(dir);
  const log = [];
  const assets = sirv(root, { dev: live, etag: true, dotfiles: false, extensions: ['html'] });
  const notFound = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : Buffer.from('404');
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const entry = { path, at: Date.now(), status: 0 };
    log.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, log, root, url: `http://localhost:${server.address().port}` })),
  );
}

const gzCache = new Map();
/** Raw and gzip size of the file a request path resolves to (0 for a path that is not a file). */
export function fileSizes(root, path) {
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  if (!existsSync(file) || !statSync(file).isFile()) return { raw: 0, gzip: 0 };
  if (!gzCache.has(file)) {
    const body = readFileSync(file);
    // Pagefind's index files are gzip already: a host sends them as they are.
    const precompressed = body[0] === 0x1f && body[1] === 0x8b;
    gzCache.set(file, { raw: body.length, gzip: precompressed ? body.length : gzipSync(body, { level: 9 }).length });
  }
  return gzCache.get(file);
}

function tally(root, entries) {
  const out = { requests: entries.length, raw: 0, gzip: 0, paths: entries.map((e) => e.path) };
  for (const e of entries) {
    // A revalidation answered 304 sends no body.
    if (e.status === 304) continue;
    const s = fileSizes(root, e.path);
    out.raw += s.raw;
    out.gzip += s.gzip;
  }
  return out;
}

/** Waits until no request has reached the server for `quietMs` (at most `maxMs`). */
async function networkIdle(log, quietMs = 2000, maxMs = 30000) {
  const start = Date.now();
  for (;;) {
    const last = log.at(-1)?.at ?? start;
    if (Date.now() - last >= quietMs || Date.now() - start > maxMs) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * One cold first visit of `path` on the site in `dir`, in a fresh browser profile.
 * Returns { firstLoad, afterLoad, total } with requests, raw and gzip bytes and paths.
 */
export async function measureVisit(dir, path, { browser } = {}) {
  const { chromium } = await import('playwright-core');
  const own = !browser;
  browser ??= await chromium.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const { server, log, root, url } = await loggingServer(dir);
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${url}${path}`, { waitUntil: 'load' });
    const atLoad = log.length;
    await networkIdle(log);
    await context.close();
    const first = log.slice(0, atLoad);
    const after = log.slice(atLoad);
    return { path, firstLoad: tally(root, first), afterLoad: tally(root, after), total: tally(root, log) };
  } finally {
    server.close();
    if (own) await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', path = '/'] = process.argv.slice(2);
  const r = await measureVisit(dir, path);
  const kb = (n) => (n / 1024).toFixed(1);
  for (const k of ['firstLoad', 'afterLoad', 'total']) console.log(`${k}: ${r[k].requests} requests, ${kb(r[k].raw)} KB raw, ${kb(r[k].gzip)} KB gzip`);
  if (process.argv.includes('--paths')) console.log(r.total.paths.join('\n'));
}
