/**
 * The glossary as editors and readers meet it: every term file fits the schema, the articles
 * link only terms that exist (each at its first use), every term is used somewhere, numbers in
 * definitions come from the source articles, and the page order is Vietnamese.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleFrontmatter } from '../support/site';
import { z } from 'astro/zod';
import { makeGlossaryTermSchema } from '../../src/schemas/glossary';
import { checkGlossary, definitionPreview, initialOf, linkingArticles, sortVietnamese, termIdsInBody, type ArticleText, type TermInfo } from '../../src/lib/glossary';

const schema = makeGlossaryTermSchema(z.string(), z.string());
const seedsDir = resolve(process.env.SOURCES_DIR?.split(':')[0] ?? '../shared/seeds');

const termFiles = readdirSync('content/glossary').filter((f) => f.endsWith('.yaml'));
const terms = termFiles.map((file) => ({ id: file.replace(/\.yaml$/, ''), file: `content/glossary/${file}`, data: schema.parse(parse(readFileSync(join('content/glossary', file), 'utf8'))) }));
const articles: ArticleText[] = articleFrontmatter().map(({ slug, body }) => ({ id: slug, file: `content/articles/${slug}.mdx`, body }));
const termInfos: TermInfo[] = terms.map((t) => ({ id: t.id, file: t.file, related: t.data.related, articles: t.data.articles }));

describe('glossary content', () => {
  it('holds at least 30 terms, each a valid file', () => {
    expect(terms.length).toBeGreaterThanOrEqual(30);
  });

  it('defines the four institutions the explainers name without explaining (Ban Bí thư, HĐND, Tổng Bí thư, Ban Tổ chức Trung ương)', () => {
    const byId = new Map(terms.map((t) => [t.id, t.data]));
    expect(byId.get('ban-bi-thu')?.aliases).toContain('Bí thư Trung ương Đảng');
    expect(byId.get('hoi-dong-nhan-dan')?.term).toBe('Hội đồng nhân dân (HĐND)');
    expect(byId.get('tong-bi-thu')?.term).toBe('Tổng Bí thư');
    expect(byId.get('ban-to-chuc-trung-uong')?.term).toBe('Ban Tổ chức Trung ương');
  });

  it('describes local government as it is today: two levels from 01/07/2025, districts as the past', () => {
    // The terms a 2026 reader would otherwise read as current (fact-check of December 2026, G).
    for (const id of ['ubnd', 'chinh-quyen-do-thi', 'quan-uy', 'dang-bo', 'cap-uy', 'uy-ban-kiem-tra', 'hoi-dong-nhan-dan']) {
      const definition = terms.find((t) => t.id === id)?.data.definition ?? '';
      expect(definition, id).toContain('01/07/2025');
    }
  });

  it('has no problem between articles and terms (links exist, linked once, every term used)', () => {
    expect(checkGlossary(articles, termInfos)).toEqual([]);
  });

  it('links at least 5 terms at first use in every explainer', () => {
    for (const a of articles) {
      const ids = termIdsInBody(a.body);
      expect(new Set(ids).size, a.file).toBeGreaterThanOrEqual(5);
      expect(ids.length, `${a.file} links a term twice`).toBe(new Set(ids).size);
    }
  });

  it('puts no number in a definition that is not in a source article', () => {
    expect(existsSync(seedsDir), `source articles not found at ${seedsDir} (set SOURCES_DIR)`).toBe(true);
    const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8').normalize('NFC')).join('\n');
    // Compare digits only: the site writes 2021–2030 where an article writes 2021-2030.
    const seedNumbers = new Set(seeds.match(/\d+(?:[.,]\d+)*/g));
    for (const t of terms) {
      const numbers = t.data.definition.normalize('NFC').match(/\d+(?:[.,]\d+)*/g) ?? [];
      const unknown = numbers.filter((n) => !seedNumbers.has(n) && !/^0\d$/.test(n));
      expect(unknown, `${t.file}: numbers not in any source article`).toEqual([]);
    }
  });
});

describe('glossary checks (src/lib/glossary)', () => {
  const term = (id: string, extra: Partial<TermInfo> = {}): TermInfo => ({ id, file: `content/glossary/${id}.yaml`, related: [], articles: [], ...extra });

  it('names the article file and the unknown term id, in Vietnamese', () => {
    const problems = checkGlossary([{ id: 'bai', file: 'content/articles/bai.mdx', body: 'Ở <Term id="bo-chinh-tri">Bộ Chính trị</Term> và <Term id="khong-co">x</Term>.' }], [term('bo-chinh-tri')]);
    expect(problems).toEqual(['content/articles/bai.mdx: <Term id="khong-co">: không có thuật ngữ "khong-co" (cần tệp content/glossary/khong-co.yaml)']);
  });

  it('reports a term that no article uses, unless the term lists an article', () => {
    const body = '<Term id="a">A</Term>';
    expect(checkGlossary([{ id: 'bai', file: 'f.mdx', body }], [term('a'), term('b')])).toEqual([
      expect.stringContaining('content/glossary/b.yaml: thuật ngữ "b" chưa được bài nào dùng'),
    ]);
    expect(checkGlossary([{ id: 'bai', file: 'f.mdx', body }], [term('a'), term('b', { articles: ['bai'] })])).toEqual([]);
  });

  it('reports a term linked twice in one article and unknown related terms', () => {
    const problems = checkGlossary([{ id: 'bai', file: 'f.mdx', body: '<Term id="a">A</Term> rồi <Term id="a">A</Term>' }], [term('a', { related: ['z'] })]);
    expect(problems).toEqual([
      'f.mdx: thuật ngữ "a" được liên kết nhiều lần; chỉ liên kết ở lần dùng đầu tiên trong bài',
      'content/glossary/a.yaml: trường "related": không có thuật ngữ "z"',
    ]);
  });

  it('finds which articles link a term', () => {
    const uses = linkingArticles([
      { id: 'b', file: 'b.mdx', body: '<Term id="x">x</Term>' },
      { id: 'a', file: 'a.mdx', body: "<Term id='x'>x</Term> <Term id=\"y\">y</Term>" },
    ]);
    expect(uses.get('x')).toEqual(['a', 'b']);
    expect(uses.get('y')).toEqual(['a']);
  });

  it('orders terms the Vietnamese way: D before Đ, A before Ă before Â', () => {
    const sorted = sortVietnamese(['Đảng bộ', 'Dự toán pháp lệnh', 'Ân', 'Ăn', 'An', 'Bộ Chính trị', 'Ủy quyền', 'UBND'], (s) => s);
    expect(sorted).toEqual(['An', 'Ăn', 'Ân', 'Bộ Chính trị', 'Dự toán pháp lệnh', 'Đảng bộ', 'UBND', 'Ủy quyền']);
    expect(initialOf('Đảng bộ')).toBe('Đ');
    expect(initialOf('Ủy ban Kiểm tra')).toBe('U');
  });
});

describe('popover preview', () => {
  it('keeps whole sentences, at least the first, within about 220 characters', () => {
    const def = 'Câu một ngắn. Câu hai cũng ngắn. ' + 'Câu ba rất dài '.repeat(20) + '.';
    expect(definitionPreview(def)).toBe('Câu một ngắn. Câu hai cũng ngắn.');
    expect(definitionPreview('Chỉ một câu thôi.')).toBe('Chỉ một câu thôi.');
    const long = 'Một câu duy nhất nhưng rất dài '.repeat(12) + '.';
    expect(definitionPreview(long)).toBe(long.trim());
  });

  it('never cuts a number such as 24.106 or 5,08% in half', () => {
    const def = 'Kiểm tra 24.106 lượt tổ chức đảng. GRDP tăng 5,08% so với cùng kỳ.';
    expect(definitionPreview(def, 40)).toBe('Kiểm tra 24.106 lượt tổ chức đảng.');
  });
});

describe('glossary schema', () => {
  it('rejects a term without a definition, in Vietnamese', () => {
    const result = schema.safeParse({ term: 'Bộ Chính trị', updated: '2026-11-22' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('cần trường \\"definition\\"');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    const result = schema.safeParse({ term: 'Bộ Chính trị', definition: 'x'.repeat(50), updated: '22/11/2026' });
    expect(result.success).toBe(false);
  });
});
