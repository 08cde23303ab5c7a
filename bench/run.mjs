#!/usr/bin/env node
/**
 * `npm run bench`: builds the site, times the build, and weighs one page of each type: the
 * bytes of HTML, CSS, JavaScript and fonts it loads, raw and gzip. Writes bench/results.json
 * and bench/results.md, and refreshes the table between the BENCH markers in README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSearch } from './search.mjs';

const DIST = 'dist';
const PAGE_TYPES = {
  home: '/',
  article: '/bai-viet/so-ket-giua-nhiem-ky-chuong-trinh-01/',
  topic: '/chu-de/phuong-thuc-lanh-dao/',
  about: '/gioi-thieu/',
};

function timeBuild() {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const fileFor = (urlPath) => join(DIST, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });

function add(total, s) {
  total.raw += s.raw;
  total.gzip += s.gzip;
}

/** What the page loads on first view: linked CSS and JS, inline scripts, preloaded and @font-face fonts. */
export function weighPage(urlPath) {
  const htmlPath = fileFor(urlPath);
  const html = readFileSync(htmlPath);
  const text = html.toString('utf8');
  const result = { html: sizes(html), css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, fonts: { raw: 0, gzip: 0 } };
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
    for (const [, font] of css.toString('utf8').matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)) {
      const file = local(resolve('/', dirname(href), font));
      if (file) add(result.fonts, sizes(file));
    }
  }
  for (const [, css] of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    for (const [, font] of css.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)) {
      const file = local(font);
      if (file) add(result.fonts, sizes(file));
    }
  }
  for (const [, href] of text.matchAll(/<link[^>]+rel="preload"[^>]*href="([^"]+\.woff2)"/g)) {
    const file = local(href);
    if (file) add(result.fonts, sizes(file));
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
  result.firstLoadWithoutFonts = {
    raw: result.html.raw + result.css.raw + result.js.raw,
    gzip: result.html.gzip + result.css.gzip + result.js.gzip,
  };
  return result;
}

const kb = (n) => (n / 1024).toFixed(1);

function markdown(results) {
  const rows = Object.entries(results.pages).map(
    ([type, r]) =>
      `| ${type} | ${kb(r.html.raw)} / ${kb(r.html.gzip)} | ${kb(r.css.raw)} / ${kb(r.css.gzip)} | ${kb(r.js.raw)} / ${kb(r.js.gzip)} | ${kb(r.fonts.raw)} | ${kb(r.firstLoadWithoutFonts.gzip)} |`,
  );
  return [
    `Build: **${results.buildSeconds.toFixed(1)} s** (${results.pageCount} pages) on ${results.machine}, ${results.date}.`,
    '',
    '| page type | HTML KB raw / gzip | CSS KB raw / gzip | JS KB raw / gzip | fonts KB (woff2) | first load without fonts, KB gzip |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function countPages(dir = DIST) {
  return execFileSync('find', [dir, '-name', '*.html']).toString().trim().split('\n').filter(Boolean).length;
}

async function main() {
  const buildSeconds = timeBuild();
  const pages = Object.fromEntries(Object.entries(PAGE_TYPES).map(([type, path]) => [type, { path, ...weighPage(path) }]));
  const os = await import('node:os');
  const results = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores, Node ${process.versions.node}`,
    buildSeconds: Number(buildSeconds.toFixed(2)),
    pageCount: countPages(),
    pages,
    // Search: first-query bytes, typing-to-paint times and index size (bench/search.mjs).
    search: await benchSearch(DIST),
  };
  const previous = existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')) : {};
  writeFileSync('bench/results.json', `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
  const table = markdown(results);
  writeFileSync('bench/results.md', `${table}\n`);
  if (existsSync('README.md')) {
    const readme = readFileSync('README.md', 'utf8');
    const updated = readme.replace(/<!-- BENCH:START -->[\s\S]*<!-- BENCH:END -->/, `<!-- BENCH:START -->\n${table}\n<!-- BENCH:END -->`);
    writeFileSync('README.md', updated);
  }
  console.log(table);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
