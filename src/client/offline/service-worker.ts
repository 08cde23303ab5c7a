/**
 * The service worker, bundled by esbuild at build time (src/integrations/offline.ts), which
 * fills in __OFFLINE__: the shell's precache manifest (from workbox-build getManifest), the
 * revision and the cache names. Workbox's own runtime modules do the work:
 *  - precache the shell only (scripts, the offline page, the favicon);
 *  - pages: network first, the cache when offline, the offline page for a page never opened;
 *  - Pagefind's loader and entry file: stale-while-revalidate; its content-hashed chunks:
 *    cache first. Both only as queries use them (or all at once when the reader saves).
 * Two listeners Workbox has no module for: deleting the caches of older revisions on
 * activation, and keeping the page that loaded before the worker controlled it.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { PAGEFIND_CHUNK_URL, PAGEFIND_CORE_URL } from '../../lib/offline-plan';

interface OfflineConfig {
  revision: string;
  prefix: string;
  pages: string;
  search: string;
  offlinePage: string;
  shell: { url: string; revision: string | null }[];
}
declare const __OFFLINE__: OfflineConfig;

/** The parts of the worker scope used here (the project's TypeScript lib is the DOM's). */
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown; waitUntil(p: Promise<unknown>): void }) => void): void;
}
const scope = self as unknown as WorkerScope;
const config = __OFFLINE__;
const own = `${config.prefix}${config.revision}-`;

// Precache named hn-<revision>-precache-…: each build's worker owns a fresh set of caches.
setCacheNameDetails({ prefix: `${config.prefix}${config.revision}` });
void scope.skipWaiting();
clientsClaim();
precacheAndRoute(config.shell, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

const okOnly = () => [new CacheableResponsePlugin({ statuses: [200] })];
const pages = new NetworkFirst({ cacheName: config.pages, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true }, plugins: okOnly() });
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      return (await matchPrecache(config.offlinePage)) ?? Response.error();
    }
  },
);
// Pagefind asks for pagefind-entry.json?ts=…: the saved copy has no query, hence ignoreSearch.
registerRoute(PAGEFIND_CORE_URL, new StaleWhileRevalidate({ cacheName: config.search, matchOptions: { ignoreSearch: true }, plugins: okOnly() }));
registerRoute(PAGEFIND_CHUNK_URL, new CacheFirst({ cacheName: config.search, matchOptions: { ignoreSearch: true }, plugins: okOnly() }));

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(config.prefix) && !key.startsWith(own)).map((key) => caches.delete(key)))),
  );
});

scope.addEventListener('message', (event) => {
  const data = (event.data ?? {}) as { type?: string; url?: unknown };
  if (data.type !== 'hn-cache-page' || typeof data.url !== 'string') return;
  const url = new URL(data.url, scope.location.origin);
  if (url.origin !== scope.location.origin) return;
  url.search = '';
  event.waitUntil(
    caches
      .open(config.pages)
      .then(async (cache) => {
        if (!(await cache.match(url.href))) await cache.add(url.href);
      })
      .catch(() => undefined),
  );
});
