/**
 * A disk cache for the two build steps whose output is a pure function of their input and of
 * a library's version: the APA text of a citation (Citation.js starts its CSL engine in about
 * 1.5 s) and the PNG of a sharing card (satori and resvg, 50–200 ms a card). A rebuild of the
 * same site, or of a site where one article changed, reuses what did not change, the way
 * Astro keeps the images it optimised.
 *
 * Keys are content addresses: the kind of output, the full input (for a card, its whole layout
 * tree, styles included) and the versions of the libraries that render it, hashed. A changed
 * input or library is a new key, so nothing stale is ever read back; cacache (npm's own cache)
 * checks each entry's integrity on read and writes atomically, so a broken entry is computed
 * again, never published. The folder is node_modules/.cache/ (the usual place, removed with
 * node_modules); BUILD_CACHE=off turns the cache off (the bench uses it for cold builds).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import cacache from 'cacache';

/** Where entries live; BUILD_CACHE_DIR moves it (the unit tests use a folder of their own). */
export const buildCacheDir = () => process.env.BUILD_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'hanoi-build');

const require = createRequire(join(process.cwd(), 'package.json'));

/** "satori@0.26.0": the installed version of a package, part of every key it renders. */
export function versionOf(pkg: string): string {
  return `${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`;
}

/** The cache key: kind, then a hash of the input and the renderers' versions. */
export function cacheKey(kind: string, input: unknown, renderers: readonly string[]): string {
  const hash = createHash('sha256').update(JSON.stringify([input, [...renderers].sort()])).digest('hex');
  return `${kind}:${hash}`;
}

const enabled = () => process.env.BUILD_CACHE !== 'off';

/**
 * The output for `input`, from the cache when an earlier build made it, else from `compute`
 * (and kept for the next build). A cache that cannot be read or written only costs time.
 */
export async function cachedBytes(kind: string, input: unknown, renderers: readonly string[], compute: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (!enabled()) return compute();
  const key = cacheKey(kind, input, renderers);
  const dir = buildCacheDir();
  try {
    const hit = await cacache.get(dir, key);
    return new Uint8Array(hit.data);
  } catch {
    // Not cached yet, or an entry that failed its integrity check: computed anew below.
  }
  const bytes = await compute();
  await cacache.put(dir, key, Buffer.from(bytes)).catch(() => undefined);
  return bytes;
}

/** The same for text. */
export async function cachedText(kind: string, input: unknown, renderers: readonly string[], compute: () => Promise<string> | string): Promise<string> {
  const bytes = await cachedBytes(kind, input, renderers, async () => Buffer.from(await compute(), 'utf8'));
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A small record kept from one build to the next under a fixed key (for a memo that is read
 * once and written once per build, such as the gzip size of each built file by its digest).
 * Undefined when there is none, or when it cannot be read.
 */
export async function readRecord<T>(key: string): Promise<T | undefined> {
  if (!enabled()) return undefined;
  try {
    return JSON.parse((await cacache.get(buildCacheDir(), `record:${key}`)).data.toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

export async function writeRecord(key: string, value: unknown): Promise<void> {
  if (!enabled()) return;
  await cacache.put(buildCacheDir(), `record:${key}`, JSON.stringify(value)).catch(() => undefined);
}
