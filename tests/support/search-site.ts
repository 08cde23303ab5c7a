/**
 * The search tests run against a site built from a fixed corpus: content/topics.yaml plus
 * tests/fixtures/content-search/articles/, five short explainers written from the five seed
 * articles (/work/shared/seeds). A fixed corpus keeps the expected first results true while
 * editors rewrite the real articles; tests/e2e/search-content.test.ts checks the real site.
 * Built with the project's own build (search index and service worker included).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const SEARCH_FIXTURE = 'tests/fixtures/content-search';
const WORK = resolve('tests/.tmp/search-site');

export async function buildAndServeSearchSite(): Promise<{ url: string; dist: string; close(): Promise<void> }> {
  rmSync(WORK, { recursive: true, force: true });
  const content = join(WORK, 'content');
  mkdirSync(content, { recursive: true });
  cpSync('content/topics.yaml', join(content, 'topics.yaml'));
  cpSync(resolve(SEARCH_FIXTURE, 'articles'), join(content, 'articles'), { recursive: true });
  const dist = join(WORK, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(WORK, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`search fixture build failed:\n${result.stdout}\n${result.stderr}`);
  const { server, url } = await startServer({ dir: dist, port: 0, quiet: true });
  return { url, dist, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The URL of the fixture article made from a seed file ("003_…" → "/bai-viet/<slug>/"). */
export function articleForSeed(seedPrefix: string, dir = resolve(SEARCH_FIXTURE, 'articles')): string {
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (new RegExp(`seed:\\s*${seedPrefix}_`).test(text)) return `/bai-viet/${file.replace(/\.mdx$/, '')}/`;
  }
  throw new Error(`no fixture article comes from seed ${seedPrefix}`);
}
