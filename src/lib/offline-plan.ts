/**
 * What "save for offline reading" downloads, and what the service worker keeps, decided from
 * the list of built files. Pure: the integration (src/integrations/offline.ts) gives it the
 * file paths and sizes; the browser reads the result as JSON.
 *
 * Three kinds of files:
 *  - the shell, precached when the service worker installs: the bundled JS/CSS, the offline
 *    page and the favicon. It does not grow with the number of articles;
 *  - pages and the search index, cached only as the reader opens or uses them;
 *  - the saved copy: every page and the whole search index, downloaded only when the reader
 *    presses the save control.
 */
import { routes } from './routes';
import { formatNumber } from './number-format';
import { PAGEFIND_CHUNK, PAGEFIND_CORE } from './pagefind-files';

export interface BuiltFile {
  /** Path inside dist, with forward slashes, no leading slash ("bai-viet/x/index.html"). */
  path: string;
  raw: number;
  gzip: number;
}

export interface OfflineManifest {
  /** Changes whenever any built file changes; names the caches of this build. */
  revision: string;
  caches: { pages: string; search: string };
  /** Totals shown to the reader before saving. */
  total: { files: number; raw: number; gzip: number };
  /** URLs to save, with their gzip size (what a server with compression sends). */
  files: { url: string; gzip: number }[];
}

/** Prefix of every cache this site's service worker owns (old revisions are deleted). */
export const CACHE_PREFIX = 'hn-';
/** The page shown for a page that was neither saved nor visited, while offline. */
export const OFFLINE_PAGE = routes.offline;
export const MANIFEST_PATH = 'offline-manifest.json';
/** The manifest without its file list: what the save control reads before the reader decides. */
export const SUMMARY_PATH = 'offline-summary.json';
/** Cache key of the marker written when a saved copy is complete. */
export const SAVED_MARKER = '/__hn-saved__';

export type OfflineSummary = Omit<OfflineManifest, 'files'>;

/** Files the service worker precaches at install: the shell, a few KB whatever the content. */
export const SHELL_GLOBS = ['_astro/**/*.{js,css}', 'ngoai-tuyen/index.html', 'favicon.svg'];


/** The URL a built file is served at: directory pages end with "/". */
export function urlFor(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** Is this built file part of the saved copy? Pages, the search index, and page images. */
export function isSaved(path: string): boolean {
  if (path.endsWith('.html')) return path !== '404.html' && !path.startsWith('pagefind/');
  if (path.startsWith('pagefind/')) return PAGEFIND_CORE.test(path) || PAGEFIND_CHUNK.test(path);
  // Images bundled by Astro are referenced from pages; JS and CSS are in the shell already.
  return /^_astro\/.*\.(svg|png|jpe?g|webp|avif)$/.test(path);
}

/** Files that are outputs of the offline step itself, left out of the revision. */
const OWN_OUTPUT = (path: string) => path === 'sw.js' || path === MANIFEST_PATH || path === SUMMARY_PATH || /^workbox-[\w-]+\.js$/.test(path);

/**
 * Builds the manifest. `hash` turns the list of files (path, sizes and content digest) into
 * the revision, so any change of any built file gives new cache names.
 */
export function offlineManifest(files: (BuiltFile & { digest: string })[], hash: (text: string) => string): OfflineManifest {
  const byPath = (a: BuiltFile, b: BuiltFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const own = files.filter((f) => !OWN_OUTPUT(f.path)).sort(byPath);
  const saved = own.filter((f) => isSaved(f.path));
  const revision = hash(own.map((f) => `${f.path}:${f.digest}`).join('\n')).slice(0, 12);
  return {
    revision,
    caches: { pages: `${CACHE_PREFIX}${revision}-pages`, search: `${CACHE_PREFIX}${revision}-search` },
    total: {
      files: saved.length,
      raw: saved.reduce((n, f) => n + f.raw, 0),
      gzip: saved.reduce((n, f) => n + f.gzip, 0),
    },
    files: saved.map((f) => ({ url: urlFor(f.path), gzip: f.gzip })),
  };
}

/** Which cache a saved URL belongs in: the search index has its own. */
export function cacheFor(url: string, manifest: Pick<OfflineManifest, 'caches'>): string {
  return url.startsWith('/pagefind/') ? manifest.caches.search : manifest.caches.pages;
}

/** Bytes as a reader reads them, Vietnamese style: 850 KB, 1,2 MB, 12,5 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, 1)} MB`;
}

/** Share done, 0 to 100, for the progress text; never 100 before the last file. */
export function percentDone(done: number, total: number): number {
  if (total <= 0) return 100;
  const p = Math.floor((done / total) * 100);
  return done >= total ? 100 : Math.min(p, 99);
}
