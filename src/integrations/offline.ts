/**
 * Astro integration: offline reading on the reader's terms. After every build (and after the
 * search integration has written the Pagefind index) it writes:
 *  - dist/sw.js (Workbox, see src/client/offline/service-worker.ts): precaches only the shell (bundled JS/CSS, the
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
import { readFileSync, writeFileSync } from 'node:fs';
import { join, matchesGlob, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { readRecord, writeRecord } from '../lib/build-cache';
import { builtFiles } from '../../scripts/lib/built-site.mjs';
import { CACHE_PREFIX, MANIFEST_PATH, SUMMARY_PATH, OFFLINE_PAGE, SHELL_GLOBS, offlineManifest, type BuiltFile, type OfflineManifest } from '../lib/offline-plan';

const gzipAsync = promisify(gzip);

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
  const manifest = offlineManifest(await listFiles(root), (text) => createHash('sha256').update(text).digest('hex'));
  writeFileSync(join(root, MANIFEST_PATH), JSON.stringify(manifest));
  const { files: _files, ...summary } = manifest;
  writeFileSync(join(root, SUMMARY_PATH), JSON.stringify(summary));
  await writeServiceWorker(root, manifest.revision, manifest.caches, logger);
  logger.info(`offline copy: ${manifest.total.files} files, ${(manifest.total.gzip / 1024).toFixed(0)} KB gzip (downloaded only when the reader saves)`);
  return manifest;
}

/** Every built file with its raw and gzip size, in a stable order. */
async function listFiles(root: string): Promise<(BuiltFile & { digest: string })[]> {
  const paths = builtFiles(root).map((f) => join(root, f));
  // Compressing every file is the longest step here (5 s of a 1,000-article build when done
  // one file at a time). The gzip size of a file is a function of its bytes (and of zlib), so
  // the sizes of the last build are kept by content digest in the build cache and only new or
  // changed files are compressed; those in libuv's thread pool, a few dozen at a time, on
  // every core, with memory flat however large the site.
  const memoKey = `offline-gzip-sizes-zlib-${process.versions.zlib}`;
  const known = new Map(Object.entries((await readRecord<Record<string, number>>(memoKey)) ?? {}));
  const out: (BuiltFile & { digest: string })[] = [];
  for (let i = 0; i < paths.length; i += 32) {
    out.push(
      ...(await Promise.all(
        paths.slice(i, i + 32).map(async (full) => {
          const body = readFileSync(full);
          const digest = createHash('sha256').update(body).digest('hex');
          return {
            path: relative(root, full).split(sep).join('/'),
            raw: body.length,
            // Pagefind's index files are gzip already and are sent as they are.
            gzip: body[0] === 0x1f && body[1] === 0x8b ? body.length : (known.get(digest) ?? (await gzipAsync(body)).length),
            digest,
          };
        }),
      )),
    );
  }
  // Only this build's files are kept: the record never grows beyond one site.
  await writeRecord(memoKey, Object.fromEntries(out.map((f) => [f.digest, f.gzip])));
  return out;
}

type Logger = { info(message: string): void };

const SERVICE_WORKER_SOURCE = fileURLToPath(new URL('../client/offline/service-worker.ts', import.meta.url));

/**
 * The shell's precache manifest: the built files SHELL_GLOBS names, each with a revision (an
 * MD5 of its bytes, as Workbox's getManifest gave) unless its name already carries a content
 * hash. A dozen files: a glob and a hash, where workbox-build brought 315 packages (babel,
 * rollup, terser) for its getManifest alone. Then the worker is bundled with esbuild from
 * src/client/offline/service-worker.ts and Workbox's runtime modules.
 */
export function shellManifest(root: string): { shell: { url: string; revision: string | null }[]; size: number } {
  let size = 0;
  const shell = builtFiles(root)
    .filter((file) => SHELL_GLOBS.some((glob) => matchesGlob(file, glob)))
    .map((file) => {
      const body = readFileSync(join(root, file));
      size += body.length;
      // Bundled files carry a content hash in their name: fetched without a cache-busting
      // query, they come from the HTTP cache the page already filled (no second download).
      return { url: `/${file}`, revision: file.startsWith('_astro/') ? null : createHash('md5').update(body).digest('hex') };
    });
  return { shell, size };
}

async function writeServiceWorker(root: string, revision: string, caches: { pages: string; search: string }, logger: Logger) {
  const { shell, size } = shellManifest(root);
  const config = { revision, prefix: CACHE_PREFIX, pages: caches.pages, search: caches.search, offlinePage: `${OFFLINE_PAGE}index.html`, shell };
  const built = await esbuild({
    entryPoints: [SERVICE_WORKER_SOURCE],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    write: false,
    // Workbox drops its development logging in production.
    define: { __OFFLINE__: JSON.stringify(config), 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(root, 'sw.js'), built.outputFiles[0]!.contents);
  logger.info(`service worker: shell of ${shell.length} files precached (${(size / 1024).toFixed(0)} KB raw), revision ${revision}`);
}
