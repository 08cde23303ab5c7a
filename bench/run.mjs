#!/usr/bin/env node
/**
 * `npm run bench`: the performance benchmark. Writes bench/results.json (each section stamped
 * with its date, commit and machine, bench/results.mjs) and bench/results.md, which the README
 * links to. It measures:
 *  - build time of the real site;
 *  - for one page of each page type (from <html data-page-type>): the bytes of its HTML and of
 *    the CSS and JavaScript it links or holds, raw and gzip;
 *  - in Chromium: the JavaScript executed before first contentful paint and by the load event;
 *  - Lighthouse (mobile profile, all four categories) on the home page, an article, and the
 *    data (/so-lieu/), timeline (/dong-thoi-gian/) and search (/tim-kiem/) pages that exist;
 *  - scaling: builds and indexes 1,000 and 5,000 synthetic articles generated under bench/tmp/
 *    (gitignored, deleted afterwards): time, peak memory, index size, the service worker's
 *    shell, the saved copy, and an article's first visit (bytes until the network is quiet);
 *  - side by side with a Starlight site holding the same articles (bench/compare.mjs).
 * Options: --skip-lighthouse, --skip-scaling, --skip-starlight (quick runs; the committed
 * results use none).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';
import { benchSearch } from './search.mjs';
import { benchRelevance } from './relevance.mjs';
import { compareWithStarlight } from './compare.mjs';
import { timedBuild } from './starlight.mjs';
import { measureVisit } from './visit.mjs';
import { lighthouseOnce } from './lighthouse.mjs';
import { launchChromium } from '../scripts/lib/chromium.mjs';
import { writeSections } from './results.mjs';

const DIST = 'dist';
const LIGHTHOUSE_PAGES = ['/so-lieu/', '/dong-thoi-gian/', '/tim-kiem/'];
const SCALES = [1000, 5000];
const args = new Set(process.argv.slice(2));

/** Targets from the issue, checked in the results. */
const TARGETS = {
  articleFirstLoadGzipKB: 25,
  jsKB: 3,
  lighthouse: 100,
  build1000Seconds: 180,
  /** Linear growth: five times the articles in at most six times the time. */
  scalingRatio: 6,
  /** An article's first visit, load plus everything until the network is quiet (gzip). */
  firstVisitKB: 150,
};

function timeBuild(env = {}) {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, ['scripts/build.mjs', '--xem-truoc'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const fileFor = (urlPath, dist = DIST) => join(dist, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });

function add(total, s) {
  total.raw += s.raw;
  total.gzip += s.gzip;
}

/**
 * The bytes of a page by kind (HTML, the CSS and JS it links or holds). Not a first-load figure:
 * the one first-load figure is the visit counted at the server (visit.mjs, `firstVisit`),
 * which sees what the browser really fetches.
 */
export function weighPage(urlPath) {
  const html = readFileSync(fileFor(urlPath));
  const text = html.toString('utf8');
  const result = { html: sizes(html), css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } };
  const seen = new Set();
  const local = (href) => {
    if (!href || /^(https?:)?\/\//.test(href) || seen.has(href)) return undefined;
    seen.add(href);
    const p = join(DIST, href.split(/[?#]/)[0]);
    return existsSync(p) ? readFileSync(p) : undefined;
  };
  for (const [, href] of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const css = local(href);
    if (!css) continue;
    add(result.css, sizes(css));
  }
  for (const [, src] of text.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const js = local(src);
    if (js) add(result.js, sizes(js));
  }
  for (const [, href] of text.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    const js = local(href);
    if (js) add(result.js, sizes(js));
  }
  for (const [, body] of text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (body.trim()) add(result.js, sizes(Buffer.from(body)));
  }
  return result;
}

/** Every built page with its data-page-type; the first page of each type stands for it. */
function pagesByType() {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && !entry.name.startsWith('_')) walk(join(dir, entry.name));
      } else if (entry.name === 'index.html') {
        const rel = dir.slice(DIST.length).split('\\').join('/');
        pages.push(`${rel}/`.replace(/^\/?/, '/'));
      }
    }
  };
  walk(DIST);
  const byType = {};
  for (const path of pages.sort()) {
    const type = /<html[^>]*data-page-type="([^"]+)"/.exec(readFileSync(fileFor(path), 'utf8'))?.[1] ?? 'page';
    byType[type] ??= path;
  }
  // Pages that share a type with an index page but weigh differently: a chart's permalink.
  const chart = pages.find((p) => /^\/so-lieu\/[^/]+\/$/.test(p));
  if (chart && !Object.values(byType).includes(chart)) byType.chart = chart;
  return byType;
}

/** JavaScript the browser runs on a first visit: before first contentful paint, and by load. */
async function measureExecutedJs(baseURL, paths) {
  const browser = await launchChromium();
  const out = {};
  try {
    for (const [type, path] of Object.entries(paths)) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
      const scripts = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
        const nav = performance.getEntriesByType('navigation')[0];
        const resources = performance.getEntriesByType('resource');
        return {
          fcp,
          list: [...document.scripts].map((s) => {
            if (!s.src) return { inline: s.textContent ?? '', beforeFcp: true };
            const entry = resources.find((r) => r.name === s.src);
            return { src: new URL(s.src).pathname, beforeFcp: (entry?.responseEnd ?? Infinity) <= fcp, byLoad: (entry?.responseEnd ?? Infinity) <= (nav?.loadEventStart ?? Infinity) };
          }),
        };
      });
      const tally = (filter) => {
        const total = { raw: 0, gzip: 0, count: 0 };
        for (const s of scripts.list.filter(filter)) {
          const body = 'inline' in s ? Buffer.from(s.inline) : existsSync(join(DIST, s.src)) ? readFileSync(join(DIST, s.src)) : Buffer.alloc(0);
          if (!body.length) continue;
          add(total, sizes(body));
          total.count++;
        }
        return total;
      };
      out[type] = { path, fcpMs: Math.round(scripts.fcp), beforeFirstPaint: tally((s) => s.beforeFcp), byLoad: tally((s) => 'inline' in s || s.byLoad) };
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** Lighthouse on each page once (bench/lighthouse.mjs, the one runner), all four categories. */
async function runLighthouse(baseURL, paths) {
  const out = {};
  for (const [name, path] of Object.entries(paths)) {
    const { longTasks: _longTasks, ...result } = await lighthouseOnce(`${baseURL}${path}`);
    out[name] = { path, ...result };
    console.log(`[bench] lighthouse ${name}: ${JSON.stringify(result.scores)}${result.failing.length ? ` failing: ${result.failing.join(', ')}` : ''}`);
  }
  return out;
}

// ---- scaling -----------------------------------------------------------------------------

const WORDS = (
  'Hà Nội đổi mới phương thức lãnh đạo của Đảng bộ thành phố cấp ủy người đứng đầu trách nhiệm nghị quyết chương trình ' +
  'kiểm tra giám sát cán bộ phường xã quận huyện ngân sách kế hoạch tăng trưởng nông thôn mới chuyển đổi số dịch vụ công ' +
  'thủ tục hành chính người dân doanh nghiệp quy hoạch hạ tầng giao thông môi trường dự án đầu tư công kỷ luật kỷ cương ' +
  'đánh giá kết quả mục tiêu nhiệm kỳ đại hội hội nghị thành ủy ban thường vụ ủy ban nhân dân hội đồng sáng tạo hiệu quả'
).split(' ');

function makeRandom(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sentence(random, length) {
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A synthetic explainer about as long as a real one (≈ 700 words, five sections). */
function syntheticArticle(i, topics) {
  const random = makeRandom(i + 1);
  const slug = `bai-tong-hop-${String(i).padStart(4, '0')}`;
  const year = 2012 + (i % 14);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const chosen = [topics[i % topics.length], topics[(i + 3) % topics.length]].filter((t, k, a) => a.indexOf(t) === k);
  const sections = Array.from({ length: 5 }, (_, k) => {
    const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => sentence(random, 8 + Math.floor(random() * 10))).join(' '));
    return `## Phần ${k + 1}: ${sentence(random, 4).slice(0, -1)}\n\n${paragraphs.join('\n\n')}`;
  });
  return {
    slug,
    text: `---
title: "Bài tổng hợp số ${i}: ${sentence(random, 6).slice(0, -1)}"
summary: "${sentence(random, 24)}"
slug: ${slug}
source:
  outlet: "Báo Mẫu"
  seed: 002_904cff454f625500
  published: { date: "${year}-${month}", precision: month }
event: { date: "${year}", precision: year }
topics: [${chosen.join(', ')}]
---

${sections.join('\n\n')}
`,
  };
}

/** A content tree with n articles: the valid fixture tree plus n - 1 synthetic articles. */
function makeContentTree(dir, n) {
  rmSync(dir, { recursive: true, force: true });
  cpSync('tests/fixtures/content-base', dir, { recursive: true });
  const topics = [...readFileSync(join(dir, 'topics.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);
  for (let i = 1; i < n; i++) {
    const { slug, text } = syntheticArticle(i, topics);
    writeFileSync(join(dir, 'articles', `${slug}.mdx`), text);
  }
}

/** Builds our site from a content tree into its own folder; seconds and peak memory. */
function buildSiteFrom(content, label, env = {}) {
  const root = resolve('bench/tmp');
  const outDir = join(root, `dist-${label}`);
  const r = timedBuild(process.execPath, ['scripts/build.mjs', '--xem-truoc'], { env: { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(root, `cache-${label}`), OUT_DIR: outDir, ...env } });
  return { ...r, dist: outDir };
}

const dirBytes = (dir) => {
  let raw = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else {
        raw += readFileSync(join(d, e.name)).length;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, kb: Number((raw / 1024).toFixed(1)) };
};

async function runScaling() {
  const root = resolve('bench/tmp');
  mkdirSync(root, { recursive: true });
  const out = {};
  try {
    for (const n of SCALES) {
      const content = join(root, `content-${n}`);
      makeContentTree(content, n);
      // A first build: the build cache starts empty (bench/tmp is removed afterwards).
      const built = buildSiteFrom(content, n, { BUILD_CACHE_DIR: join(root, `build-cache-${n}`) });
      const pages = execFileSync('find', [built.dist, '-name', '*.html']).toString().trim().split('\n').length;
      const sw = readFileSync(join(built.dist, 'sw.js'), 'utf8');
      const shell = (sw.match(/"url":|url:"/g) ?? []).length;
      const summary = JSON.parse(readFileSync(join(built.dist, 'offline-summary.json'), 'utf8'));
      const visit = await measureVisit(built.dist, '/bai-viet/bai-tong-hop-0001/');
      out[n] = {
        seconds: built.seconds,
        peakMB: built.peakMB,
        pages,
        searchIndex: existsSync(join(built.dist, 'pagefind')),
        index: dirBytes(join(built.dist, 'pagefind')),
        serviceWorker: { kb: Number((sw.length / 1024).toFixed(1)), shellFiles: shell },
        savedCopy: { files: summary.total.files, mbGzip: Number((summary.total.gzip / 1024 / 1024).toFixed(1)) },
        firstVisit: { requests: visit.total.requests, kbGzip: Number((visit.total.gzip / 1024).toFixed(1)), afterLoadRequests: visit.afterLoad.requests, afterLoadKbGzip: Number((visit.afterLoad.gzip / 1024).toFixed(1)) },
      };
      console.log(`[bench] ${n} articles: ${JSON.stringify(out[n])}`);
      rmSync(built.dist, { recursive: true, force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const [small, large] = SCALES;
  out.ratio = Number((out[large].seconds / out[small].seconds).toFixed(2));
  return out;
}

// ---- report ------------------------------------------------------------------------------

const kb = (n) => (n / 1024).toFixed(1);
const mark = (ok) => (ok ? '✅' : '❌');

function checkTargets(results) {
  const article = results.pages.article;
  const checks = [];
  const first = results.firstVisit?.firstLoad;
  if (first) checks.push({ name: `article first load ≤ ${TARGETS.articleFirstLoadGzipKB} KB gzip (counted at the server)`, value: `${kb(first.gzip)} KB`, ok: first.gzip <= TARGETS.articleFirstLoadGzipKB * 1024 });
  const maxJs = Math.max(...Object.values(results.pages).map((p) => p.js.raw));
  checks.push({ name: `JavaScript ≤ ${TARGETS.jsKB} KB per page`, value: `${kb(maxJs)} KB (largest page type)`, ok: maxJs <= TARGETS.jsKB * 1024 });
  if (results.lighthouse) {
    const low = Object.entries(results.lighthouse).flatMap(([page, r]) => Object.entries(r.scores).filter(([, s]) => s < TARGETS.lighthouse).map(([c, s]) => `${page} ${c} ${s}`));
    checks.push({ name: `Lighthouse ${TARGETS.lighthouse} in all four categories`, value: low.length ? low.join('; ') : 'all 100', ok: low.length === 0 });
  }
  if (results.scaling) {
    const big = results.scaling[1000];
    if (big) checks.push({ name: `1,000 articles built and indexed ≤ ${TARGETS.build1000Seconds} s`, value: `${big.seconds.toFixed(1)} s${big.searchIndex ? '' : ' (no search index yet)'}`, ok: big.seconds <= TARGETS.build1000Seconds && big.searchIndex });
    checks.push({ name: `t(${SCALES[1]})/t(${SCALES[0]}) ≤ ${TARGETS.scalingRatio}`, value: String(results.scaling.ratio), ok: results.scaling.ratio <= TARGETS.scalingRatio });
    for (const n of SCALES) {
      const v = results.scaling[n].firstVisit;
      checks.push({ name: `article first visit at ${n.toLocaleString('en')} articles ≤ ${TARGETS.firstVisitKB} KB gzip (until quiet)`, value: `${v.kbGzip} KB, ${v.requests} requests`, ok: v.kbGzip <= TARGETS.firstVisitKB });
    }
  }
  if (results.firstVisit) {
    const v = results.firstVisit;
    checks.push({ name: `article first visit ≤ ${TARGETS.firstVisitKB} KB gzip (until quiet)`, value: `${kb(v.total.gzip)} KB, ${v.total.requests} requests`, ok: v.total.gzip <= TARGETS.firstVisitKB * 1024 });
  }
  if (results.starlight) {
    for (const [name, value] of Object.entries(results.starlight.ratios)) {
      const t = results.starlight.targets[name];
      checks.push({ name: `site / Starlight, ${name} ≤ ${t.limit}`, value: String(value), ok: t.met === true });
    }
  }
  return checks;
}

function markdown(results) {
  const rows = Object.entries(results.pages).map(([type, r]) => {
    const js = results.executedJs?.[type];
    return `| ${type} | ${kb(r.html.raw)} / ${kb(r.html.gzip)} | ${kb(r.css.raw)} / ${kb(r.css.gzip)} | ${kb(r.js.raw)} / ${kb(r.js.gzip)} | ${js ? `${kb(js.beforeFirstPaint.raw)} / ${kb(js.byLoad.raw)}` : '–'} |`;
  });
  const lines = [
    `Build: **${results.buildSeconds.toFixed(1)} s** (${results.pageCount} pages, ${results.articleCount} articles) on ${results.machine}, ${results.date}.`,
    '',
    '| page type | HTML KB raw / gzip | CSS KB raw / gzip | JS KB raw / gzip | JS run before first paint / by load, KB |',
    '|---|---|---|---|---|',
    ...rows,
  ];
  if (results.lighthouse) {
    lines.push('', 'Lighthouse (mobile profile, simulated throttling):', '', '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |', '|---|---|---|---|---|---|---|---|---|');
    for (const [page, r] of Object.entries(results.lighthouse)) {
      lines.push(`| ${page} (${r.path}) | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${(r.metrics.fcpMs / 1000).toFixed(1)} s | ${(r.metrics.lcpMs / 1000).toFixed(1)} s | ${r.metrics.tbtMs} ms | ${r.metrics.cls} |`);
    }
  }
  if (results.firstVisit) {
    const v = results.firstVisit;
    lines.push('', `Article first visit (service worker on, counted at the server): **${kb(v.firstLoad.gzip)} KB** gzip in ${v.firstLoad.requests} requests until load, then **${kb(v.afterLoad.gzip)} KB** in ${v.afterLoad.requests} until the network is quiet (the shell: scripts, offline page; no other page, no search index).`);
  }
  if (results.scaling) {
    const s = results.scaling;
    lines.push('', 'Scaling (synthetic articles; a first build, build cache empty, search index and offline manifest included; peak memory of the build process):', '', '| articles | pages | build | peak memory | search index | service worker KB raw (shell files) | saved copy (on request) | article first visit until quiet |', '|---|---|---|---|---|---|---|---|');
    for (const n of SCALES) {
      const r = s[n];
      lines.push(`| ${n.toLocaleString('en')} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.peakMB ?? '–'} MB | ${(r.index.kb / 1024).toFixed(1)} MB in ${r.index.files} files | ${r.serviceWorker.kb} KB (${r.serviceWorker.shellFiles}) | ${r.savedCopy.mbGzip} MB gzip, ${r.savedCopy.files} files | ${r.firstVisit.kbGzip} KB, ${r.firstVisit.requests} requests |`);
    }
    lines.push('', `t(${SCALES[1]})/t(${SCALES[0]}) = **${s.ratio}**. What grows with the articles: build time, memory, the index and the saved copy (linearly); what does not: the service worker, its shell and an article's first visit.`);
  }
  if (results.starlight) {
    const c = results.starlight;
    const row = (name, a, b, unit, r) => `| ${name} | ${a}${unit} | ${b}${unit} | ${r ?? '–'} |`;
    lines.push('', `Side by side with ${c.anchor} holding the same articles (interleaved runs; article ${c.article}):`, '', '| measure | this site | Starlight | ratio |', '|---|---|---|---|');
    lines.push(row('first load, KB gzip', kb(c.firstLoad.site), kb(c.firstLoad.starlight), '', c.ratios.firstLoadBytes));
    lines.push(row('after load until quiet, KB gzip', kb(c.afterLoad.site), kb(c.afterLoad.starlight), '', c.ratios.afterLoadBytes));
    lines.push(row('first search, KB gzip', kb(c.firstSearch.site), kb(c.firstSearch.starlight), '', c.ratios.firstSearchBytes));
    lines.push(row('search, cold', c.searchCold.site, c.searchCold.starlight, ' ms', c.ratios.searchColdMs));
    lines.push(row('search, warm', c.searchWarm.site, c.searchWarm.starlight, ' ms', c.ratios.searchWarmMs));
    const sec = (v) => (v ?? 0).toFixed(1);
    lines.push(row('build, 5 articles (rebuild, build cache warm)', sec(c.build5.site), sec(c.build5.starlight), ' s', c.ratios.build5Seconds));
    lines.push(row('build, 5 articles (build cache empty)', sec(c.build5.siteCold), sec(c.build5.starlight), ' s', c.ratios.build5ColdSeconds));
    if (c.build1000) {
      lines.push(row('build, 1,000 articles (rebuild, caches warm)', sec(c.build1000.site), sec(c.build1000.starlight), ' s', c.ratios.build1000Seconds));
      lines.push(row('build, 1,000 articles (first build, caches empty)', sec(c.build1000.siteCold), sec(c.build1000.starlightCold), ' s', c.ratios.build1000ColdSeconds));
    }
    if (c.lighthouse) {
      const L = c.lighthouse;
      lines.push(row(`Lighthouse TBT, median / worst of ${L.site.runs}`, `${L.site.median.tbtMs} / ${L.site.worst.tbtMs}`, `${L.starlight.median.tbtMs} / ${L.starlight.worst.tbtMs}`, ' ms', c.ratios.lighthouseTbtMedian));
      lines.push(row('Lighthouse Speed Index, median / worst', `${L.site.median.speedIndexMs} / ${L.site.worst.speedIndexMs}`, `${L.starlight.median.speedIndexMs} / ${L.starlight.worst.speedIndexMs}`, ' ms', c.ratios.lighthouseSpeedIndexMedian));
      lines.push(row('Lighthouse LCP, median / worst', `${L.site.median.lcpMs} / ${L.site.worst.lcpMs}`, `${L.starlight.median.lcpMs} / ${L.starlight.worst.lcpMs}`, ' ms', c.ratios.lighthouseLcpMedian));
      lines.push(row('Lighthouse performance, median / worst', `${L.site.scores.median.performance} / ${L.site.scores.worst.performance}`, `${L.starlight.scores.median.performance} / ${L.starlight.scores.worst.performance}`, '', c.ratios.lighthousePerformanceWorstInverse));
    }
  }
  lines.push('', '| target | measured | met |', '|---|---|---|', ...results.targets.map((t) => `| ${t.name} | ${t.value} | ${mark(t.ok)} |`));
  return lines.join('\n');
}

function countPages(dir = DIST) {
  return execFileSync('find', [dir, '-name', '*.html']).toString().trim().split('\n').filter(Boolean).length;
}

async function main() {
  const buildSeconds = timeBuild();
  const byType = pagesByType();
  const pages = Object.fromEntries(Object.entries(byType).map(([type, path]) => [type, { path, ...weighPage(path) }]));
  const { server, url } = await startServer({ dir: DIST, port: 0, quiet: true });
  let executedJs;
  let lighthouse;
  try {
    executedJs = await measureExecutedJs(url, byType);
    if (!args.has('--skip-lighthouse')) {
      const targets = { home: '/' };
      if (byType.article) targets.article = byType.article;
      for (const path of LIGHTHOUSE_PAGES) if (existsSync(fileFor(path))) targets[path.replace(/\//g, '')] = path;
      lighthouse = await runLighthouse(url, targets);
    }
  } finally {
    server.close();
  }
  // An article's first visit with the service worker on: bytes until load and until quiet.
  const firstVisit = byType.article ? await measureVisit(DIST, byType.article) : undefined;
  const scaling = args.has('--skip-scaling') ? undefined : await runScaling();
  const starlight = args.has('--skip-starlight')
    ? undefined
    : await compareWithStarlight({
        article: byType.article,
        buildSite: (content, env = {}) => (content ? buildSiteFrom(content, 'compare', env) : { ...timedBuild(process.execPath, ['scripts/build.mjs', '--xem-truoc'], { env }), dist: DIST }),
        synthetic1000: args.has('--skip-scaling')
          ? undefined
          : () => {
              const dir = resolve('bench/tmp/compare-content-1000');
              makeContentTree(dir, 1000);
              return dir;
            },
        skipLighthouse: args.has('--skip-lighthouse'),
      }).finally(() => rmSync(resolve('bench/tmp'), { recursive: true, force: true }));
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores, Node ${process.versions.node}`,
    buildSeconds: Number(buildSeconds.toFixed(2)),
    pageCount: countPages(),
    articleCount: existsSync(join(DIST, 'bai-viet')) ? readdirSync(join(DIST, 'bai-viet')).length : 0,
    pages,
    executedJs,
    ...(lighthouse ? { lighthouse } : {}),
    ...(firstVisit ? { firstVisit } : {}),
    ...(scaling ? { scaling } : {}),
    ...(starlight ? { starlight } : {}),
    // Search: first-query bytes, typing-to-paint times and index size (bench/search.mjs).
    search: { ...(await benchSearch(DIST)), relevance: await benchRelevance(DIST) },
  };
  results.targets = checkTargets(results);
  // Each section keeps the date, commit and machine it was measured on: a partial run
  // (--skip-…) replaces only the sections it measured, and the file says which is which.
  const { date: _date, machine: _machine, buildSeconds: seconds, pageCount, articleCount, ...sections } = results;
  writeSections({ build: { seconds, pages: pageCount, articles: articleCount }, ...sections });
  const table = markdown(results);
  writeFileSync('bench/results.md', `${table}\n`);
  console.log(table);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
