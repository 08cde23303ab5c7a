/**
 * Astro integration: offline reading on the reader's terms. After every build (and after the
 * search integration has written the Pagefind index) it writes:
 *  - dist/sw.js (workbox-build generateSW): precaches only the shell (bundled JS/CSS, the
 *    offline page, the favicon), a few KB that do not grow with the content; pages and search
 *    index chunks are cached at run time, only as the reader opens or uses them;
 *  - dist/offline-manifest.json: every file "Lưu để đọc khi không có mạng" would download, with
 *    its gzip size, and dist/offline-summary.json, its totals without the list (a few hundred
 *    bytes whatever the content), so the control shows the size before anything is downloaded.
 * Caches are named after the build's revision; a new service worker deletes every cache of
 * an older revision when it activates, so a new build replaces the old cache cleanly.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// Static, not import() in the hook: the module runner that loaded the config is closed by then.
import { generateSW } from 'workbox-build';
import { CACHE_PREFIX, MANIFEST_PATH, SUMMARY_PATH, OFFLINE_PAGE, PAGEFIND_CHUNK_URL, PAGEFIND_CORE_URL, SHELL_GLOBS, offlineManifest, type BuiltFile, type OfflineManifest } from '../lib/offline-plan';

export default function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Only a build has a service worker to register. Decided by the command, not by
        // NODE_ENV: test runners set NODE_ENV=test, which would turn import.meta.env.PROD off.
        updateConfig({ vite: { define: { __SERVICE_WORKER__: JSON.stringify(command === 'build') } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeOffline(fileURLToPath(dir), logger);
      },
    },
  };
}

/**
 * Writes the offline manifest, its summary and the service worker for the built site in
 * `root`. Exported so the tests can "rebuild" a changed copy of dist without running Astro.
 */
export async function writeOffline(root: string, logger: Logger = { info: () => {} }): Promise<OfflineManifest> {
  const manifest = offlineManifest(listFiles(root), (text) => createHash('sha256').update(text).digest('hex'));
  writeFileSync(join(root, MANIFEST_PATH), JSON.stringify(manifest));
  const { files: _files, ...summary } = manifest;
  writeFileSync(join(root, SUMMARY_PATH), JSON.stringify(summary));
  await writeServiceWorker(root, manifest.revision, manifest.caches, logger);
  logger.info(`offline copy: ${manifest.total.files} files, ${(manifest.total.gzip / 1024).toFixed(0)} KB gzip (downloaded only when the reader saves)`);
  return manifest;
}

/** Every built file with its raw and gzip size, in a stable order. */
function listFiles(root: string): (BuiltFile & { digest: string })[] {
  const out: (BuiltFile & { digest: string })[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const body = readFileSync(full);
        out.push({
          path: relative(root, full).split(sep).join('/'),
          raw: body.length,
          // Pagefind's index files are gzip already and are sent as they are.
          gzip: body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length,
          digest: createHash('sha256').update(body).digest('hex'),
        });
      }
    }
  };
  walk(root);
  return out;
}

type Logger = { info(message: string): void };

async function writeServiceWorker(root: string, revision: string, caches: { pages: string; search: string }, logger: Logger) {
  const swDest = join(root, 'sw.js');
  const { count, size, warnings } = await generateSW({
    globDirectory: root,
    globPatterns: SHELL_GLOBS,
    swDest,
    // The precache is named after the revision, so each build's sw.js differs from the last
    // one's whenever any file did, and the browser installs it.
    cacheId: `${CACHE_PREFIX}${revision}`,
    // Bundled files carry a content hash in their name: fetched without a cache-busting
    // query, they come from the HTTP cache the page already filled (no second download).
    dontCacheBustURLsMatching: /^\/?_astro\//,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    runtimeCaching: [
      {
        // Pages: the network first (a reader online gets the latest), the cache when offline,
        // the offline page for a page never opened nor saved. ?q= and ?hl= share one entry.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: caches.pages,
          networkTimeoutSeconds: 5,
          matchOptions: { ignoreSearch: true },
          cacheableResponse: { statuses: [200] },
          precacheFallback: { fallbackURL: `${OFFLINE_PAGE}index.html` },
        },
      },
      {
        // Pagefind's loader, entry file and WebAssembly: no hash in their names.
        urlPattern: PAGEFIND_CORE_URL,
        handler: 'StaleWhileRevalidate',
        // Pagefind asks for pagefind-entry.json?ts=…: the saved copy has no query.
        options: { cacheName: caches.search, matchOptions: { ignoreSearch: true }, cacheableResponse: { statuses: [200] } },
      },
      {
        // Index, fragment and filter chunks: content-hashed, so a cached copy is always right.
        urlPattern: PAGEFIND_CHUNK_URL,
        handler: 'CacheFirst',
        options: { cacheName: caches.search, matchOptions: { ignoreSearch: true }, cacheableResponse: { statuses: [200] } },
      },
    ],
  });
  // Two listeners workbox has no option for: deleting the caches of older revisions when this
  // worker activates, and caching the page a reader opened before the worker controlled it.
  const extra = `
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys
    .filter((key) => key.startsWith(${JSON.stringify(CACHE_PREFIX)}) && !key.startsWith(${JSON.stringify(`${CACHE_PREFIX}${revision}-`)}))
    .map((key) => caches.delete(key)))));
});
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'hn-cache-page' || typeof data.url !== 'string') return;
  const url = new URL(data.url, self.location.origin);
  if (url.origin !== self.location.origin) return;
  url.search = '';
  event.waitUntil(caches.open(${JSON.stringify(caches.pages)}).then((cache) => cache.match(url.href).then((hit) => hit || cache.add(url.href))).catch(() => {}));
});
`;
  writeFileSync(swDest, `${readFileSync(swDest, 'utf8').trimEnd()}\n${extra.trim()}\n`);
  for (const warning of warnings) logger.info(`service worker: ${warning}`);
  logger.info(`service worker: shell of ${count} files precached (${(size / 1024).toFixed(0)} KB raw), revision ${revision}`);
}
