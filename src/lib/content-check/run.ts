/**
 * Entry of the content check for its three callers: `npm run kiem-tra` (scripts/kiem-tra.mjs),
 * `npm run build` (scripts/build.mjs, before Astro starts) and the site itself
 * (src/data/content-gate.ts, before a page renders, so `npm run dev` shows errors too).
 *  - CONTENT_DIR: the content tree (default content/; tests point it at fixtures);
 *  - SOURCES_DIR: the source articles, kept outside the repository (default ../shared/seeds).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent, type CheckResult } from './check-content';
import { readContent, readSources } from './read-content';

export { formatProblems, type CheckResult, type Problem } from './check-content';

export interface RunOptions {
  root?: string;
  contentDir?: string;
  sourcesDir?: string;
}

function settings(options: RunOptions) {
  const root = resolve(options.root ?? process.cwd());
  return {
    root,
    contentDir: resolve(root, options.contentDir ?? process.env.CONTENT_DIR ?? 'content'),
    sourcesDir: resolve(root, options.sourcesDir ?? process.env.SOURCES_DIR ?? process.env.SEEDS_DIR ?? '../shared/seeds'),
  };
}

export function runContentCheck(options: RunOptions = {}): CheckResult {
  const { root, contentDir, sourcesDir } = settings(options);
  const files = readContent(contentDir);
  return checkContent(files, { root, sources: readSources(sourcesDir), sourcesDir, exists: existsSync });
}

/** Rewrites every content file whose text is not NFC; returns the paths it changed. */
export function normaliseContentToNfc(options: RunOptions = {}): string[] {
  const { contentDir } = settings(options);
  const changed: string[] = [];
  for (const file of readContent(contentDir)) {
    const nfc = file.text.normalize('NFC');
    if (nfc === file.text) continue;
    writeFileSync(file.absolute, nfc);
    changed.push(file.path);
  }
  return changed;
}


// What the scaffold (scripts/tao-moi.mjs) validates its answers with: the same schemas.
export { slugSchema } from '../../schemas/slug';
export { partialDateSchema, PRECISIONS } from '../../schemas/partial-date';
export { EVENT_KINDS, EVENT_STATUSES } from '../../schemas/timeline-event';
export { vietnameseError } from '../../schemas/messages';
export { buildJsonSchemas } from './json-schemas';
