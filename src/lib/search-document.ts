/**
 * What the search index reads of a built page, and the small files written beside it.
 * Pure functions used by src/integrations/search-index.ts at build time (unit-tested):
 *
 *  - INTERFACE_SELECTORS: parts of a page that are interface, not text (buttons such as the
 *    glossary "?" chip, download links, table captions that repeat the chart's title), left out
 *    of the index so they never reach a snippet, whoever wrote the component;
 *  - indexableHtml(): the copy of a page the index reads. Pagefind ends a table data cell
 *    (td) with a full stop but not a header cell (th), so a row's label ran into its value
 *    ("… (năm cuối ước đoán) 24.106 lượt"); the copy wraps header cells in a block so every
 *    cell reads as its own sentence. The page served to readers is not changed;
 *  - siteSpellings(): the accented spellings of every syllable of the indexed text whose
 *    accent-free form has more than one (dam → dám, đảm, đám …): the vocabulary from which
 *    search restores the accents of a query typed without them (src/lib/search-accents.ts);
 *  - termAbbreviations(): a glossary term's own abbreviations, from its name ("Ủy ban nhân dân
 *    (UBND)") and its aliases written in capitals ("UBKT", "CT/TU").
 */
import { foldVietnamese } from './search-query';

/** CSS selectors Pagefind leaves out of every page (Pagefind's excludeSelectors). */
export const INTERFACE_SELECTORS = [
  // Buttons are interface by definition: the glossary chip's "?", "Đóng", copy and share buttons.
  'button',
  // A table's caption repeats the chart's title, already the page's title.
  'table caption',
  // Download and self links under a chart ("Tải dữ liệu (CSV)", "Liên kết tới biểu đồ này").
  '.chart__downloads',
  'a[download]',
  // Any part a component marks as interface for search.
  '[data-search-interface]',
];

/** The copy of a built page that the index reads: header cells become sentences of their own. */
export function indexableHtml(html: string): string {
  return html.replace(/<th(?=[\s>])([^>]*)>/g, '<th$1><div>').replace(/<\/th>/g, '</div></th>');
}

/** A syllable as the spelling model counts it: letters only, lower case, NFC. */
const SYLLABLE = /\p{L}+/gu;
const HAS_MARKS = /[^\p{ASCII}]/u;

/**
 * The accented spellings of the syllables in `texts` whose folded form (no marks, đ → d) has
 * more than one spelling on the site, most frequent first, as one space-separated string.
 * The browser folds each back to its key, so the keys cost nothing to ship. Syllables with
 * one spelling need no restoring and are left out.
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
    // One spelling, and it is the plain one or the only accented one: nothing to choose.
    if (group.length < 2) continue;
    group.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    out.push(...group.map(([w]) => w));
  }
  return out.join(' ');
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
