/**
 * Phrase-aware ranking of search results for Vietnamese, where most words have two or more
 * syllables and Pagefind indexes each syllable on its own. Pagefind finds the candidate
 * pages and scores them syllable by syllable; this module orders them as a reader expects:
 *
 *  1. pages holding every query word before pages lacking one;
 *  2. a page whose title is the query itself (a topic page named "Nông thôn mới" gathers
 *     everything on it), then pages whose title holds the phrase, explainers before data
 *     pages before lists;
 *  3. pages where the words stand next to each other, in order (the phrase), before pages
 *     where they lie scattered; lists (timeline, topics, About) and definitions after other
 *     pages; then the page with more occurrences of the phrase;
 *  4. then Pagefind's own score.
 *
 * Glossary term pages (SUPPORTING_RANK) take no part in the title tiers and rank with the
 * lists: a term's title is the query whenever a reader types a term, and the explainer that
 * uses it is what the reader came for.
 *
 * Adjacency comes from the word positions Pagefind returns with every result (no page text
 * needs to be downloaded); titles come from the small page list written at build time.
 * Pure functions: shared by the browser and the unit tests.
 */
import { foldVietnamese, phraseStarts } from './search-query';
import { LISTING_RANK, SUPPORTING_RANK } from './search-attrs';

/** What the engine knows about one candidate page. */
export interface Candidate {
  id: string;
  /** Pagefind's score for the whole query (0 when only some words matched). */
  score: number;
  /** For each query word, in order, its positions (word indices) on the page, all spellings together. */
  positions: ReadonlyArray<readonly number[]>;
  /** How many of the query's words the page holds. */
  covered: number;
  title: string;
  /** TYPE_RANK of the page's type (0 explainer, 1 data, 2 list, 3 glossary term). */
  typeRank: number;
}

/** Words of a text as search compares them: folded, punctuation at either end dropped. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * True when `words` (folded) hold `terms` side by side and in order. The last term may be
 * the start of a longer word (the reader may still be typing it): the rule of search-query.
 */
export function holdsPhrase(words: readonly string[], terms: readonly string[], lastIsPrefix = true): boolean {
  return phraseStarts(words, terms, lastIsPrefix).length > 0;
}

/**
 * How many times the page has the query's words side by side and in order: positions p with
 * word 1 at p, word 2 at p + 1, and so on. For one word, how often it occurs.
 */
export function adjacentRuns(positions: ReadonlyArray<readonly number[]>): number {
  if (positions.length === 0) return 0;
  if (positions.length === 1) return new Set(positions[0]).size;
  const sets = positions.map((p) => new Set(p));
  let runs = 0;
  for (const p of sets[0]!) if (sets.every((set, i) => set.has(p + i))) runs++;
  return runs;
}

export interface Ranked extends Candidate {
  /** The title is the query itself ("Nông thôn mới" for "nong thon moi"). */
  isTitle: boolean;
  inTitle: boolean;
  phraseRuns: number;
}

/** Orders candidates for a query of `terms` (folded words); see the module comment. */
export function rankCandidates(candidates: readonly Candidate[], terms: readonly string[]): Ranked[] {
  const n = terms.length;
  const ranked = candidates.map((c) => {
    const title = foldedWords(c.title);
    const titleCounts = c.typeRank < SUPPORTING_RANK;
    return {
      ...c,
      isTitle: titleCounts && title.length === n && holdsPhrase(title, terms, false),
      inTitle: titleCounts && holdsPhrase(title, terms),
      phraseRuns: c.covered === n ? adjacentRuns(c.positions) : 0,
    };
  });
  const key = (r: Ranked) => [
    -r.covered,
    r.isTitle ? 0 : 1,
    r.inTitle ? 0 : 1,
    r.inTitle ? r.typeRank : 0,
    r.phraseRuns > 0 ? 0 : 1,
    r.typeRank >= LISTING_RANK ? 1 : 0,
    // More occurrences of the phrase first (an explainer about it over a page that names it once).
    -r.phraseRuns,
  ];
  return ranked.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return boosted(b, n) - boosted(a, n);
  });
}

/** Pagefind's score, raised by phrase occurrences (diminishing: 1, 2, 4 … runs add less). */
function boosted(r: Ranked, n: number): number {
  return n > 1 ? r.score * (1 + Math.log2(1 + r.phraseRuns)) : r.score;
}
