/**
 * Provenance: every reported figure's evidence is a verbatim fragment of the article it cites.
 * The articles stay outside the project (../shared/seeds, or SOURCES_DIR); the explainer's
 * frontmatter names its seed file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleFrontmatter } from '../support/site';

const seedsDir = resolve(process.env.SOURCES_DIR?.split(':')[0] ?? '../shared/seeds');
const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

const seeds = new Map(articleFrontmatter().map(({ slug, data }) => [slug, String(data.source?.seed)]));
const seedOf = (articleId: string): string => seeds.get(articleId) ?? `(no article ${articleId})`;

interface YamlFigure {
  id: string;
  kind: string;
  article: string;
  evidence?: string;
}

describe('evidence is copied from the cited article', () => {
  it('the source articles are available', () => {
    expect(existsSync(seedsDir), `source articles not found at ${seedsDir} (set SOURCES_DIR)`).toBe(true);
  });

  const files = readdirSync('content/data').filter((f) => f.endsWith('.yaml'));
  for (const file of files) {
    it(file, () => {
      const dataset = parse(readFileSync(join('content/data', file), 'utf8')) as { figures: YamlFigure[] };
      const missing = dataset.figures
        .filter((f) => f.kind === 'reported')
        .filter((f) => {
          const seed = normalize(readFileSync(join(seedsDir, `${seedOf(f.article)}.txt`), 'utf8'));
          return !seed.includes(normalize(f.evidence ?? ''));
        })
        .map((f) => `${f.id}: "${f.evidence}"`);
      expect(missing).toEqual([]);
    });
  }
});
