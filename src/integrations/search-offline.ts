/**
 * Astro integration: after every build, index the built pages with Pagefind's Node API.
 * (The service worker is written by src/integrations/offline.ts, which runs after this one.)
 *
 * It uses the folder the `astro:build:done` hook names (scripts/build.mjs builds into
 * dist.staging and swaps it in only when everything, this step included, succeeded).
 * In `astro dev` it serves the last build's index at /pagefind/ so editors can try search.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
// A static import: the config (and this file) is loaded by Vite's module runner, which is
// closed by the time astro:build:done runs, so a dynamic import() there fails.
import * as pagefind from 'pagefind';

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

export default function searchOffline(): AstroIntegration {
  let outDir = '';
  return {
    name: 'search-offline',
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

async function writeSearchIndex(root: string, logger: Logger) {
  // Every page is Vietnamese; forcing the language keeps one index even if a page forgets lang.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: root });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    logger.info(`search index: ${added.page_count} pages indexed into pagefind/`);
  } finally {
    await pagefind.close();
  }
}
