/**
 * From what the index answered to ranked candidates (pure, unit-tested; the engine in
 * src/client/search/engine.ts only fetches). Steps:
 *  1. restore the accents of the query words from the site's own text (search-accents.ts),
 *     using how often each accented spelling stands on the pages and next to the others;
 *  2. set aside fillers whose restored spelling is a filler (search-words.ts);
 *  3. for each page, where each unit of the query stands: any spelling (folded), and in the
 *     restored reading; a unit with an expansion (abbreviation, alias) also stands where its
 *     expansion stands, as a span of several words;
 *  4. name the glossary term a query asks for (its abbreviation, or "X là gì"), and mark the
 *     data pages a "bao nhiêu" question asks for;
 *  5. rank (search-rank.ts), and say for each page which positions to mark and why it matched.
 */
import { PAGE_TYPES, type SearchPage } from './search-attrs';
import { restoreReading, type Spelling } from './search-accents';
import { PAIR_SLACK, chainRuns, pairStands, rankCandidates, wordSpans, type Candidate, type Ranked, type Span } from './search-rank';
import { QUESTION_FILLERS, foldedName, type GlossaryEntry, type QueryReading, type Unit } from './search-words';

/** Pages holding one word, from one search: positions and Pagefind's score on each. */
export type WordHits = ReadonlyMap<string, { positions: readonly number[]; score: number }>;

export interface MatchInput {
  reading: QueryReading;
  /** Hits of each folded word, every spelling together (d and đ, all accents). */
  words: ReadonlyMap<string, WordHits>;
  /** Hits of each accented spelling alone (Pagefind with exactDiacritics). */
  forms: ReadonlyMap<string, WordHits>;
  /** The accented spellings the site has for a folded word, most frequent first ([] when only one). */
  spellingsOf: (folded: string) => readonly string[];
  pages: Readonly<Record<string, SearchPage>>;
  glossary: readonly GlossaryEntry[];
  /** Type label → rank (search-attrs typeRank). */
  typeRank: (type: string | undefined) => number;
}

export interface MatchedPage extends Ranked {
  /** Word positions to mark in the page's text: the matched phrase in the restored reading. */
  marks: number[];
  /** Where the best matches stand, best first (snippets are taken there). */
  focus: number[];
  /** Why the page matched, in Vietnamese, for the result list. */
  why: string;
  /** The query's words stand together on the page (the phrase, any spelling), or it was named. */
  together: boolean;
}

export interface MatchResult {
  pages: MatchedPage[];
  /** The reading restored for each token ('' for question words and fillers set aside). */
  restored: string[];
  /** The content words as restored, for display ("dám nghĩ dám làm"). */
  readingText: string;
  /** Tokens set aside (question words and fillers). */
  setAside: number[];
}

/** The spellings a token may have: the reader's own if accented, else the site's. */
function optionsFor(input: MatchInput, i: number): Spelling[] {
  const token = input.reading.tokens[i]!;
  const count = (form: string) => [...(input.forms.get(form)?.values() ?? [])].reduce((n, h) => n + h.positions.length, 0);
  if (token.marked) return [{ form: token.typed, count: count(token.typed) }];
  const forms = input.spellingsOf(token.folded);
  if (forms.length === 0) return [{ form: token.folded, count: [...(input.words.get(token.folded)?.values() ?? [])].reduce((n, h) => n + h.positions.length, 0) }];
  return forms.map((form) => ({ form, count: count(form) }));
}

/** Positions of a spelling on a page: exact when the site has several spellings of it. */
function formPositions(input: MatchInput, folded: string, form: string, page: string): readonly number[] {
  if (input.forms.has(form)) return input.forms.get(form)!.get(page)?.positions ?? [];
  return input.words.get(folded)?.get(page)?.positions ?? [];
}

function restore(input: MatchInput, order: readonly number[]): string[] {
  const restored: string[] = input.reading.tokens.map(() => '');
  // Runs of neighbouring tokens (question words break them): each run read as one phrase.
  const runs: number[][] = [];
  for (const i of order) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === i - 1) run.push(i);
    else runs.push([i]);
  }
  const total = [...input.words.values()].reduce((n, hits) => n + [...hits.values()].reduce((m, h) => m + h.positions.length, 0), 0) || 1;
  for (const run of runs) {
    const options = run.map((i) => optionsFor(input, i));
    // Side by side counts fully; a few words apart (a list: "“dám” gồm: nghĩ, nói, làm") half.
    const pairCount = (k: number, a: string, b: string) => {
      const fa = input.reading.tokens[run[k]!]!.folded;
      const fb = input.reading.tokens[run[k + 1]!]!.folded;
      let n = 0;
      for (const page of Object.keys(input.pages)) {
        const next = new Set(formPositions(input, fb, b, page));
        if (next.size === 0) continue;
        for (const p of formPositions(input, fa, a, page)) {
          if (next.has(p + 1)) n += 1;
          else for (let gap = 2; gap <= PAIR_SLACK + 1; gap++) if (next.has(p + gap)) {
            n += 0.5;
            break;
          }
        }
      }
      return n;
    };
    restoreReading(options, pairCount, total).forEach((form, k) => (restored[run[k]!] = form));
  }
  return restored;
}

/** Spans where a sequence of folded words stands side by side on a page. */
function phraseSpans(input: MatchInput, words: readonly string[], page: string): Span[] {
  const lists = words.map((w) => wordSpans(input.words.get(w)?.get(page)?.positions ?? []));
  if (lists.some((l) => l.length === 0)) return [];
  if (words.length === 1) return lists[0]!;
  const spans: Span[] = [];
  for (const s of lists[0]!) if (words.every((_, k) => lists[k]!.some((x) => x.start === s.start + k))) spans.push({ start: s.start, end: s.start + words.length - 1 });
  return spans;
}

export function matchQuery(input: MatchInput): MatchResult {
  const { reading, pages } = input;
  const live = reading.tokens.map((_, i) => i).filter((i) => !reading.question.has(i));
  const restored = restore(input, live);
  // Fillers whose restored spelling is the filler word are set aside, if other words remain.
  const fillers = [...reading.maybeFiller].filter((i) => QUESTION_FILLERS.has(restored[i]!) || (reading.tokens[i]!.folded === 'so' && restored[i] === 'số'));
  const units: Unit[] = reading.units.filter((u) => !(u.tokens.length === 1 && fillers.includes(u.tokens[0]!)));
  const keptUnits = units.length > 0 ? units : reading.units;
  const setAside = [...reading.question, ...(units.length > 0 ? fillers : [])].sort((a, b) => a - b);
  for (const i of setAside) restored[i] = '';

  // Segments: units whose tokens follow each other in the query.
  const segments: number[][] = [];
  keptUnits.forEach((u, k) => {
    const prev = keptUnits[k - 1];
    const seg = segments[segments.length - 1];
    if (seg && prev && prev.tokens[prev.tokens.length - 1]! + 1 === u.tokens[0]) seg.push(k);
    else segments.push([k]);
  });
  // Each segment as typed, and with abbreviations expanded (at most a few ways).
  const segmentWords = segments.map((seg) => {
    let ways: string[][] = [[]];
    for (const k of seg) {
      const unit = keptUnits[k]!;
      const alternatives = unit.expansion?.kind === 'abbreviation' ? unit.alternatives : [unit.alternatives[0]!];
      ways = ways.flatMap((w) => alternatives.map((alt) => [...w, ...alt])).slice(0, 8);
    }
    return ways;
  });

  // The glossary term the query names: its abbreviation, or its name or alias for "X là gì".
  const contentKey = keptUnits.flatMap((u) => u.alternatives[0]!).join('').replace(/[^\p{L}\p{N}]+/gu, '');
  const expandedKey = keptUnits.map((u) => (u.expansion?.kind === 'abbreviation' ? u.alternatives[1]! : u.alternatives[0]!).join(' ')).join(' ');
  const named = new Set(
    input.glossary
      .filter((g) => {
        const abbr = g.abbr.some((a) => foldedName(a).join('') === contentKey);
        const expandedName = keptUnits.some((u) => u.expansion?.kind === 'abbreviation') && foldedName(g.name).join(' ') === expandedKey;
        const typedKey = keptUnits.flatMap((u) => u.alternatives[0]!).join(' ');
        const defined = reading.intent === 'definition' && [g.name, ...g.aliases].some((n) => foldedName(n).join(' ') === typedKey);
        return abbr || expandedName || defined;
      })
      .map((g) => g.id),
  );

  const ids = new Set<string>(named);
  for (const u of keptUnits) for (const alt of u.alternatives) for (const w of alt) for (const id of input.words.get(w)?.keys() ?? []) ids.add(id);

  const candidates: Candidate[] = [];
  for (const id of ids) {
    const page = pages[id];
    if (!page) continue;
    let score = 0;
    const unitSpans = keptUnits.map((u) => {
      const folded = u.alternatives.flatMap((alt) => phraseSpans(input, alt, id));
      for (const w of new Set(u.alternatives.flat())) score += input.words.get(w)?.get(id)?.score ?? 0;
      // The restored reading: the spelling chosen for a single word; a unit of several words keeps its spans.
      const only = u.tokens.length === 1 && !u.expansion ? u.tokens[0]! : -1;
      const readingSpans = only >= 0 ? wordSpans(formPositions(input, reading.tokens[only]!.folded, restored[only] || reading.tokens[only]!.folded, id)) : folded;
      return { folded, reading: readingSpans.length || only < 0 ? readingSpans : [] };
    });
    // A page found only through a word of another alternative holds none of the query's units.
    if (!named.has(id) && unitSpans.every((u) => u.folded.length === 0)) continue;
    const type = page.type;
    candidates.push({
      id,
      score,
      units: unitSpans,
      segments,
      segmentWords,
      title: page.title,
      typeRank: input.typeRank(type),
      ...(named.has(id) ? { named: true } : {}),
      ...(reading.intent === 'figure' && type === PAGE_TYPES.data ? { asked: true } : {}),
    });
  }
  const ranked = rankCandidates(candidates);
  const readingText = keptUnits.map((u) => u.tokens.map((i) => restored[i] || reading.tokens[i]!.typed).join(' ')).join(' ');
  return {
    pages: ranked.map((r) => ({
      ...r,
      ...marksAndFocus(r),
      why: whyMatched(r, keptUnits, reading, restored, segments),
      together: r.named === true || r.inTitle || r.phraseRuns > 0 || r.readingRuns > 0,
    })),
    restored,
    readingText,
    setAside,
  };
}

/**
 * The positions to mark: where the whole phrase stands in the restored reading; else where
 * neighbouring words stand side by side in it; else where the phrase stands in any spelling;
 * else each word in its restored spelling. Never a word that only folds like the query.
 */
function marksAndFocus(r: Ranked): { marks: number[]; focus: number[] } {
  const spanWords = (s: Span) => Array.from({ length: s.end - s.start + 1 }, (_, k) => s.start + k);
  const chains = (pick: 'reading' | 'folded') => {
    const found: number[][] = [];
    for (const seg of r.segments) {
      const lists = seg.map((u) => r.units[u]![pick]);
      if (lists.some((l) => l.length === 0)) continue;
      for (const first of lists[0]!) {
        const chain = [first];
        for (let k = 1; k < lists.length; k++) {
          const next = lists[k]!.find((s) => s.start === chain[chain.length - 1]!.end + 1);
          if (!next) break;
          chain.push(next);
        }
        if (chain.length === lists.length) found.push(chain.flatMap(spanWords));
      }
    }
    return found;
  };
  const pairs = () => {
    const found: number[][] = [];
    for (const seg of r.segments) {
      for (let k = 1; k < seg.length; k++) {
        const left = r.units[seg[k - 1]!]!.reading;
        for (const s of r.units[seg[k]!]!.reading) {
          const before = left.find((l) => l.end + 1 === s.start);
          if (before) found.push([...spanWords(before), ...spanWords(s)]);
        }
      }
    }
    return found;
  };
  // The query's words standing close together (within a short window), the most of them first.
  const near = () => {
    const spans = r.units.map((u) => (u.reading.length ? u.reading : u.folded));
    let best = 0;
    let found: number[][] = [];
    for (const list of spans) {
      for (const s of list) {
        const inWindow = spans.map((l) => l.filter((x) => x.start >= s.start && x.start <= s.start + 2 * (PAIR_SLACK + 1) * r.units.length));
        const units = inWindow.filter((l) => l.length > 0).length;
        if (units < 2 || units < best) continue;
        if (units > best) [best, found] = [units, []];
        found.push(inWindow.flatMap((l) => l.flatMap(spanWords)));
      }
    }
    return found;
  };
  const groups = [chains('reading'), pairs(), chains('folded'), near()].find((g) => g.length > 0) ?? r.units.map((u) => (u.reading.length ? u.reading : u.folded).flatMap(spanWords));
  const marks = [...new Set(groups.flat())].sort((a, b) => a - b);
  const focus = groups.map((g) => g[0]!).filter((p) => p !== undefined).sort((a, b) => a - b);
  return { marks, focus: [...new Set(focus)] };
}

/** A short Vietnamese line: why this page is in the results. */
export function whyMatched(r: Ranked, units: readonly Unit[], reading: QueryReading, restored: readonly string[], segments: ReadonlyArray<readonly number[]>): string {
  const said = (k: number) => units[k]!.tokens.map((i) => restored[i] || reading.tokens[i]!.typed).join(' ');
  const phrase = segments.map((seg) => seg.map(said).join(' ')).join(' … ');
  if (r.named) {
    const abbr = units.find((u) => u.expansion?.kind === 'abbreviation');
    return abbr ? `Mục từ của “${abbr.expansion!.words}”` : 'Mục từ giải thích đúng từ này';
  }
  if (r.covered < r.units.length) return `Có ${r.covered}/${r.units.length} từ cần tìm`;
  if (r.inTitle) return 'Tiêu đề có từ cần tìm';
  if (r.readingRuns > 0) return r.readingRuns > 1 ? `Có cụm “${phrase}” (${r.readingRuns} lần)` : `Có cụm “${phrase}”`;
  if (r.readingPairs > 0) {
    const side: string[] = [];
    for (const seg of segments) for (let k = 1; k < seg.length; k++) {
      if (pairStands(r.units[seg[k - 1]!]!.reading, r.units[seg[k]!]!.reading)) side.push(`“${said(seg[k - 1]!)} ${said(seg[k]!)}”`);
    }
    if (side.length) return `Có ${side.join(', ')}`;
    const words = [...new Set(units.map((_, k) => said(k)))].map((w) => `“${w}”`);
    return `Có ${words.join(', ')} đứng gần nhau`;
  }
  if (r.phraseRuns > 0) return 'Có các từ liền nhau, với dấu khác';
  const viaExpansion = units.find((u, k) => u.expansion && r.units[k]!.folded.length > 0 && chainRuns([r.units[k]!.folded]) > 0);
  if (viaExpansion && viaExpansion.expansion!.kind === 'alias') return `Theo tên khác: “${viaExpansion.expansion!.words}”`;
  return 'Có đủ các từ, không liền nhau';
}
