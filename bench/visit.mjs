/**
 * What a reader's browser downloads on a first visit, counted at the server so that nothing is
 * missed (service-worker fetches included): the requests until the load event ("first load"),
 * then every further request until the network has been quiet for a while ("after load").
 * Bytes are the files' own sizes, raw and gzip (level 9), so the figures do not depend on the
 * static server's compression and compare fairly with another site served the same way.
 */
import { fileSizes, startServer } from '../scripts/serve.mjs';
import { launchChromium } from '../scripts/lib/chromium.mjs';


/** The project's static server with its request log (scripts/serve.mjs), on a free port. */
export const loggingServer = (dir, { live = false } = {}) => startServer({ dir, port: 0, quiet: true, log: true, live });
export { fileSizes };

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
  const own = !browser;
  browser ??= await launchChromium();
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
