#!/usr/bin/env node
/**
 * Relevance benchmark: the judged queries of bench/relevance-queries.json, each typed into
 * /tim-kiem/?q=… of a built site in headless Chromium, exactly as a reader's browser runs
 * them (same engine, same ranking). Reports precision at 1 (share of queries whose first
 * result is the expected page), mean reciprocal rank (1/position of the expected page, 0
 * when it is missing), the failures, and whether the nonsense queries show the empty state.
 * Usage: node bench/relevance.mjs [--dir dist]  (npm run bench:search runs it with
 * bench/search.mjs); run.mjs calls benchRelevance() after a build.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

export const RELEVANCE_TARGETS = { precisionAt1: 0.95, mrr: 0.97 };
const CHROME = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
/**
 * Queries none of whose words occur on the site: the page must show its empty state. Question
 * and filler words ("là gì", "bao nhiêu", "từ") around a missing word must not find pages either.
 */
export const NONSENSE = ['bitcoin', 'xyz', 'pokemon go', 'iphone 15 pro', 'bitcoin la gi', 'pokemon bao nhieu', 'xyz tu'];

/** The result pages, in order, that /tim-kiem/ lists for `query` (first 10). */
async function resultsFor(page, base, query) {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-search-page][data-search-state="done"]', { timeout: 15000 });
  return page.$$eval('[data-results] > li h2 a', (links) => links.map((a) => new URL(a.href).pathname));
}

export async function benchRelevance(dir = 'dist', file = new URL('./relevance-queries.json', import.meta.url)) {
  const { queries } = JSON.parse(readFileSync(file, 'utf8'));
  const { server, url } = await startServer({ dir, port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const rows = [];
    for (const { q, expect, kinds } of queries) {
      const got = await resultsFor(page, url, q);
      const rank = got.indexOf(expect) + 1;
      rows.push({ q, expect, kinds, rank, first: got[0] ?? null });
    }
    const nonsense = [];
    for (const q of NONSENSE) nonsense.push({ q, results: (await resultsFor(page, url, q)).length });
    await context.close();
    const p1 = rows.filter((r) => r.rank === 1).length / rows.length;
    const mrr = rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length;
    const byKind = {};
    for (const r of rows) for (const k of r.kinds) (byKind[k] ??= { n: 0, p1: 0 }).n++, r.rank === 1 && byKind[k].p1++;
    for (const k of Object.keys(byKind)) byKind[k].p1 = +(byKind[k].p1 / byKind[k].n).toFixed(3);
    // The set as first judged, and the queries issue 21 added (kind "extended"), each on its own.
    const scoreOf = (subset) => ({
      queries: subset.length,
      precisionAt1: +(subset.filter((r) => r.rank === 1).length / subset.length).toFixed(3),
      mrr: +(subset.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / subset.length).toFixed(3),
    });
    const sets = { original: scoreOf(rows.filter((r) => !r.kinds.includes('extended'))), extended: scoreOf(rows.filter((r) => r.kinds.includes('extended'))) };
    return {
      queries: rows.length,
      multiSyllable: rows.filter((r) => r.kinds.includes('multi')).length,
      precisionAt1: +p1.toFixed(3),
      mrr: +mrr.toFixed(3),
      sets,
      byKind,
      failures: rows.filter((r) => r.rank !== 1).map(({ q, expect, rank, first }) => ({ q, expect, rank: rank || null, first })),
      nonsense,
      targets: RELEVANCE_TARGETS,
      meetsTargets: p1 >= RELEVANCE_TARGETS.precisionAt1 && mrr >= RELEVANCE_TARGETS.mrr && nonsense.every((n) => n.results === 0),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const relevance = await benchRelevance(values.dir);
  // Merge under search.relevance; every other key of results.json stays as it was.
  const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
  writeFileSync('bench/results.json', `${JSON.stringify({ ...previous, search: { ...previous.search, relevance } }, null, 2)}\n`);
  console.log(JSON.stringify(relevance, null, 2));
}
