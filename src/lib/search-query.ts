/**
 * Vietnamese query folding for search. Pagefind (≥ 1.5) folds tones and vowel marks, so
 * "nong thon moi" finds "nông thôn mới", but it treats đ as a letter of its own: "dang bo"
 * never reaches "Đảng bộ". Rather than changing the index (which would lose the accented
 * text that results must show), the site expands the query: every word that starts with a
 * plain d may have been meant as đ, so we search the few spellings that can exist and merge.
 *
 * Pure functions, no DOM and no Pagefind: the browser code and the unit tests share them.
 */

/** At most this many spellings are searched for one query (2³: three ambiguous words). */
export const MAX_VARIANTS = 8;

/** Lower case, NFC, one space between words, no leading or trailing space. */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/**
 * Removes tones and vowel marks (ấ → a, ư → u) but keeps đ, which is what Pagefind's own
 * folding does: a query folded this way ranks exactly as Pagefind ranks an accent-free one.
 */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** Full folding for comparing words on the page with query words: marks removed, đ → d. */
export function foldVietnamese(text: string): string {
  return stripMarks(text.toLocaleLowerCase('vi')).replace(/đ/g, 'd');
}

/**
 * The spellings to search for a query, the plain one first. The query is folded completely
 * (marks stripped, đ → d), so "Đinh Tiến Dũng", "đinh tien dung" and "DINH TIEN DUNG" search
 * exactly the same spellings and get the same pages in the same order. Each word that starts
 * with "d" then gets a variant with "đ" (in Vietnamese đ only ever begins a syllable); with
 * more than three such words, the spellings that change fewer words come first and the list
 * stops at `max`.
 */
export function queryVariants(raw: string, max = MAX_VARIANTS): string[] {
  const base = foldVietnamese(normalizeQuery(raw));
  if (!base) return [];
  const words = base.split(' ');
  const ambiguous = words.flatMap((w, i) => (w.startsWith('d') ? [i] : []));
  // Beyond 2^8 combinations nothing new would make the cut; keep the enumeration small.
  const considered = ambiguous.slice(0, 8);
  const masks = Array.from({ length: 2 ** considered.length }, (_, m) => m).sort((a, b) => bitCount(a) - bitCount(b) || a - b);
  const variants: string[] = [];
  for (const mask of masks) {
    if (variants.length >= max) break;
    const spelled = words.map((w, i) => {
      const bit = considered.indexOf(i);
      return bit >= 0 && mask & (1 << bit) ? `đ${w.slice(1)}` : w;
    });
    variants.push(spelled.join(' '));
  }
  return variants;
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}

export interface ScoredHit {
  id: string;
  score: number;
}

/**
 * Merges the hits of several spellings: each page keeps its best score, ties keep the order
 * in which pages first appeared (the query as typed comes first).
 */
export function mergeHits<T extends ScoredHit>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, { hit: T; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const hit of list) {
      const seen = best.get(hit.id);
      if (!seen) best.set(hit.id, { hit, order: order++ });
      else if (hit.score > seen.hit.score) best.set(hit.id, { hit, order: seen.order });
    }
  }
  return [...best.values()].sort((a, b) => b.hit.score - a.hit.score || a.order - b.order).map((e) => e.hit);
}

/** Query words, folded, for highlighting: "Đảng  bộ" → ["dang", "bo"]. */
export function highlightTerms(raw: string): string[] {
  return [...new Set(foldVietnamese(normalizeQuery(raw)).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))];
}

export interface MatchOptions {
  /** The last term may be the start of a longer word (3 letters at least): the reader is typing it. */
  prefixLast?: boolean;
  /** "phrase": only whole-phrase matches; "words": each word; "auto": the phrase if the text has it, else words. */
  mode?: 'auto' | 'phrase' | 'words';
}

/** The shortest prefix highlighted or searched as a prefix: "chu" yes, "ch" no. */
export const MIN_PREFIX = 3;

/**
 * Where the terms occur in a text, as [start, end) ranges over the text's UTF-16 indices.
 * A word matches a term when both fold to the same letters (whole words only: "dai" marks
 * "đai" and "Đại", never part of "Đài Loan"). A query of several words is a phrase: where
 * the words stand side by side, in order, the whole phrase is one range ("Vành đai 4"), and
 * in "auto" mode a text holding the phrase marks nothing else, so "dai" does not light up
 * every "Đại hội" around it. Folding keeps one character per character for NFC Vietnamese,
 * so indices line up.
 */
export function matchRanges(text: string, terms: readonly string[], options: MatchOptions = {}): Array<[number, number]> {
  const { prefixLast = true, mode = 'auto' } = options;
  if (terms.length === 0) return [];
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, folded: foldChars(m[0]) }));
  const last = terms.length - 1;
  const fits = (folded: string, i: number) => folded === terms[i] || (prefixLast && i === last && terms[i]!.length >= MIN_PREFIX && folded.startsWith(terms[i]!));
  if (terms.length > 1 && mode !== 'words') {
    const phrases: Array<[number, number]> = [];
    for (let at = 0; at + terms.length <= words.length; at++) {
      if (terms.every((_, i) => fits(words[at + i]!.folded, i))) {
        phrases.push([words[at]!.start, words[at + last]!.end]);
        at += last;
      }
    }
    if (phrases.length > 0 || mode === 'phrase') return phrases;
  }
  const ranges: Array<[number, number]> = [];
  for (const w of words) if (terms.some((_, i) => fits(w.folded, i))) ranges.push([w.start, w.end]);
  return ranges;
}
/** Folds character by character so the result has exactly the input's length. */
function foldChars(word: string): string {
  let out = '';
  for (const ch of word) {
    const folded = foldVietnamese(ch);
    out += folded.length === ch.length ? folded : ch.toLowerCase();
  }
  return out;
}
