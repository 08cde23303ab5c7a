/**
 * "Cite this page": the formats a student pastes into a reference manager must parse, name the
 * page's own date and the original article. BibTeX and RIS are read back with Citation.js's
 * parsers (@citation-js/plugin-bibtex, plugin-ris); CSL-JSON with JSON.parse and Citation.js.
 */
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { citationFormats } from '../../src/lib/citation';
import { datePartsAtPrecision, vietnameseDate } from '../../src/lib/date-format';
import { articleWork, datasetWork, explainerDate, termWork, type ArticleLike } from '../../src/lib/cite-works';
import { articleFrontmatter } from '../support/site';

const SITE = 'https://example.org';

const articles: ArticleLike[] = articleFrontmatter().map(({ slug, data }) => ({
  id: slug,
  title: data.title,
  updated: data.updated,
  corrections: data.corrections ?? [],
  source: data.source,
}));

/** The page's own date as each style must print it, from the article's own fields (never a fixed year). */
function pageDate(a: ArticleLike) {
  const iso = explainerDate(a) ?? '0000-00-00';
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const english = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  return { parts: [year, month, day], apa: `(${year}, ${english} ${day})`, vietnamese: `cập nhật ngày ${vietnameseDate({ year, month, day })}` };
}

type CslOut = { type: string; title: string; URL?: string; issued?: { 'date-parts': number[][] }; note?: string; 'container-title'?: string };
const read = (text: string) => new Cite(text).data as CslOut[];

describe('citations of every explainer', () => {
  it('every explainer has a date of its own to cite', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) expect(explainerDate(a), a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  for (const a of articles) {
    const date = pageDate(a);
    const url = `${SITE}/bai-viet/${a.id}/`;
    const formats = citationFormats(articleWork(a, url));

    it(`${a.id}: BibTeX parses back to the page and its original article`, async () => {
      const f = await formats;
      const entries = read(f.bibtex);
      expect(entries).toHaveLength(2);
      expect(entries[0]!.title).toBe(a.title);
      expect(entries[0]!.URL).toBe(url);
      expect(entries[0]!.issued?.['date-parts'][0]![0]).toBe(date.parts[0]);
      if (a.source.url) expect(entries[1]!.URL).toBe(a.source.url);
      expect(f.bibtex).toMatch(/^@misc\{[a-z0-9]+,/);
    });

    it(`${a.id}: CSL-JSON parses, names the page date and the original`, async () => {
      const f = await formats;
      const items = JSON.parse(f.cslJson) as CslOut[];
      expect(read(JSON.stringify(items)).map((i) => i.title)).toEqual(items.map((i) => i.title));
      expect(items[0]).toMatchObject({ type: 'webpage', title: a.title, URL: url, issued: { 'date-parts': [date.parts] } });
      expect(items[1]!.type).toBe('article-newspaper');
      expect(items[0]!.note).toContain(vietnameseDate(datePartsAtPrecision(a.source.published)));
      if (a.source.outlet) expect(items[1]!['container-title']).toBe(a.source.outlet);
    });

    it(`${a.id}: RIS parses; APA and the Vietnamese style name the page date and the original`, async () => {
      const f = await formats;
      expect(read(f.ris).map((e) => e.title)).toContain(a.title);
      expect(f.apaHtml).toContain(date.apa);
      expect(f.apaHtml).toContain('Bài gốc: ');
      expect(f.vietnameseHtml).toContain(date.vietnamese);
      expect(f.vietnameseHtml).toContain('Bài gốc: ');
      if (a.source.url) expect(f.vietnameseHtml).toContain(a.source.url);
    });
  }
});

describe('citations of chart and term pages', { timeout: 30_000 }, () => {
  it('a chart page cites the explainers its figures come from', async () => {
    const f = await citationFormats(datasetWork('thu-ngan-sach-quan-2024', 'Thu ngân sách', [articles[0]!], `${SITE}/so-lieu/thu-ngan-sach-quan-2024/`));
    expect(read(f.bibtex)).toHaveLength(2);
    expect(JSON.parse(f.cslJson)[0].genre).toBe('Số liệu');
  });

  it('a term page is one entry with its own date, and Vietnamese letters survive BibTeX', async () => {
    const f = await citationFormats(termWork('phan-cap', 'Phân cấp, ủy quyền của Thủ đô', '2026-11-22', `${SITE}/thuat-ngu/phan-cap/`));
    const [entry] = read(f.bibtex);
    expect(entry!.title).toBe('Thuật ngữ: Phân cấp, ủy quyền của Thủ đô');
    expect(read(f.bibtex)).toHaveLength(1);
    expect(f.apaHtml).not.toContain('Bài gốc');
  });

  it('an explainer without a date is still citable, and says so instead of inventing one', async () => {
    const f = await citationFormats(articleWork({ id: 'bai', title: 'Bài mẫu', corrections: [], source: { published: { date: '2024', precision: 'year', inferred: false } } }, `${SITE}/bai-viet/bai/`));
    expect(f.vietnameseHtml).toContain('không ghi ngày cập nhật');
    expect(f.apaHtml).toContain('(n.d.)');
    expect(read(f.bibtex)[0]!.issued).toBeUndefined();
  });
});
