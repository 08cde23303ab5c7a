/**
 * Side by side with the anchor (a Starlight site holding the same articles, bench/starlight.mjs),
 * interleaved run by run so that the machine's load affects both alike. Reports each figure
 * for both sites and the ratio site / Starlight:
 *  - first-load bytes (until the load event) and after-load bytes (then until the network is
 *    quiet) of an article's first visit, service workers allowed, counted at the server;
 *  - first-search bytes (everything fetched from typing the first query until quiet);
 *  - cold (fresh browser, first query) and warm (index loaded) search latency, typing to
 *    results painted, each site through its own search box;
 *  - build time with the five articles and with 1,000 synthetic ones;
 *  - Lighthouse (mobile) on the article, several runs each, median and worst.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSizes, loggingServer, measureVisit } from './visit.mjs';
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { lighthouseOnce, median, summarise } from './lighthouse.mjs';
import { timeQuery } from './search.mjs';
import { STARLIGHT_DIST, buildStarlight, installStarlight, openStarlightSearch, timeStarlightQuery, writeStarlightContent } from './starlight.mjs';

const QUERIES = ['dinh tien dung', 'nong thon moi', 'vanh dai 4', 'chi thi 24', 'dang bo'];

/** How each site's search is reached and timed. */
const SEARCH = {
  site: { open: (page) => page.focus('#header-search-input'), time: timeQuery },
  starlight: { open: openStarlightSearch, time: timeStarlightQuery },
};

async function quiet(log, ms = 1500) {
  for (let still = 0; still < ms; ) {
    const n = log.length;
    await new Promise((r) => setTimeout(r, 250));
    still = log.length === n ? still + 250 : 0;
  }
}

/** One cold search: fresh context, page loaded and quiet, then the first query. */
async function coldSearch(browser, dir, path, kind, query) {
  const { server, log, root, url } = await loggingServer(dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}${path}`, { waitUntil: 'load' });
    await quiet(log);
    const before = log.length;
    await SEARCH[kind].open(page);
    const ms = await SEARCH[kind].time(page, query);
    await quiet(log);
    const used = log.slice(before).filter((e) => e.status !== 304);
    const gzip = used.reduce((n, e) => n + fileSizes(root, e.path).gzip, 0);
    // Warm: the same page, more queries once the index is loaded.
    for (const q of QUERIES) await SEARCH[kind].time(page, q);
    const warm = [];
    for (const q of QUERIES) warm.push(await SEARCH[kind].time(page, q.toUpperCase()));
    return { ms, gzip, requests: used.length, warmMs: median(warm) };
  } finally {
    await context.close();
    server.close();
  }
}

/** a / b, two decimals; 0 / 0 is 1 (equal), x / 0 is null (no ratio). */
const ratio = (a, b) => (b ? Number((a / b).toFixed(2)) : a === 0 ? 1 : null);

/**
 * `buildSite(articlesDir?, env?)` builds our site (from the real content, or a synthetic tree;
 * `env` adds variables, such as the build cache's folder) and returns { seconds, dist }; `synthetic1000()` returns the folder of 1,000 synthetic articles.
 */
export async function compareWithStarlight({ article, buildSite, synthetic1000, lighthouseRuns = 5, buildRuns = 2, skipLighthouse = false }) {
  installStarlight();
  writeStarlightContent('content/articles');
  const out = { anchor: `Starlight ${JSON.parse(readFileSync('bench/starlight/node_modules/@astrojs/starlight/package.json', 'utf8')).version}`, article };

  // Build time, five articles. Ours keeps APA entries and sharing cards in a build cache
  // (src/lib/build-cache.ts): one cold build with an empty cache first, then warm rebuilds
  // (what an editor's next build costs), interleaved with Starlight's.
  const coldCache = mkdtempSync(join(tmpdir(), 'bench-build-cache-'));
  const cold = buildSite(undefined, { BUILD_CACHE_DIR: coldCache });
  rmSync(coldCache, { recursive: true, force: true });
  const builds = { site: [], starlight: [], siteCold: cold.seconds };
  let siteDist = 'dist';
  for (let i = 0; i < buildRuns; i++) {
    const ours = buildSite();
    builds.site.push(ours.seconds);
    siteDist = ours.dist;
    builds.starlight.push(buildStarlight().seconds);
  }
  out.build5 = { site: median(builds.site), starlight: median(builds.starlight), siteCold: builds.siteCold, runs: builds };
  const sites = { site: siteDist, starlight: STARLIGHT_DIST };

  const browser = await launchChromium();
  try {
    // First visit of the article: bytes until load, then until quiet (interleaved, 3 each).
    const visits = { site: [], starlight: [] };
    for (let i = 0; i < 3; i++) for (const kind of ['site', 'starlight']) visits[kind].push(await measureVisit(sites[kind], article, { browser }));
    const pick = (kind, part) => median(visits[kind].map((v) => v[part].gzip));
    const reqs = (kind, part) => median(visits[kind].map((v) => v[part].requests));
    out.firstLoad = { site: pick('site', 'firstLoad'), starlight: pick('starlight', 'firstLoad'), requests: { site: reqs('site', 'firstLoad'), starlight: reqs('starlight', 'firstLoad') } };
    out.afterLoad = { site: pick('site', 'afterLoad'), starlight: pick('starlight', 'afterLoad'), requests: { site: reqs('site', 'afterLoad'), starlight: reqs('starlight', 'afterLoad') } };
    out.afterLoadPaths = { site: visits.site[0].afterLoad.paths, starlight: visits.starlight[0].afterLoad.paths };

    // Search: cold runs interleaved, one query each; warm medians from the same pages.
    const searches = { site: [], starlight: [] };
    for (let i = 0; i < QUERIES.length; i++) for (const kind of ['site', 'starlight']) searches[kind].push(await coldSearch(browser, sites[kind], article, kind, QUERIES[i]));
    out.firstSearch = { site: searches.site[0].gzip, starlight: searches.starlight[0].gzip, requests: { site: searches.site[0].requests, starlight: searches.starlight[0].requests } };
    out.searchCold = { site: Math.round(median(searches.site.map((s) => s.ms))), starlight: Math.round(median(searches.starlight.map((s) => s.ms))) };
    out.searchWarm = { site: Math.round(median(searches.site.map((s) => s.warmMs))), starlight: Math.round(median(searches.starlight.map((s) => s.warmMs))) };
  } finally {
    await browser.close();
  }

  // Lighthouse, interleaved runs on the same article.
  if (!skipLighthouse) {
    const runs = { site: [], starlight: [] };
    const servers = { site: await loggingServer(sites.site), starlight: await loggingServer(sites.starlight) };
    try {
      for (let i = 0; i < lighthouseRuns; i++) {
        for (const kind of ['site', 'starlight']) {
          const r = await lighthouseOnce(`${servers[kind].url}${article}`);
          runs[kind].push(r);
          console.log(`[bench] lighthouse ${kind} run ${i + 1}: performance ${r.scores.performance}, TBT ${r.metrics.tbtMs} ms, SI ${r.metrics.speedIndexMs} ms`);
        }
      }
    } finally {
      servers.site.server.close();
      servers.starlight.server.close();
    }
    out.lighthouse = { site: summarise(runs.site), starlight: summarise(runs.starlight) };
  }

  // Build time with 1,000 synthetic articles (the same Markdown for Starlight): ours cold (empty
  // build cache), then warm (the next build, nothing changed); Starlight twice likewise.
  if (synthetic1000) {
    const dir = synthetic1000();
    const cache = mkdtempSync(join(tmpdir(), 'bench-build-cache-1000-'));
    const oursCold = buildSite(dir, { BUILD_CACHE_DIR: cache });
    const oursWarm = buildSite(dir, { BUILD_CACHE_DIR: cache });
    rmSync(cache, { recursive: true, force: true });
    writeStarlightContent(join(dir, 'articles'));
    const theirsCold = buildStarlight();
    const theirsWarm = buildStarlight();
    out.build1000 = {
      site: oursWarm.seconds,
      starlight: theirsWarm.seconds,
      siteCold: oursCold.seconds,
      starlightCold: theirsCold.seconds,
      peakMB: { site: Math.max(oursCold.peakMB ?? 0, oursWarm.peakMB ?? 0) || null, starlight: Math.max(theirsCold.peakMB ?? 0, theirsWarm.peakMB ?? 0) || null },
    };
    // Leave the anchor holding the five articles again.
    writeStarlightContent('content/articles');
    if (existsSync(STARLIGHT_DIST)) buildStarlight();
  }

  out.ratios = {
    firstLoadBytes: ratio(out.firstLoad.site, out.firstLoad.starlight),
    afterLoadBytes: ratio(out.afterLoad.site, out.afterLoad.starlight),
    firstSearchBytes: ratio(out.firstSearch.site, out.firstSearch.starlight),
    searchColdMs: ratio(out.searchCold.site, out.searchCold.starlight),
    searchWarmMs: ratio(out.searchWarm.site, out.searchWarm.starlight),
    build5Seconds: ratio(out.build5.site, out.build5.starlight),
    build5ColdSeconds: ratio(out.build5.siteCold, out.build5.starlight),
    ...(out.build1000
      ? { build1000Seconds: ratio(out.build1000.site, out.build1000.starlight), build1000ColdSeconds: ratio(out.build1000.siteCold, out.build1000.starlightCold) }
      : {}),
    ...(out.lighthouse
      ? {
          lighthouseTbtMedian: ratio(out.lighthouse.site.median.tbtMs, out.lighthouse.starlight.median.tbtMs),
          lighthouseSpeedIndexMedian: ratio(out.lighthouse.site.median.speedIndexMs, out.lighthouse.starlight.median.speedIndexMs),
          lighthouseLcpMedian: ratio(out.lighthouse.site.median.lcpMs, out.lighthouse.starlight.median.lcpMs),
          // Scores: higher is better, so the ratio is Starlight / site (≤ 1 when ours is no worse).
          lighthousePerformanceWorstInverse: ratio(out.lighthouse.starlight.scores.worst.performance, out.lighthouse.site.scores.worst.performance),
        }
      : {}),
  };
  const limit = (k) => (k.startsWith('build5') ? 1.2 : 1);
  out.targets = Object.fromEntries(Object.entries(out.ratios).map(([k, v]) => [k, { limit: limit(k), met: v === null ? null : v <= limit(k) }]));
  return out;
}
