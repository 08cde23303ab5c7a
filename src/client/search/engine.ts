/**
 * The search engine in the browser: loads Pagefind and the page list on first use (never at
 * first paint), asks Pagefind which pages hold each query word, in every spelling the reader
 * may have meant (d typed for đ, see src/lib/search-query.ts), and orders the pages with the
 * phrase-aware ranking of src/lib/search-rank.ts.
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
import { MIN_PREFIX, foldVietnamese, normalizeQuery } from '../../lib/search-query';
import { typeRank } from '../../lib/search-attrs';
import { foldedWords, rankCandidates, type Candidate } from '../../lib/search-rank';
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
export interface PageInfo {
  url: string;
  title: string;
  type?: string;
  date?: string;
  dateLabel?: string;
}

/** A ranked result: what the list shows at once, and the page text on demand. */
export interface SearchHit {
  id: string;
  page: PageInfo;
  data(): Promise<PagefindData>;
}

type Index = { pagefind: Pagefind; pages: Record<string, PageInfo> };

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
    return r.json() as Promise<Record<string, PageInfo>>;
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
  const pages = await pagesRequest;
  // Pagefind may log a failed entry or meta file and resolve init() all the same.
  if (failedIndexUrls.length > failedBefore) throw new SearchUnavailableError('index', 'error');
  return { pagefind, pages };
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
  /** Query words (folded) that no page holds; then `hits` is empty. */
  missing?: string[];
}

/** The spellings of one folded word: "dang" may have been meant as "đang" (Pagefind keeps đ). */
function spellings(word: string): string[] {
  return word.startsWith('d') ? [word, `đ${word.slice(1)}`] : [word];
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

async function searchIndex(
  { pagefind, pages }: { pagefind: Pagefind; pages: Record<string, PageInfo> },
  query: string,
  options: SearchOptions,
): Promise<SearchOutcome> {
  const filters = options.filters && Object.keys(options.filters).length ? options.filters : undefined;
  const opts = filters ? { filters } : {};
  const terms = foldVietnamese(normalizeQuery(query)).split(' ').filter(Boolean);
  const hitFor = (r: PagefindResult): SearchHit => ({
    id: r.id,
    page: pages[r.id] ?? { url: '', title: '' },
    // The page text is a fragment chunk, loaded only now: it may be the unreachable part.
    data: () =>
      withTimeout(r.data(), QUERY_TIMEOUT_MS, () => new SearchUnavailableError('part', 'timeout')).catch((error: unknown) => {
        throw asUnavailable(error, 'part');
      }),
  });

  if (terms.length === 0) {
    if (!filters) return { hits: [] };
    const browse = await pagefind.search(null, {
      filters,
      sort: { date: 'desc' },
    });
    return { hits: (browse?.results ?? []).map(hitFor) };
  }
  const search = async (q: string) => (await pagefind.search(q, opts))?.results ?? [];
  // The last word may still be being typed, unless the query ends with a space.
  const typing = !/\s$/u.test(query);
  const titleWords = Object.entries(pages).map(([id, p]) => [id, foldedWords(p.title)] as const);

  // A last word of one or two letters, still being typed, is left out until it grows.
  const words = typing && terms.length > 1 && terms[terms.length - 1]!.length < MIN_PREFIX ? terms.slice(0, -1) : terms;
  const perWord = await Promise.all(
    words.map(async (term, i) => {
      const forms = spellings(term);
      const exact = (await Promise.all(forms.map((f) => search(`"${f}"`)))).flat();
      const found = (await Promise.all(forms.map((f) => search(f)))).flat();
      const inTitles = titleWords.some(([, words]) => words.includes(term));
      if (exact.length > 0 || inTitles) return found;
      const prefixAllowed = typing && i === words.length - 1 && term.length >= MIN_PREFIX;
      if (!prefixAllowed || found.length === 0) return [];
      return (await isRealPrefix(term, found, titleWords)) ? found : [];
    }),
  );
  // A word the site holds nowhere ("pokemon", "bitcoin") makes the search fail as a whole
  // rather than list pages for its other words; the page says which word it did not find.
  const missing = words.filter((_, i) => perWord[i]!.length === 0);
  if (missing.length > 0) return { hits: [], missing };

  const byId = new Map<string, { result: PagefindResult; score: number; positions: number[][]; covered: number }>();
  perWord.forEach((list, i) => {
    const seenForWord = new Set<string>();
    for (const r of list) {
      const entry = byId.get(r.id) ?? { result: r, score: 0, positions: words.map((): number[] => []), covered: 0 };
      entry.positions[i]!.push(...r.words);
      if (!seenForWord.has(r.id)) {
        seenForWord.add(r.id);
        entry.covered++;
        entry.score += r.score;
      }
      byId.set(r.id, entry);
    }
  });
  // When every word is present, Pagefind's search for the whole query gives the excerpt and
  // the heading links around the words together; its result carries the page's text.
  if ([...byId.values()].some((e) => e.covered === words.length) && words.length > 1) {
    for (const r of await search(words.join(' '))) {
      const entry = byId.get(r.id);
      if (entry) entry.result = r;
    }
  }
  const candidates: Candidate[] = [...byId.entries()].map(([id, e]) => ({
    id,
    score: e.score,
    positions: e.positions,
    covered: e.covered,
    title: pages[id]?.title ?? '',
    typeRank: typeRank(pages[id]?.type),
  }));
  const ranked = rankCandidates(candidates, words).map((c) => hitFor(byId.get(c.id)!.result));
  if (!options.newestFirst) return { hits: ranked };
  return {
    hits: [...ranked].sort((a, b) => (b.page.date ?? '').localeCompare(a.page.date ?? '')),
  };
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
