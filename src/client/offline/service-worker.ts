/**
 * The service worker, bundled by esbuild at build time (src/integrations/offline.ts), which
 * fills in __OFFLINE__: the shell's precache manifest (src/integrations/offline.ts shellManifest), the
 * revision and the cache names. Workbox's own runtime modules do the work:
 *  - precache the shell only (scripts, the offline page, the favicon);
 *  - pages: network first, the cache when offline, the offline page for a page never opened;
 *  - Pagefind's loader and entry file: stale-while-revalidate; its content-hashed chunks:
 *    cache first. Both only as queries use them (or all at once when the reader saves).
 * Two listeners Workbox has no module for: deleting the caches of older revisions on
 * activation, and keeping the page that loaded before the worker controlled it.
 *
 * A new build's worker must leave no cache of an older revision behind, yet the old worker
 * keeps running for a while after the new one activates (it finishes the fetch and message
 * events it was given, e.g. the reload that found the new worker), and `caches.open()` on a
 * deleted cache creates it again. So a worker writes only while it is the registration's
 * active worker, checks again after each write (deleting its own caches when it has been
 * replaced meanwhile), and the current worker deletes older revisions' caches after it has
 * claimed the pages and again whenever it handles a page.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { PAGEFIND_CHUNK_URL, PAGEFIND_CORE_URL } from '../../lib/pagefind-files';

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
  serviceWorker: ServiceWorker;
  registration: ServiceWorkerRegistration;
  clients: { claim(): Promise<void> };
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
precacheAndRoute(config.shell, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

/** True while this worker is the one the registration serves pages with (not replaced). */
const current = () => scope.registration.active === scope.serviceWorker;

/** Deletes this worker's own caches: it was replaced while it wrote to them. */
const deleteOwnCaches = () => caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(own)).map((key) => caches.delete(key))));

/** Deletes every cache of another revision; only the current worker may (an old one would delete the new caches). */
const deleteOtherRevisions = () =>
  current()
    ? caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(config.prefix) && !key.startsWith(own)).map((key) => caches.delete(key))))
    : Promise.resolve([]);

/** Writes happen only while this worker is current; a write that a replacement overtook is undone. */
const whileCurrent: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (current() ? response : null),
  cacheDidUpdate: async () => {
    if (!current()) await deleteOwnCaches();
  },
};
const okOnly = () => [new CacheableResponsePlugin({ statuses: [200] }), whileCurrent];
const pages = new NetworkFirst({ cacheName: config.pages, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true }, plugins: okOnly() });
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async (options) => {
    options.event.waitUntil(deleteOtherRevisions());
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

// Claim first: once this worker controls the pages, no new request reaches the old one, so
// the deletion that follows is not undone by a request the old worker was still given.
scope.addEventListener('activate', (event) => {
  event.waitUntil(scope.clients.claim().then(deleteOtherRevisions));
});

scope.addEventListener('message', (event) => {
  const data = (event.data ?? {}) as { type?: string; url?: unknown };
  if (data.type !== 'hn-cache-page' || typeof data.url !== 'string') return;
  const url = new URL(data.url, scope.location.origin);
  if (url.origin !== scope.location.origin) return;
  url.search = '';
  // A page may post to the worker it saw as active just before a new build's worker replaced it.
  if (!current()) return;
  event.waitUntil(
    deleteOtherRevisions()
      .then(() => caches.open(config.pages))
      .then(async (cache) => {
        if (!(await cache.match(url.href))) await cache.add(url.href);
        if (!current()) await deleteOwnCaches();
      })
      .catch(() => undefined),
  );
});
