/**
 * What the search index reads of a built page, and the small files written beside it.
 * Pure functions used by src/integrations/search-index.ts at build time (unit-tested):
 *
 *  - INTERFACE_SELECTORS: parts of a page that are interface, not text (buttons such as the
 *    glossary "?" chip, download links, table captions that repeat the chart's title), left out
 *    of the index so they never reach a snippet, whoever wrote the component;
 *  - indexableHtml(): the copy of a page the index reads. Pagefind ends a table data cell
 *    (td) with a full stop but not a header cell (th), and not a cell whose text is followed
 *    by whitespace, so a row's label ran into its value ("… (năm cuối ước đoán) 24.106 lượt")
 *    and its evidence into the next row; the copy wraps header cells in a block and trims
 *    cells, so every cell reads as its own sentence. The page served to readers is unchanged;
 *  - siteSpellings(): every spelling of the syllables of the indexed text (dam → dám, đảm …;
 *    nguoi → người): the vocabulary from which search restores the accents of a query typed
 *    without them (src/lib/search-accents.ts), shows the query as read, and asks the index
 *    for whole words only;
 *  - termAbbreviations(): a glossary term's own abbreviations, from its name ("Ủy ban nhân dân
 *    (UBND)") and its aliases written in capitals ("UBKT", "CT/TU").
 */
import { foldVietnamese } from './search-query';

/** CSS selectors Pagefind leaves out of every page (Pagefind's excludeSelectors). */
export const INTERFACE_SELECTORS = [
  // Buttons are interface by definition: the glossary chip's "?", "Đóng", copy and share buttons.
  'button',
  // A table's caption repeats the chart's title, already the page's title; a fold's
  // summary is a control's label ("Bảng số liệu", "Mục lục").
  'table caption',
  'summary',
  // Download and self links under a chart ("Tải dữ liệu (CSV)", "Liên kết tới biểu đồ này").
  '.chart__downloads',
  'a[download]',
  // Any part a component marks as interface for search.
  '[data-search-interface]',
];

/** The copy of a built page that the index reads: header cells become sentences of their own. */
export function indexableHtml(html: string): string {
  return (
    html
      // Pagefind ends a cell with a full stop only if its text ends with a letter or a bracket:
      // whitespace before the closing tag (every multi-line cell) hid it.
      .replace(/\s+<\/(td|th)>/g, '</$1>')
      .replace(/<th(?=[\s>])([^>]*)>\s*/g, '<th$1><div>')
      .replace(/<\/th>/g, '</div></th>')
  );
}

/** A syllable as the spelling model counts it: letters only, lower case, NFC. */
const SYLLABLE = /\p{L}+/gu;
const HAS_MARKS = /[^\p{ASCII}]/u;

/**
 * Every spelling of the syllables in `texts` (the site's vocabulary), grouped by folded form
 * (no marks, đ → d), most frequent first, as one space-separated string. The browser folds
 * each back to its key, so the keys cost nothing to ship. Search uses it to restore accents,
 * to show the query as read, and to ask the index for whole words only (Pagefind matches any
 * word that starts with the one searched: "nghĩ" also finds "nghĩa").
 */
export function siteSpellings(texts: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.normalize('NFC').toLocaleLowerCase('vi').matchAll(SYLLABLE)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const groups = new Map<string, Array<[string, number]>>();
  for (const [word, count] of counts) {
    const key = foldVietnamese(word);
    const group = groups.get(key) ?? [];
    group.push([word, count]);
    groups.set(key, group);
  }
  const out: string[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    group.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out.push(...group.map(([w]) => w));
  }
  return out.join(' ');
}

/**
 * The spellings on the site that start with `form` and are longer ("nghĩ" → "nghĩa"): Pagefind
 * answers a word with these too, and their positions are taken out.
 */
export function longerSpellings(form: string, all: Iterable<string>): string[] {
  const out: string[] = [];
  for (const other of all) if (other !== form && other.startsWith(form)) out.push(other);
  return out;
}

/** Spellings by folded key, most frequent first: the inverse of siteSpellings. */
export function readSpellings(list: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of list.split(' ')) {
    if (!word) continue;
    const key = foldVietnamese(word);
    const group = map.get(key) ?? [];
    group.push(word);
    map.set(key, group);
  }
  return map;
}

/** True for a name written as an abbreviation: capitals (and digits, "/", "-", a space) only, no marks but Đ. */
export function isAbbreviation(text: string): boolean {
  const t = text.trim();
  if (!/^[\p{Lu}\d][\p{L}\d]*(?:[\s/-][\p{L}\d]+)*$/u.test(t)) return false;
  if (HAS_MARKS.test(t.replace(/Đ/g, 'D'))) return false;
  return (t.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/**
 * A term's own abbreviations: the one in brackets after its name ("Ủy ban nhân dân (UBND)"),
 * aliases that are abbreviations ("UBKT"), and aliases that hold one ("UBKT Thành ủy").
 */
export function termAbbreviations(term: string, aliases: readonly string[]): string[] {
  const own = [...term.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!.trim()).filter(isAbbreviation);
  const short = aliases.filter(isAbbreviation);
  const all = [...own, ...short];
  const holding = aliases.filter((a) => !all.includes(a) && a.split(/\s+/).some((w) => all.includes(w)));
  return [...new Set([...all, ...holding])];
}
