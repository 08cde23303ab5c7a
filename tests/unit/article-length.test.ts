/**
 * Explainers are read, not skimmed: each body (the MDX after its frontmatter, read with the
 * content check's own reader) holds at most 900 words of prose, words counted as Vietnamese
 * writes them (one syllable a word) on the text a reader reads (src/lib/reading-time.ts), and
 * links at most 10 glossary terms (EDITORIAL.md: "about eight terms an article is plenty").
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-check/read-content';
import { readableText } from '../../src/lib/reading-time';
import { termIdsInBody } from '../../src/lib/glossary';

const MAX_WORDS = 900;
const MIN_WORDS = 600;
const MAX_TERMS = 10;

/** Prose words of an MDX body: no component tags, no comments, no Markdown marks. */
function proseWords(body: string): number {
  const text = readableText(body.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' '));
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const articles = readContent(resolve('content')).filter((f) => f.kind === 'article');

describe('explainer length and glossary links', () => {
  it('reads the five explainers', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });
  for (const file of articles) {
    const body = file.body?.text ?? '';
    it(`${file.path}: ${MIN_WORDS}–${MAX_WORDS} words of prose`, () => {
      const words = proseWords(body);
      expect(words).toBeLessThanOrEqual(MAX_WORDS);
      expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
    });
    it(`${file.path}: at most ${MAX_TERMS} glossary terms linked`, () => {
      expect(new Set(termIdsInBody(body)).size).toBeLessThanOrEqual(MAX_TERMS);
      expect(termIdsInBody(body).length).toBe(new Set(termIdsInBody(body)).size);
    });
  }
});

describe('proseWords', () => {
  it('counts syllables of the prose and leaves tags, comments and marks out', () => {
    expect(proseWords('## Vì sao?\n\nHà Nội <Term id="x">phân cấp</Term> mạnh hơn. <Chart id="a" />\n{/* ghi chú */}')).toBe(8);
  });
});
