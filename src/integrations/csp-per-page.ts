/**
 * Astro integration: after the build, each page's Content Security Policy lists only the
 * hashes of its own inline scripts and styles (src/lib/csp-per-page.ts says why). Runs first
 * among the after-build steps, so the search index and the offline copy see the final pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimCspHashes } from '../lib/csp-per-page';
import { builtFiles } from '../../scripts/lib/built-site.mjs';

export default function cspPerPage(): AstroIntegration {
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        let before = 0;
        let after = 0;
        const root = fileURLToPath(dir);
        for (const file of builtFiles(root, { extensions: ['.html'] }).map((f) => join(root, f))) {
          const trimmed = trimCspHashes(readFileSync(file, 'utf8'));
          if (trimmed.before === 0) continue;
          writeFileSync(file, trimmed.html);
          pages++;
          before += trimmed.before;
          after += trimmed.after;
        }
        logger.info(`content security policy: ${pages} pages list their own inline hashes only (${before} → ${after} hashes in all)`);
      },
    },
  };
}
