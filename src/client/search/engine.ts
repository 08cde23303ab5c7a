/**
 * The search engine in the browser: loads Pagefind and the page list on first use (never at
 * first paint), asks Pagefind where each query word stands, in every spelling the reader may
 * have meant (d typed for đ, any accents), and where each accented spelling the site has for it
 * stands (Pagefind's exactDiacritics), then hands the answers to the pure matcher
 * (src/lib/search-match.ts): accents restored from the site's text, question words and
 * fillers set aside, abbreviations and glossary aliases expanded, phrase-aware ranking.
 *
 * Words: a word counts only if the index holds it exactly (Pagefind's quoted search, or a page
 * title); the last word may also be the start of a longer word, from 3 letters, because the
 * reader may still be typing it. Pagefind's plain search would otherwise fall back to ever
 * shorter prefixes ("bitcoin" → "bi"), which is how nonsense used to find pages.
 *
 * Unreachable index (offline, nothing saved; a stalled network): loading and each query are
 * bounded in time, and a failed index request during a query fails the query, so the reader
 * is told (src/lib/search-availability.ts) instead of waiting or reading wrong "no result".
 */
import { MIN_PREFIX } from '../../lib/search-query';
import { PAGE_TYPES, typeRank, type SearchPage, type SearchPageList } from '../../lib/search-attrs';
import { foldedWords } from '../../lib/search-rank';
import { longerSpellings, readSpellings } from '../../lib/search-document';
import { readQuery, spellings, type GlossaryEntry } from '../../lib/search-words';
import { matchQuery, type MatchedPage, type WordHits } from '../../lib/search-match';
import { LOAD_TIMEOUT_MS, QUERY_TIMEOUT_MS, SearchUnavailableError, asUnavailable, isSearchIndexUrl, observeFailures, problemOf, withTimeout } from '../../lib/search-availability';

/** The part of Pagefind's browser API this site uses (pagefind.js ships no types). */
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  plain_excerpt: string;
  anchor?: { element: string; id: string };
}
export interface PagefindData {
  url: string;
  content: string;
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  anchors?: Array<{ element: string; id: string; text: string; location: number }>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, opts?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
export type Filters = Record<string, { any: string[] }>;

/** One entry of pagefind/pages.json (written by src/integrations/search-index.ts). */
export type PageInfo = SearchPage;

/** A ranked result: what the list shows at once, and the page text on demand. */
export interface SearchHit {
  id: string;
  page: PageInfo;
  /** How it matched: positions to mark, where to take snippets, why, in Vietnamese. */
  match: Pick<MatchedPage, 'marks' | 'focus' | 'why' | 'inTitle' | 'together'>;
  data(): Promise<PagefindData>;
}

type Index = {
  pagefind: Pagefind;
  pages: Record<string, PageInfo>;
  /** The site's spellings by folded word (the accent model). */
  spellingsOf: (folded: string) => readonly string[];
  /** The site's longer spellings that start with a spelling ("nghĩ" → "nghĩa"). */
  longerOf: (form: string) => readonly string[];
  glossary: GlossaryEntry[];
  titleWords: ReadonlyArray<readonly [string, string[]]>;
};

let loading: Promise<Index> | undefined;
/** The load under way has not answered within LOAD_TIMEOUT_MS (a stalled network). */
let stalled = false;
/** Loads after the first ask for pagefind.js?retry=N: a fresh request, not a stalled one's. */
let attempt = 0;
/** Failed requests for index files so far, in order (see watchIndexRequests). */
const failedIndexUrls: string[] = [];

/**
 * Counts failed requests for Pagefind's files. Pagefind fetches through the global fetch and
 * ignores a failed index chunk (the word then seems to be on no page), so the global fetch is
 * wrapped once, observing only: every request goes through unchanged.
 */
function watchIndexRequests() {
  if ((globalThis.fetch as { hnWatched?: boolean }).hnWatched) return;
  const watched = observeFailures(
    globalThis.fetch.bind(globalThis),
    (url) => isSearchIndexUrl(url, location.origin),
    (url) => void failedIndexUrls.push(url),
  );
  globalThis.fetch = Object.assign(watched, { hnWatched: true }) as typeof fetch;
}

/** One attempt at loading Pagefind and the page list. */
async function load(): Promise<Index> {
  const failedBefore = failedIndexUrls.length;
  const base = new URL('/pagefind/', location.origin);
  const pagesRequest = fetch(new URL('pages.json', base)).then((r) => {
    if (!r.ok) throw new Error(`pages.json: ${r.status}`);
    return r.json() as Promise<SearchPageList>;
  });
  // Do not leave a rejection unhandled if pagefind.js fails first.
  pagesRequest.catch(() => undefined);
  const script = new URL('pagefind.js', base);
  if (attempt++ > 0) script.searchParams.set('retry', String(attempt - 1));
  const pagefind = (await import(/* @vite-ignore */ script.href)) as Pagefind;
  // noWorker: Pagefind's web worker is a second copy of its code (≈ 12 KB gzip) that the
  // first query would have to download; this index is small enough for the main thread,
  // and without it the CSP needs no worker-src for search.
  await pagefind.options({ excerptLength: 26, noWorker: true });
  await pagefind.init();
  const { pages, spellings: list } = await pagesRequest;
  // Pagefind may log a failed entry or meta file and resolve init() all the same.
  if (failedIndexUrls.length > failedBefore) throw new SearchUnavailableError('index', 'error');
  const bySpelling = readSpellings(list);
  const vocabulary = list.split(' ').filter(Boolean);
  const longer = new Map<string, string[]>();
  const glossary = Object.entries(pages)
    .filter(([, p]) => p.type === PAGE_TYPES.term)
    .map(([id, p]) => ({ id, name: p.title.replace(/\s*\([^()]*\)\s*$/u, ''), aliases: p.aliases ?? [], abbr: p.abbr ?? [] }));
  return {
    pagefind,
    pages,
    spellingsOf: (folded) => bySpelling.get(folded) ?? [],
    longerOf: (form) => {
      let found = longer.get(form);
      if (!found) longer.set(form, (found = longerSpellings(form, vocabulary)));
      return found;
    },
    glossary,
    titleWords: Object.entries(pages).map(([id, p]) => [id, foldedWords(p.title)] as const),
  };
}

/**
 * Loads /pagefind/pagefind.js and the page list once. URLs built at run time so Vite leaves
 * them. Fails with SearchUnavailableError('index') when they cannot be fetched (the next
 * call starts afresh), or are not there within LOAD_TIMEOUT_MS: the slow load goes on (a slow
 * phone network may still bring it), and the next call races it with a fresh attempt.
 */
export function loadSearch(): Promise<Index> {
  watchIndexRequests();
  if (!loading) loading = load();
  else if (stalled) loading = Promise.any([loading, load()]);
  stalled = false;
  const mine = loading;
  return withTimeout(mine, LOAD_TIMEOUT_MS, () => new SearchUnavailableError('index', 'timeout')).catch((error: unknown) => {
    const failure = asUnavailable(error, 'index');
    // Only this load is judged: a newer one may already be under way.
    if (loading === mine) {
      if (failure.reason === 'timeout') stalled = true;
      else loading = undefined;
    }
    throw failure;
  });
}

/** The load under way, if any, without a time limit: resolves if a slow network brings it. */
export function whenLoaded(): Promise<unknown> | undefined {
  return loading?.catch(() => undefined);
}

export interface SearchOptions {
  filters?: Filters;
  /** Newest first instead of by relevance. */
  newestFirst?: boolean;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Query words (as typed) that no page holds; then `hits` is empty. */
  missing?: string[];
  /** The query's content words with accents restored ("dám nghĩ dám làm"), when they differ from the typed query. */
  reading?: string;
  /** The content words as read (restored accents, question words and fillers set aside): what titles mark. */
  words?: string[];
}

/**
 * Pagefind reads one option, exactDiacritics, for every search of an instance: searches that
 * need it (one accented spelling alone) and searches that must not (every spelling of a word)
 * take turns. A turn waits for the previous one at most QUERY_TIMEOUT_MS (a stalled chunk must
 * not hold every later query).
 */
let turn: Promise<unknown> = Promise.resolve();
function inTurn<T>(pagefind: Pagefind, exact: boolean, work: () => Promise<T>): Promise<T> {
  const mine = withTimeout(turn, QUERY_TIMEOUT_MS, () => new Error('previous search stalled'))
    .catch(() => undefined)
    .then(async () => {
      await pagefind.options({ exactDiacritics: exact });
      return work();
    });
  turn = mine.catch(() => undefined);
  return mine;
}

/**
 * Searches `query` and returns the ranked pages. With no query but some filters, lists the
 * filtered pages (newest first), which Pagefind supports.
 */
export async function runSearch(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
  const index = await loadSearch();
  const failedBefore = failedIndexUrls.length;
  const failedNow = () => problemOf(failedIndexUrls.slice(failedBefore), location.origin);
  let outcome: SearchOutcome;
  try {
    outcome = await withTimeout(searchIndex(index, query, options), QUERY_TIMEOUT_MS, () => new SearchUnavailableError('part', 'timeout'));
  } catch (error) {
    throw unavailable(asUnavailable(error, failedNow() ?? 'part'));
  }
  // A chunk this query needed failed to load: Pagefind answered without it, so its answer
  // (often "no page holds this word") cannot be trusted.
  const problem = failedNow();
  if (problem) throw unavailable(new SearchUnavailableError(problem, 'error'));
  return outcome;
}

/** A query found the index itself broken (its entry or meta unreachable): load it afresh next time. */
function unavailable(error: SearchUnavailableError): SearchUnavailableError {
  if (error.problem === 'index') loading = undefined;
  return error;
}

async function searchIndex(index: Index, query: string, options: SearchOptions): Promise<SearchOutcome> {
  const { pagefind, pages } = index;
  const filters = options.filters && Object.keys(options.filters).length ? options.filters : undefined;
  const opts = filters ? { filters } : {};
  const hitFor = (id: string, r: PagefindResult, match: SearchHit['match']): SearchHit => ({
    id,
    page: pages[id] ?? { url: '', title: '' },
    match,
    // The page text is a fragment chunk, loaded only now: it may be the unreachable part.
    data: () =>
      withTimeout(r.data(), QUERY_TIMEOUT_MS, () => new SearchUnavailableError('part', 'timeout')).catch((error: unknown) => {
        throw asUnavailable(error, 'part');
      }),
  });

  let reading = readQuery(query, index.glossary);
  const typing = !/\s$/u.test(query);
  const lastToken = reading.tokens[reading.tokens.length - 1];
  // A last word of one or two letters may still be being typed ("ha n"): it counts if the site
  // holds it as a word, and is left out until it grows otherwise.
  const shortLast = typing && reading.tokens.length > 1 && lastToken && lastToken.folded.length < MIN_PREFIX && !lastToken.numeric ? reading.tokens.length - 1 : -1;
  if (reading.units.length === 0) {
    if (!filters) return { hits: [] };
    const browse = await pagefind.search(null, { filters, sort: { date: 'desc' } });
    return { hits: (browse?.results ?? []).map((r) => hitFor(r.id, r, { marks: [], focus: [], why: '', inTitle: false, together: true })) };
  }
  const search = async (q: string) => (await pagefind.search(q, opts))?.results ?? [];
  const results = new Map<string, PagefindResult>();
  const toHits = (list: readonly PagefindResult[]): WordHits => {
    const hits = new Map<string, { positions: number[]; score: number }>();
    for (const r of list) {
      results.set(r.id, r);
      const hit = hits.get(r.id) ?? { positions: [], score: 0 };
      hit.positions.push(...r.words);
      hit.score = Math.max(hit.score, r.score);
      hits.set(r.id, hit);
    }
    return hits;
  };

  // Every folded word of every alternative (abbreviations expanded).
  const lastFolded = lastToken?.folded;
  const words = [...new Set(reading.units.flatMap((u) => u.alternatives.flat()))];
  const typedWords = new Set(reading.units.map((u) => u.alternatives[0]!).flat());
  const wordHits = new Map<string, WordHits>();
  const formHits = new Map<string, WordHits>();
  const missing: string[] = [];

  // Syllables of the site's vocabulary: each spelling asked for on its own (exactDiacritics),
  // minus the longer words Pagefind also answers ("nghĩ" → "nghĩa"), so positions are whole
  // words in one spelling; a word's positions are those of all its spellings.
  const syllables = words.filter((w) => index.spellingsOf(w).length > 0);
  const asked = new Set<string>();
  for (const w of syllables) for (const f of index.spellingsOf(w)) for (const g of [f, ...index.longerOf(f)]) asked.add(g);
  const raw = new Map<string, WordHits>();
  await inTurn(pagefind, true, () => Promise.all([...asked].map(async (form) => void raw.set(form, toHits(await search(form))))));
  for (const w of syllables) {
    const union = new Map<string, { positions: number[]; score: number }>();
    for (const f of index.spellingsOf(w)) {
      const hits = wholeWords(raw.get(f)!, index.longerOf(f).map((g) => raw.get(g)!));
      if (hits.size) formHits.set(f, hits);
      for (const [id, h] of hits) {
        const u = union.get(id) ?? { positions: [], score: 0 };
        u.positions.push(...h.positions);
        u.score = Math.max(u.score, h.score);
        union.set(id, u);
      }
    }
    if (union.size) wordHits.set(w, union);
    else if (typedWords.has(w)) missing.push(w);
  }

  // Numbers, document codes, abbreviations and words not on the site: every spelling that
  // exists as a whole word (Pagefind's quoted search); the last word may be a prefix being typed.
  const others = words.filter((w) => index.spellingsOf(w).length === 0);
  await inTurn(pagefind, false, () =>
    Promise.all(
      others.map(async (word) => {
        const found: PagefindResult[] = [];
        for (const form of spellings(word)) if ((await search(`"${form}"`)).length > 0) found.push(...(await search(form)));
        const inTitles = index.titleWords.some(([, w]) => w.includes(word));
        if (found.length > 0 || inTitles) return void wordHits.set(word, toHits(found.length ? found : await search(word)));
        const prefixAllowed = typing && word === lastFolded && word.length >= MIN_PREFIX;
        const prefixed = prefixAllowed ? await search(word) : [];
        if (prefixed.length > 0 && (await isRealPrefix(word, prefixed, index.titleWords))) return void wordHits.set(word, toHits(prefixed));
        if (typedWords.has(word)) missing.push(word);
      }),
    ),
  );
  // A unit none of whose alternatives the site holds ("pokemon", "bitcoin") makes the search
  // fail as a whole rather than list pages for its other words; fillers may be missing.
  const absent = reading.units.filter((u) => !u.alternatives.some((alt) => alt.every((w) => wordHits.has(w))));
  const absentContent = absent.filter((u) => !(u.tokens.length === 1 && (reading.maybeFiller.has(u.tokens[0]!) || u.tokens[0] === shortLast)));
  if (absentContent.length > 0) {
    return { hits: [], missing: absentContent.flatMap((u) => u.tokens.map((i) => reading.tokens[i]!.typed)) };
  }
  if (absent.length > 0) {
    const kept = reading.units.filter((u) => !absent.includes(u));
    reading = { ...reading, units: kept };
  }

  const matched = matchQuery({ reading, words: wordHits, forms: formHits, spellingsOf: index.spellingsOf, pages, glossary: index.glossary, typeRank });
  const ranked = matched.pages
    .filter((m) => results.has(m.id) && (!filters || results.has(m.id)))
    .map((m) => hitFor(m.id, results.get(m.id)!, { marks: m.marks, focus: m.focus, why: m.why, inTitle: m.inTitle, together: m.together }));
  // "đọc là …" only when accents were restored, not because question words were set aside.
  const typed = reading.units.flatMap((u) => u.tokens.map((i) => reading.tokens[i]!.typed)).join(' ');
  const extra = { words: matched.readingText.split(' '), ...(matched.readingText !== typed ? { reading: matched.readingText } : {}) };
  if (!options.newestFirst) return { hits: ranked, ...extra };
  return { hits: [...ranked].sort((a, b) => (b.page.date ?? '').localeCompare(a.page.date ?? '')), ...extra };
}

/** A spelling's hits without the positions of the longer spellings Pagefind also matched. */
function wholeWords(hits: WordHits, longer: readonly WordHits[]): WordHits {
  if (longer.length === 0) return hits;
  const out = new Map<string, { positions: number[]; score: number }>();
  for (const [id, h] of hits) {
    const taken = new Set(longer.flatMap((l) => l.get(id)?.positions ?? []));
    const positions = h.positions.filter((p) => !taken.has(p));
    if (positions.length) out.set(id, { positions, score: h.score });
  }
  return out;
}

/**
 * Pagefind answers a word it does not know with pages holding a shorter prefix of it, so a
 * prefix search proves nothing by itself. The prefix is real when a page title has a word
 * starting with it, or when the best page's text has one at the positions Pagefind matched
 * (one page's text is loaded, only in this case).
 */
async function isRealPrefix(term: string, found: PagefindResult[], titleWords: ReadonlyArray<readonly [string, string[]]>): Promise<boolean> {
  if (titleWords.some(([, words]) => words.some((w) => w.startsWith(term)))) return true;
  const best = found[0]!;
  const words = (await best.data()).content.split(/\s+/u);
  return best.words.some((at) => foldedWords(words[at] ?? '').some((w) => w.startsWith(term)));
}

export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadSearch()).pagefind.filters();
}
