/**
 * Vietnamese query folding for search. Pagefind (≥ 1.5) folds tones and vowel marks, so
 * "nong thon moi" finds "nông thôn mới", but it treats đ as a letter of its own: "dang bo"
 * never reaches "Đảng bộ". Rather than changing the index (which would lose the accented
 * text that results must show), the site expands the query: every word that starts with a
 * plain d may have been meant as đ, so the engine (src/client/search/engine.ts) searches both
 * spellings of such a word.
 *
 * Pure functions, no DOM and no Pagefind: the browser code and the unit tests share them.
 */

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
  if (terms.length > 1 && mode !== 'words') {
    const phrases = phraseStarts(words.map((w) => w.folded), terms, prefixLast).map((at): [number, number] => [words[at]!.start, words[at + last]!.end]);
    if (phrases.length > 0 || mode === 'phrase') return phrases;
  }
  const ranges: Array<[number, number]> = [];
  for (const w of words) if (terms.some((_, i) => wordFits(w.folded, terms, i, prefixLast))) ranges.push([w.start, w.end]);
  return ranges;
}

/**
 * The one rule for a query word against a word of text (both folded): equal, or, for the last
 * query word while the reader may still be typing it, the start of the word from MIN_PREFIX letters.
 */
export function wordFits(word: string, terms: readonly string[], i: number, lastIsPrefix: boolean): boolean {
  const term = terms[i]!;
  return word === term || (lastIsPrefix && i === terms.length - 1 && term.length >= MIN_PREFIX && word.startsWith(term));
}

/**
 * Where `words` (folded) hold `terms` side by side and in order: the index of each phrase's
 * first word, phrases not overlapping. Ranking (titles) and highlighting share it.
 */
export function phraseStarts(words: readonly string[], terms: readonly string[], lastIsPrefix: boolean): number[] {
  const starts: number[] = [];
  if (terms.length === 0) return starts;
  for (let at = 0; at + terms.length <= words.length; at++) {
    if (terms.every((_, i) => wordFits(words[at + i]!, terms, i, lastIsPrefix))) {
      starts.push(at);
      at += terms.length - 1;
    }
  }
  return starts;
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

/**
 * Where a text holds the query's reading (accented words, lower case), as character ranges:
 * the whole reading as one phrase where it stands; else each word in exactly that spelling.
 * For titles, where the index's positions are not at hand: "mới" is marked for "nông thôn
 * mới", never "mỗi" beside it.
 */
export function readingRanges(text: string, reading: readonly string[], phraseOnly = false): Array<[number, number]> {
  if (reading.length === 0) return [];
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, lower: m[0].toLocaleLowerCase('vi').normalize('NFC') }));
  const wanted = reading.map((w) => w.toLocaleLowerCase('vi').normalize('NFC'));
  const phrases = phraseStarts(words.map((w) => w.lower), wanted, false).map((at): [number, number] => [words[at]!.start, words[at + wanted.length - 1]!.end]);
  if (phrases.length > 0 || phraseOnly) return phrases;
  return words.filter((w) => wanted.includes(w.lower)).map((w): [number, number] => [w.start, w.end]);
}
