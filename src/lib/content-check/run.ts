/**
 * Entry of the content check for its three callers: `npm run kiem-tra` (scripts/kiem-tra.mjs),
 * `npm run build` (scripts/build.mjs, beside Astro) and the site itself
 * (src/data/content-gate.ts, before a page renders, so `npm run dev` shows errors too).
 *  - CONTENT_DIR: the content tree (default content/; tests point it at fixtures);
 *  - SOURCES_DIR: the source articles, kept outside the repository (default ../shared/seeds;
 *    several folders may be joined by ":").
 * This module does the reading (files, sources, image sizes, what git says was deleted); the
 * checks themselves are pure (check-content.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { REGISTER_FILE } from '../source-titles';
import { checkContent, type CheckResult } from './check-content';
import type { ImageInfo } from './body-checks';
import { readContent } from './read-content';
import { readSourceEntries, sourcesFolders } from './sources';

export { formatProblems, formatWarnings, isWarning, placeOf, type Problem } from './problems';
export type { CheckResult } from './check-content';

export interface RunOptions {
  root?: string;
  contentDir?: string;
  sourcesDir?: string;
  today?: Date;
}

function settings(options: RunOptions) {
  const root = resolve(options.root ?? process.cwd());
  const folders = sourcesFolders(root, options.sourcesDir ?? process.env.SOURCES_DIR);
  return { root, contentDir: resolve(root, options.contentDir ?? process.env.CONTENT_DIR ?? 'content'), folders };
}

/** Content files deleted since the last commit ("articles/x.mdx"), when the tree is in git. */
function deletedSinceCommit(contentDir: string): string[] {
  try {
    const out = execFileSync('git', ['-C', contentDir, 'ls-files', '--deleted', '--', '.'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    return out.split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** Sizes of the images the articles name, read by Astro's own image probe (loaded only when there are images). */
async function readImageSizes(paths: readonly string[]): Promise<Map<string, ImageInfo>> {
  const sizes = new Map<string, ImageInfo>();
  if (paths.length === 0) return sizes;
  const { imageMetadata } = await import('astro/assets/utils');
  for (const path of paths) {
    try {
      const data = readFileSync(path);
      const meta = await imageMetadata(data, path);
      sizes.set(path, { width: meta.width, height: meta.height, bytes: statSync(path).size });
    } catch {
      // Not an image Astro can read: the build will say so; nothing to measure here.
    }
  }
  return sizes;
}

/** content/van-ban.toml (the register of verbatim titles), as written. */
function readRegister(root: string, contentDir: string): { path: string; text: string } | undefined {
  const file = resolve(contentDir, REGISTER_FILE);
  return existsSync(file) ? { path: relative(resolve(contentDir, '..'), file), text: readFileSync(file, 'utf8') } : undefined;
}

const IMAGE_FILE = /\.(?:jpe?g|png|webp|gif|avif|tiff?)$/i;

export async function runContentCheck(options: RunOptions = {}): Promise<CheckResult> {
  const { root, contentDir, folders } = settings(options);
  const files = readContent(contentDir);
  // Every image file an article may name, under content/ and public/.
  const candidates = files
    .filter((f) => f.kind === 'article')
    .flatMap((f) => [...(f.body?.text ?? '').matchAll(/\(\s*<?([^)\s>]+\.(?:jpe?g|png|webp|gif|avif|tiff?))/gi), ...(f.body?.text ?? '').matchAll(/src=["']([^"']+)["']/g)].map((m) => ({ f, src: m[1] ?? '' })))
    .filter(({ src }) => IMAGE_FILE.test(src) && !/^[a-z]+:/i.test(src))
    .map(({ f, src }) => (src.startsWith('/') ? resolve(root, 'public', `.${src}`) : resolve(f.absolute, '..', decodeURI(src))))
    .filter((p) => existsSync(p));
  const sizes = await readImageSizes([...new Set(candidates)]);
  return checkContent(files, {
    root,
    sources: readSourceEntries(folders),
    sourcesDir: folders.join(':'),
    exists: existsSync,
    image: (path) => sizes.get(path),
    deleted: deletedSinceCommit(contentDir),
    register: readRegister(root, contentDir),
    today: options.today,
  });
}

/** Rewrites every content file whose text is not NFC, or that starts with a BOM; returns the paths it changed. */
export function normaliseContentToNfc(options: RunOptions = {}): string[] {
  const { contentDir } = settings(options);
  const changed: string[] = [];
  for (const file of readContent(contentDir)) {
    const nfc = file.text.normalize('NFC');
    if (nfc === file.text && !file.bom) continue;
    writeFileSync(file.absolute, nfc);
    changed.push(file.path);
  }
  return changed;
}

// What the scaffold (scripts/tao-moi.mjs) validates its answers with: the same schemas.
export { slugSchema } from '../../schemas/slug';
export { partialDateSchema, PRECISIONS } from '../../schemas/partial-date';
export { EVENT_KINDS, EVENT_STATUSES } from '../../schemas/timeline-event';
export { sourceNameSchema } from '../../schemas/source-record';
export { vietnameseError } from '../../schemas/messages';
export { buildJsonSchemas } from './json-schemas';
export { PLACEHOLDERS } from './placeholders';
export { ownWordsProblems } from './own-words';
export { nameForSource, readSourceEntries, sourceFrontmatter, sourceLabel, sourcesFolders, storeSource } from './sources';
