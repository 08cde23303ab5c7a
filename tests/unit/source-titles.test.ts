/**
 * Headlines and document titles carry over word for word (content/van-ban.toml): each entry
 * occurs verbatim in the source article it names; every source whose first line is a headline
 * has it recorded; citations print it, never "không rõ tiêu đề"; every reference to a document
 * (frontmatter `documents:` and <VanBan id>) names an entry of the register.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citationFormats } from '../../src/lib/citation';
import { articleWork, type ArticleLike } from '../../src/lib/cite-works';
import { documentText, headlineOf, titleRegister } from '../../src/lib/source-titles';

const seedsDir = resolve(process.env.SEEDS_DIR ?? '../shared/seeds');
const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const seedText = (seed: string) => readFileSync(join(seedsDir, `${seed}.txt`), 'utf8');
const firstLine = (seed: string) => normalize(seedText(seed).split('\n')[0] ?? '');
/** A first line is a headline when it is short and is not a sentence of the report. */
const isHeadline = (line: string) => line.length <= 120 && !/[.:]$/.test(line) && !/^\(/.test(line);

const register = titleRegister('content');
const files = readdirSync('content/articles').filter((f) => f.endsWith('.mdx'));
const articles = files.map((file) => {
  const text = readFileSync(join('content/articles', file), 'utf8');
  const fm = parse(text.split(/^---$/m)[1] ?? '');
  return { id: file.replace(/\.mdx$/, ''), text, fm };
});

describe('verbatim titles (content/van-ban.toml)', () => {
  it('the source articles are available', () => {
    expect(existsSync(seedsDir), `source articles not found at ${seedsDir} (set SEEDS_DIR)`).toBe(true);
  });

  it('each headline is its source article’s first line', () => {
    expect(register.headlines.length).toBeGreaterThan(0);
    for (const h of register.headlines) expect(normalize(h.title), h.seed).toBe(firstLine(h.seed));
  });

  it('each document title occurs word for word in its source article', () => {
    expect(register.documents.length).toBeGreaterThan(0);
    const missing = register.documents.filter((d) => !normalize(seedText(d.seed)).includes(normalize(d.title))).map((d) => d.id);
    expect(missing).toEqual([]);
  });

  it('every source whose first line is a headline has it recorded, and only those', () => {
    for (const a of articles) {
      const line = firstLine(a.fm.source.seed);
      expect(headlineOf(a.fm.source, register), a.id).toBe(isHeadline(line) ? line : undefined);
    }
  });

  it('every document an article names resolves in the register', () => {
    for (const a of articles) {
      for (const d of a.fm.documents ?? []) expect(() => documentText(d, register), a.id).not.toThrow();
      for (const m of a.text.matchAll(/<VanBan id="([^"]+)"/g)) {
        expect(register.documents.map((d) => d.id), `${a.id}: <VanBan id="${m[1]}">`).toContain(m[1]);
      }
    }
  });
});

// Citation.js loads once per worker and takes seconds on a busy machine: a longer timeout, same assertions.
describe('citations print the headline', { timeout: 30_000 }, () => {
  for (const a of articles) {
    const headline = headlineOf(a.fm.source, register);
    if (!headline) continue;
    it(`${a.id}: every format names “${headline.slice(0, 30)}…”, none says "không rõ tiêu đề"`, async () => {
      const like: ArticleLike = { id: a.id, title: a.fm.title, updated: a.fm.updated, corrections: a.fm.corrections ?? [], source: a.fm.source };
      const f = await citationFormats(articleWork(like, `https://example.org/bai-viet/${a.id}/`));
      for (const [format, text] of Object.entries(f)) {
        if (typeof text !== 'string') continue;
        expect(text, format).not.toContain('không rõ tiêu đề');
      }
      for (const text of [f.apaHtml, f.vietnameseHtml, f.bibtex, f.ris, f.cslJson]) expect(text).toContain(headline);
    });
  }
});
