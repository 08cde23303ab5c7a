/**
 * Phrase-aware ranking of search results for Vietnamese, where most words have two or more
 * syllables and Pagefind indexes each syllable on its own. Pagefind finds the candidate
 * pages and scores them syllable by syllable; this module orders them as a reader expects:
 *
 *  0. a glossary term's page first for its own abbreviation ("ubnd"), or for "X là gì" when
 *     the term is X;
 *  1. pages holding every query word (unit) before pages lacking one, and among them pages
 *     holding each word in the spelling restored from the site's text (search-accents.ts)
 *     before pages holding only words that fold alike;
 *  2. for "bao nhiêu", data pages first (the figure, its table and its source);
 *  3. a page whose title is the query itself (a topic page named "Nông thôn mới" gathers
 *     everything on it), then pages whose title holds the phrase, explainers before data
 *     pages before lists;
 *  4. lists (timeline, topics, About) and definitions after other pages, unless they alone
 *     hold the whole phrase; pages where more of the query's neighbouring words stand together
 *     (in order, at most PAIR_SLACK words apart) in the reading restored from the site's text
 *     (search-accents.ts: "dám nghĩ", "dám làm"), then pages where all the words stand side
 *     by side whatever their accents;
 *     then more occurrences of the phrase; with as many, the explainer before the data page;
 *  5. then Pagefind's own score.
 *
 * Glossary term pages (SUPPORTING_RANK) take no part in the title tiers and rank with the
 * lists: a term's title is the query whenever a reader types a term, and the explainer that
 * uses it is what the reader came for.
 *
 * Positions are word indices Pagefind returns with every result (no page text needs to be
 * downloaded); a unit of several words (an abbreviation's expansion) stands as a span.
 * Titles come from the small page list written at build time. Pure functions: shared by the
 * browser and the unit tests.
 */
import { foldVietnamese, phraseStarts } from './search-query';
import { LISTING_RANK, SUPPORTING_RANK } from './search-attrs';

/** Where a query unit stands on a page: first and last word index. */
export interface Span {
  start: number;
  end: number;
}

/** What the engine knows about one candidate page. */
export interface Candidate {
  id: string;
  /** Pagefind's score, summed over the units found. */
  score: number;
  /** For each unit of the query, in order: where it stands, any spelling, and in the restored reading. */
  units: ReadonlyArray<{ folded: readonly Span[]; reading: readonly Span[] }>;
  /** Units that stand next to each other in the query (question words and fillers split runs). */
  segments: ReadonlyArray<readonly number[]>;
  /** Each segment's folded words as typed, and with its abbreviations expanded: for the title tiers. */
  segmentWords: ReadonlyArray<ReadonlyArray<readonly string[]>>;
  title: string;
  /** TYPE_RANK of the page's type (0 explainer, 1 data, 2 list, 3 glossary term). */
  typeRank: number;
  /** The page the query names outright (a term for its abbreviation). */
  named?: boolean;
  /** The page is of the kind the question asks for ("bao nhiêu": a data page). */
  asked?: boolean;
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

/** Spans of single words at these positions. */
export function wordSpans(positions: readonly number[]): Span[] {
  return [...new Set(positions)].sort((a, b) => a - b).map((p) => ({ start: p, end: p }));
}

/**
 * How many times the units stand side by side and in order (each unit's span starting right
 * after the previous one's end). For one unit, how many spans it has.
 */
export function chainRuns(units: ReadonlyArray<readonly Span[]>): number {
  if (units.length === 0) return 0;
  let ends = new Set(units[0]!.map((s) => s.end));
  let count = ends.size;
  for (let i = 1; i < units.length; i++) {
    const next = new Set<number>();
    for (const s of units[i]!) if (ends.has(s.start - 1)) next.add(s.end);
    ends = next;
    count = ends.size;
  }
  return count;
}

/** How many times the positions hold the words side by side, in order (one list per word). */
export function adjacentRuns(positions: ReadonlyArray<readonly number[]>): number {
  return chainRuns(positions.map(wordSpans));
}

/** Words that may stand between two neighbouring query words for them still to count as a pair. */
export const PAIR_SLACK = 3;

/**
 * How many of the neighbouring unit pairs stand together somewhere on the page: in order, the
 * second at most `slack` words after the first ("“dám” gồm: nghĩ" for "dám nghĩ", the list
 * "nghĩ, nói, làm" of "6 dám"). With slack 0, side by side.
 */
export function adjacentPairs(units: ReadonlyArray<readonly Span[]>, slack = 0): number {
  let pairs = 0;
  for (let i = 1; i < units.length; i++) if (pairStands(units[i - 1]!, units[i]!, slack)) pairs++;
  return pairs;
}

export function pairStands(left: readonly Span[], right: readonly Span[], slack = 0): boolean {
  return right.some((s) => left.some((l) => s.start > l.end && s.start - l.end - 1 <= slack));
}

export interface Ranked extends Candidate {
  covered: number;
  /** Units the page holds in the restored reading's own spelling ("dám", not "đảm"). */
  readingCovered: number;
  /** The title is the query itself ("Nông thôn mới" for "nong thon moi"). */
  isTitle: boolean;
  inTitle: boolean;
  /** Neighbouring query words standing together (side by side, or a few words apart) in the restored reading. */
  readingPairs: number;
  /** Occurrences of the whole phrase in the restored reading. */
  readingRuns: number;
  /** Occurrences of the whole phrase, any accents. */
  phraseRuns: number;
}

/** The fewest occurrences of any segment's chain (0 if one segment never stands whole). */
function runsOfSegments(c: Candidate, pick: 'folded' | 'reading'): number {
  const runs = c.segments.map((seg) => chainRuns(seg.map((u) => c.units[u]![pick])));
  return runs.length ? Math.min(...runs) : 0;
}

/** Orders candidates for a query; see the module comment. */
export function rankCandidates(candidates: readonly Candidate[]): Ranked[] {
  const ranked = candidates.map((c): Ranked => {
    const title = foldedWords(c.title);
    const titleCounts = c.typeRank < SUPPORTING_RANK;
    const covered = c.units.filter((u) => u.folded.length > 0).length;
    const all = covered === c.units.length;
    const lastSegment = c.segmentWords.length - 1;
    const inTitle = titleCounts && c.segmentWords.length > 0 && c.segmentWords.every((ways, i) => ways.some((words) => holdsPhrase(title, words, i === lastSegment)));
    const isTitle = inTitle && c.segmentWords.length === 1 && c.segmentWords[0]!.some((words) => title.length === words.length && holdsPhrase(title, words, false));
    return {
      ...c,
      covered,
      readingCovered: c.units.filter((u) => u.reading.length > 0).length,
      isTitle,
      inTitle,
      readingPairs: all ? c.segments.reduce((n, seg) => n + adjacentPairs(seg.map((u) => c.units[u]!.reading), PAIR_SLACK), 0) : 0,
      readingRuns: all ? runsOfSegments(c, 'reading') : 0,
      phraseRuns: all ? runsOfSegments(c, 'folded') : 0,
    };
  });
  const key = (r: Ranked) => [
    r.named ? 0 : 1,
    -r.covered,
    // Pages holding every word in the spelling the reading restored, before pages holding
    // only look-alikes ("đảm", "nghị" for "dam nghi"): still found, after.
    -r.readingCovered,
    r.asked ? 0 : 1,
    r.isTitle ? 0 : 1,
    r.inTitle ? 0 : 1,
    r.inTitle ? r.typeRank : 0,
    // A list or a definition below other pages, unless it alone holds the whole phrase.
    r.typeRank >= LISTING_RANK && r.phraseRuns === 0 ? 1 : 0,
    -r.readingPairs,
    r.phraseRuns > 0 ? 0 : 1,
    r.typeRank >= LISTING_RANK ? 1 : 0,
    // More occurrences of the phrase first (an explainer about it over a page that names it once).
    -r.readingRuns,
    -r.phraseRuns,
    // As much evidence on both: the explainer before the data page.
    r.typeRank,
  ];
  return ranked.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return boosted(b) - boosted(a);
  });
}

/** Pagefind's score, raised by phrase occurrences (diminishing: 1, 2, 4 … runs add less). */
function boosted(r: Ranked): number {
  return r.units.length > 1 ? r.score * (1 + Math.log2(1 + r.phraseRuns)) : r.score;
}
