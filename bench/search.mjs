#!/usr/bin/env node
/**
 * Search benchmark, in headless Chromium against a built site served by scripts/serve.mjs:
 *  - bytes (gzip, as a compressing host would send them) and requests for the first query;
 *  - search code loaded before the reader reaches for search (target: 0 bytes);
 *  - time from typing to results painted in the header box, cold (fresh browser context,
 *    nothing loaded) and warm (index chunks already fetched); medians of several runs;
 *  - the size of the index as published.
 * Usage: node bench/search.mjs [--dir dist]; run.mjs calls benchSearch() after a build.
 * Service workers are blocked so the figures are the network's, not the precache's.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { writeSections } from './results.mjs';

export const TARGETS = { firstQueryGzipKB: 80, coldMs: 300, warmMs: 100, searchBytesBeforeUse: 0 };
const QUERIES = ['dinh tien dung', 'nong thon moi', 'vanh dai 4', 'chi thi 24', 'dang bo', 'nguyen van phong'];
const RUNS = 5;
const SEARCH_CODE = (path) => path.startsWith('/pagefind/') || /\/_astro\/(combobox|engine|render|search-query|search-rank|highlight|page)\./.test(path);

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Bytes of a served file; Pagefind's .pagefind/.pf_* files are already gzip, sent as they are. */
function fileBytes(dir, path) {
  const file = join(dir, decodeURIComponent(path));
  if (!existsSync(file) || !statSync(file).isFile()) return { raw: 0, gzip: 0 };
  const buf = readFileSync(file);
  const precompressed = buf[0] === 0x1f && buf[1] === 0x8b;
  return { raw: buf.length, gzip: precompressed ? buf.length : gz(buf) };
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Types `query` into the header box and resolves with ms from typing to options painted. */
export async function timeQuery(page, query) {
  return page.evaluate(async (q) => {
    const input = document.querySelector('#header-search-input');
    const list = document.querySelector('#header-search-list');
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      const done = () => requestAnimationFrame(() => requestAnimationFrame(resolve));
      const seen = () => !list.hidden && list.querySelector('[role="option"]') && document.querySelector('[data-header-status]')?.textContent?.includes(q);
      if (seen()) return done();
      const observer = new MutationObserver(() => {
        if (seen()) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document.querySelector('[data-header-search]'), { subtree: true, childList: true, attributes: true, characterData: true });
    });
    return performance.now() - start;
  }, query);
}

export async function benchSearch(dir = 'dist') {
  const { server, url } = await startServer({ dir, port: 0, quiet: true });
  const browser = await launchChromium();
  try {
    const cold = [];
    let first;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const requests = [];
      page.on('requestfinished', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${url}/`, { waitUntil: 'networkidle' });
      const beforeUse = requests.filter(SEARCH_CODE);
      const seenBefore = requests.length;
      await page.focus('#header-search-input');
      const query = QUERIES[run % QUERIES.length];
      cold.push(await timeQuery(page, query));
      await page.waitForLoadState('networkidle');
      if (run === 0) {
        const used = requests.slice(seenBefore);
        const bytes = used.map((p) => fileBytes(dir, p)).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
        const bootstrap = requests.slice(0, seenBefore).filter((p) => /SearchBox/.test(p)).map((p) => fileBytes(dir, p).gzip).reduce((a, b) => a + b, 0);
        first = { query, requests: used.length, raw: bytes.raw, gzip: bytes.gzip, files: used, searchCodeBeforeUse: beforeUse.map((p) => fileBytes(dir, p).gzip).reduce((a, b) => a + b, 0), bootstrapGzip: bootstrap };
      }
      await context.close();
    }
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${url}/`, { waitUntil: 'networkidle' });
    await page.focus('#header-search-input');
    for (const q of QUERIES) await timeQuery(page, q); // fetch what the queries need
    const warm = [];
    // Alternate accented and plain spellings so each timed query differs from the one before.
    for (let run = 0; run < RUNS; run++) for (const q of QUERIES.slice(0, 3)) warm.push(await timeQuery(page, run % 2 ? q.toUpperCase() : q));
    await context.close();

    const indexFiles = walk(join(dir, 'pagefind')).filter((p) => !/pagefind-(component-|modular-)?ui|pagefind-highlight|playground/.test(p));
    const index = indexFiles.reduce((a, p) => {
      const b = readFileSync(p);
      const zipped = b[0] === 0x1f && b[1] === 0x8b ? b.length : gz(b);
      return { files: a.files + 1, raw: a.raw + b.length, gzip: a.gzip + zipped };
    }, { files: 0, raw: 0, gzip: 0 });
    const pages = walk(dir).filter((p) => p.endsWith('index.html')).length;
    const result = {
      site: dir,
      pages,
      firstQuery: { query: first.query, requests: first.requests, kbRaw: +(first.raw / 1024).toFixed(1), kbGzip: +(first.gzip / 1024).toFixed(1), files: first.files },
      searchCodeBytesBeforeUse: first.searchCodeBeforeUse,
      headerBootstrapGzipBytes: first.bootstrapGzip,
      coldMs: Math.round(median(cold)),
      warmMs: Math.round(median(warm)),
      coldRunsMs: cold.map(Math.round),
      index: { files: index.files, kbRaw: +(index.raw / 1024).toFixed(1), kbGzip: +(index.gzip / 1024).toFixed(1) },
      targets: TARGETS,
    };
    result.meetsTargets = {
      firstQuery: result.firstQuery.kbGzip <= TARGETS.firstQueryGzipKB,
      cold: result.coldMs <= TARGETS.coldMs,
      warm: result.warmMs <= TARGETS.warmMs,
      nothingBeforeUse: result.searchCodeBytesBeforeUse === TARGETS.searchBytesBeforeUse,
    };
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const result = await benchSearch(values.dir);
  const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
  // The search section is rewritten with this run's stamp; search.relevance (bench/relevance.mjs) is kept.
  const { stamp: _old, ...kept } = previous.search ?? {};
  writeSections({ search: { ...kept, ...result } });
  console.log(JSON.stringify(result, null, 2));
}
