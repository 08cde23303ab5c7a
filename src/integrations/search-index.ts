/**
 * Astro integration: after every build, index the built pages with Pagefind's Node API.
 * (The service worker is written by src/integrations/offline.ts, which runs after this one.)
 *
 * It uses the folder the `astro:build:done` hook names (scripts/build.mjs builds into
 * dist.staging and swaps it in only when everything, this step included, succeeded).
 * In `astro dev` it serves the last build's index at /pagefind/ so editors can try search.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
// A static import: the config (and this file) is loaded by Vite's module runner, which is
// closed by the time astro:build:done runs, so a dynamic import() there fails.
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import { gzipAsync } from '@gfx/zopfli';
import { cachedBytes, versionOf } from '../lib/build-cache';
import { createHash } from 'node:crypto';
import { INTERFACE_SELECTORS, indexableHtml, siteSpellings, termAbbreviations } from '../lib/search-document';
import { ALIAS_SEPARATOR, PAGE_TYPES, type SearchPage, type SearchPageList } from '../lib/search-attrs';

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

export default function searchOffline(): AstroIntegration {
  let outDir = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        if (!existsSync(indexDir)) logger.warn('No search index yet: run "npm run build" once, then search works in the dev server too.');
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const path = normalize(join(indexDir, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
          if (!path.startsWith(indexDir) || !existsSync(path) || !statSync(path).isFile()) return next();
          res.setHeader('Content-Type', MIME[extname(path)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(path).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await writeSearchIndex(root, logger);
      },
    },
  };
}

type Logger = { info(message: string): void };

/**
 * Index chunk size (Pagefind's unit, before compression). With Pagefind's default, this
 * site's whole word index sat in two chunks (46 KB gzip), all fetched by the first query;
 * with small chunks a query fetches only the few ~1 KB chunks that hold its words, which
 * keeps the first query near 80 KB. Every chunk is listed in the metadata file that
 * Pagefind loads first, so the size grows with the site (4 per built page, 200 to 16,000):
 * about 90 chunks of under 1 KB today (8 per page gave 44 of 1.6 KB: a query's three or four
 * words cost twice the bytes), about as many per KB of index on a 1,000-article site.
 * Pagefind 1.6 reads it from an environment variable it names UNSTABLE; bench/search.mjs
 * and tests/e2e/search.test.ts check the first query's bytes, so an upgrade that drops it
 * shows up there.
 */
const CHUNK_SIZE_SET_BY_HAND = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;

export function indexChunkSize(builtPages: number): number {
  return Math.min(16000, Math.max(200, builtPages * 4));
}

async function writeSearchIndex(root: string, logger: Logger) {
  // A value set by hand (to measure another size) wins; otherwise it follows this build.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = CHUNK_SIZE_SET_BY_HAND ?? String(indexChunkSize(countPages(root)));
  // Every page is Vietnamese; forcing the language keeps one index even if a page forgets lang.
  // Interface strings (buttons, download links, captions) never reach the index or a snippet.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: INTERFACE_SELECTORS });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Each page is read as its indexable copy (src/lib/search-document.ts); the served file is unchanged.
    let indexed = 0;
    for (const file of htmlFiles(root)) {
      const added = await index.addHTMLFile({ sourcePath: relative(root, file).split(sep).join('/'), content: indexableHtml(readFileSync(file, 'utf8')) });
      if (added.errors.length) throw new Error(`Pagefind indexing failed for ${file}: ${added.errors.join('; ')}`);
      indexed++;
    }
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    const { pages, spellings } = writePageList(join(root, 'pagefind'));
    await minifyLoader(join(root, 'pagefind', 'pagefind.js'));
    const saved = await recompressFirstQueryFiles(join(root, 'pagefind'));
    logger.info(`search index: ${indexed} files read, ${pages} pages listed in ${PAGE_LIST} with ${spellings} accented spellings; Zopfli saved ${saved} bytes on the first query`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind's loader (pagefind.js, fetched by the first query) ships unminified: esbuild's
 * minifier takes 13.4 KB gzip down to 11.5 KB, same module, same exports.
 */
async function minifyLoader(file: string) {
  const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(file, code);
}

/**
 * Pagefind's WebAssembly and its metadata, fetched by every reader's first query, are gzip
 * files that pagefind.js inflates itself (any valid gzip does). Zopfli writes the same bytes
 * as a smaller gzip stream: 55.4 → 52.8 KB for the WebAssembly, which kept the first query
 * within its 80 KB budget once the accent model joined it (issue 21). Deterministic, and
 * cached by content (about a second per build otherwise). Returns the bytes saved.
 */
async function recompressFirstQueryFiles(dir: string): Promise<number> {
  let saved = 0;
  for (const name of readdirSync(dir).filter((n) => /^wasm\..*\.pagefind$|\.pf_meta$/.test(n))) {
    const file = join(dir, name);
    const gzip = readFileSync(file);
    const raw = gunzipSync(gzip);
    const hash = createHash('sha256').update(raw).digest('hex');
    const smaller = await cachedBytes('zopfli', hash, [versionOf('@gfx/zopfli')], () => gzipAsync(raw, { numiterations: 15 }));
    if (smaller.length < gzip.length) {
      writeFileSync(file, smaller);
      saved += gzip.length - smaller.length;
    }
  }
  return saved;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

function countPages(dir: string): number {
  return htmlFiles(dir).length;
}

/** Written next to Pagefind's files: see writePageList. */
export const PAGE_LIST = 'pages.json';

/**
 * pagefind/pages.json: for every indexed page, by Pagefind's result id, the few fields the
 * suggestions and the ranking need (url, title, type, date, date label; for a glossary term its
 * aliases and abbreviations). Pagefind keeps them in one fragment file per page (the page's
 * whole text, 0.3–6 KB gzip each); with this list (≈ 60 B a page) the header suggestions and
 * the ranking load no fragment at all, and /tim-kiem/ loads fragments only for the excerpts
 * it shows. `spellings` is the accent model: the accented spellings of the site's ambiguous
 * syllables (siteSpellings), learned from the same fragments.
 */
function writePageList(bundle: string): { pages: number; spellings: number } {
  const pages: Record<string, SearchPage> = {};
  const texts: string[] = [];
  const dir = join(bundle, 'fragment');
  for (const file of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    // A fragment is "pagefind_dcd" followed by the page's JSON.
    const page = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> };
    const title = page.meta.title ?? page.url;
    const aliases = page.meta.aliases ? page.meta.aliases.split(ALIAS_SEPARATOR).map((a) => a.trim()).filter(Boolean) : [];
    const abbr = aliases.length || /\(/.test(title) ? termAbbreviations(title, aliases) : [];
    pages[file.replace(/\.pf_fragment$/, '')] = {
      url: page.url,
      title,
      ...(page.filters.type?.[0] ? { type: page.filters.type[0] } : {}),
      ...(page.meta.date ? { date: page.meta.date } : {}),
      ...(page.meta.dateLabel ? { dateLabel: page.meta.dateLabel } : {}),
      ...(aliases.length ? { aliases } : {}),
      ...(abbr.length && page.filters.type?.[0] === PAGE_TYPES.term ? { abbr } : {}),
    };
    texts.push(title, page.content);
  }
  const spellings = siteSpellings(texts);
  const list: SearchPageList = { pages, spellings };
  writeFileSync(join(bundle, PAGE_LIST), JSON.stringify(list));
  return { pages: Object.keys(pages).length, spellings: spellings.split(' ').length };
}
