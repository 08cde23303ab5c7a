/**
 * "Cite this page": one description of the page (CiteWork) turned into APA 7, a Vietnamese
 * university style, BibTeX, RIS and CSL-JSON. Citation.js (with its bundled APA template
 * and en-US locale, no network) writes APA, BibTeX and RIS from CSL-JSON, so the formats
 * agree; the Vietnamese style is not a CSL style that Citation.js ships, so it is written
 * here, following the pattern common in Vietnamese theses:
 *   Tác giả/Tên cơ quan (năm), Tên bài, Tên trang, ngày cập nhật, ngày truy cập, <URL>.
 * Each citation names the page's own date and, for explainers and chart pages, the
 * original article(s) the page explains (also given as entries of their own).
 */
import { cachedText, versionOf } from './build-cache';
import { dateParts, vietnameseDate, type DateParts } from './date-format';

type CiteClass = typeof import('@citation-js/core').Cite;
let citationJs: Promise<CiteClass> | undefined;

/**
 * Citation.js with its BibTeX, RIS and CSL plugins, loaded only when the build cache lacks an
 * entry (a rebuild of unchanged pages does not load it at all).
 */
function loadCitationJs(): Promise<CiteClass> {
  citationJs ??= (async () => {
    const { Cite, plugins } = await import('@citation-js/core');
    await Promise.all([import('@citation-js/plugin-bibtex'), import('@citation-js/plugin-ris'), import('@citation-js/plugin-csl')]);
    // Keep Vietnamese letters as they are: the LaTeX escapes lose the hook above ("của" → "cua").
    (plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format.asciiOnly = false;
    return Cite;
  })();
  return citationJs;
}

export type { DateParts };

export interface OriginalArticle {
  /** The headline when it is known; otherwise the citation describes the article. */
  title?: string | undefined;
  outlet?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  date: DateParts;
  /** True when part of the date is inferred: printed with "(ước đoán)". */
  inferred: boolean;
}

export interface CiteWork {
  /** Stable key, used for BibTeX keys and CSL ids. */
  key: string;
  title: string;
  /** What kind of page: "Bài giải thích", "Số liệu", "Thuật ngữ". */
  genre: string;
  /** Absolute address of the page. */
  url: string;
  /** The page's own date (last revision), ISO YYYY-MM-DD; without it the citation says "n.d.". */
  updated?: string | undefined;
  siteName: string;
  originals: OriginalArticle[];
}

export interface CitationFormats {
  /** APA 7 as HTML (italics), one entry per line: the page, then its original articles. */
  apaHtml: string;
  /** The Vietnamese style as HTML. */
  vietnameseHtml: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

type CslDate = { 'date-parts': number[][] };
type CslItem = Record<string, unknown> & { id: string; type: string };

function cslDate(d: DateParts): CslDate {
  return { 'date-parts': [[d.year, ...(d.month ? [d.month] : []), ...(d.month && d.day ? [d.day] : [])]] };
}

function originalLabel(o: OriginalArticle): string {
  // APA puts a description in square brackets when a work has no title.
  return o.title ?? `[Bài báo gốc${o.outlet ? ` trên ${o.outlet}` : ''}, không rõ tiêu đề]`;
}

/** APA italicises the title of a stand-alone page (the explainer), not of a newspaper article. */
function italicTitle(entry: string, title: string, italic: boolean): string {
  return italic && entry.includes(title) ? entry.replace(title, `<i>${title}</i>`) : entry;
}

function originalNote(o: OriginalArticle): string {
  const who = [o.author, o.outlet].filter(Boolean).join(', ');
  const when = `${vietnameseDate(o.date)}${o.inferred ? ' (ước đoán)' : ''}`;
  return `${o.title ? `“${o.title}”` : 'bài báo không rõ tiêu đề'}${who ? `, ${who}` : ''}, ${when}${o.url ? `, ${o.url}` : ''}`;
}

/** The page and its originals as CSL-JSON items (the page first). */
export function cslItems(work: CiteWork): CslItem[] {
  const note = work.originals.length
    ? `${work.genre}. Giải thích ${work.originals.length > 1 ? 'các bài' : 'bài'}: ${work.originals.map(originalNote).join('; ')}`
    : work.genre;
  const page: CslItem = {
    id: work.key,
    type: 'webpage',
    title: work.title,
    author: [{ literal: work.siteName }],
    'container-title': work.siteName,
    ...(work.updated ? { issued: cslDate(dateParts(work.updated)) } : {}),
    URL: work.url,
    language: 'vi',
    genre: work.genre,
    note,
  };
  const originals = work.originals.map((o, i): CslItem => ({
    id: `${work.key}-goc${work.originals.length > 1 ? `-${i + 1}` : ''}`,
    type: 'article-newspaper',
    title: originalLabel(o),
    ...(o.author ? { author: [{ literal: o.author }] } : {}),
    ...(o.outlet ? { 'container-title': o.outlet } : {}),
    issued: cslDate(o.date),
    ...(o.url ? { URL: o.url } : {}),
    language: 'vi',
    ...(o.inferred ? { note: 'Ngày đăng do trang giải thích suy ra (ước đoán).' } : {}),
  }));
  return [page, ...originals];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** BibTeX keys that say what they are: the page's key, letters and digits only. */
function bibKey(id: string): string {
  return id.replace(/[^A-Za-z0-9]+/g, '');
}

export function vietnameseCitationHtml(work: CiteWork): string {
  const updated = work.updated ? `cập nhật ngày ${vietnameseDate(dateParts(work.updated))}` : 'không ghi ngày cập nhật';
  const year = work.updated ? dateParts(work.updated).year : 'không rõ năm';
  const page = `${escapeHtml(work.siteName)} (${year}), <i>${escapeHtml(work.title)}</i>, ${escapeHtml(work.genre.toLowerCase())} trên trang ${escapeHtml(work.siteName)}, ${updated}, truy cập ngày <span data-access-date>[ngày bạn truy cập]</span>, &lt;${escapeHtml(work.url)}&gt;.`;
  const originals = work.originals.map((o) => {
    const who = o.author ?? o.outlet ?? 'Không rõ tác giả';
    const when = `${o.date.year}${o.inferred ? ', ước đoán' : ''}`;
    const title = o.title ? `“${escapeHtml(o.title)}”` : 'bài tường thuật (không rõ tiêu đề)';
    const outlet = o.outlet ? `, báo ${escapeHtml(o.outlet)}` : '';
    const date = o.date.month ? `, ngày đăng ${vietnameseDate(o.date)}${o.inferred ? ' (ước đoán)' : ''}` : '';
    const url = o.url ? `, &lt;${escapeHtml(o.url)}&gt;` : '';
    return `Bài gốc: ${escapeHtml(who)} (${when}), ${title}${outlet}${date}${url}.`;
  });
  return [page, ...originals].join('\n');
}

const APA = { template: 'apa', lang: 'en-US', format: 'text' } as const;
/** Citation.js and the CSL processor it drives: their versions are part of each cached entry. */
const CITATION_RENDERERS = ['@citation-js/core', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', '@citation-js/plugin-csl', 'citeproc'].map(versionOf);

/** What Citation.js writes for a page's items, before this module tidies it. */
interface LibraryOutput {
  /** One APA entry per item, in order. */
  apa: string[];
  bibtex: string;
  ris: string;
}

/**
 * Citation.js's output for the items. The CSL processor takes about 1.5 s to start and 10 ms
 * an entry, the largest single cost of a build, so the output is kept in the build cache
 * (src/lib/build-cache.ts), keyed by the items and the libraries' versions.
 */
async function formatWithCitationJs(items: CslItem[]): Promise<LibraryOutput> {
  const json = await cachedText('citation-js', { items, apa: APA }, CITATION_RENDERERS, async () => {
    const Cite = await loadCitationJs();
    const cite = new Cite(items);
    const out: LibraryOutput = {
      // One entry at a time, so the page comes first and its originals follow, labelled.
      apa: items.map((item) => new Cite([item]).format('bibliography', APA).toString().trim()),
      bibtex: cite.format('bibtex', { format: 'text' }).toString(),
      ris: cite.format('ris', { format: 'text' }).toString(),
    };
    return JSON.stringify(out);
  });
  return JSON.parse(json) as LibraryOutput;
}

export async function citationFormats(work: CiteWork): Promise<CitationFormats> {
  const items = cslItems(work);
  const library = await formatWithCitationJs(items);
  const apaHtml = items
    .map((item, i) => `<p>${i > 0 ? 'Bài gốc: ' : ''}${italicTitle(escapeHtml(library.apa[i]!), escapeHtml(String(item.title)), i === 0)}</p>`)
    .join('\n');
  const bibtex = library.bibtex
    // Citation.js builds keys from author and title; the page's own id is steadier.
    .replace(/@(\w+)\{[^,]*,/g, (() => {
      let i = 0;
      return (_m: string, type: string) => `@${type}{${bibKey(items[i++]!.id)},`;
    })())
    .replace(/[ \t]+$/gm, '')
    .trim();
  // Citation.js folds RIS lines at 70 characters; importers read each line as a tag, so the
  // folded pieces are joined back (a field stays well under RIS's 255-character limit).
  const ris = library.ris
    .trim()
    .replace(/\r?\n(?![A-Z][A-Z0-9]  -)/g, '')
    // "ER  - " ends with a space that HTML validators flag; RIS readers accept it without.
    .replace(/[ \t]+$/gm, '');
  return {
    apaHtml,
    vietnameseHtml: vietnameseCitationHtml(work),
    bibtex,
    ris,
    cslJson: JSON.stringify(items, null, 2),
  };
}
