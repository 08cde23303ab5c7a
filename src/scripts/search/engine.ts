/**
 * The search engine in the browser: loads Pagefind on first use (never at first paint),
 * searches every spelling of the query (d/đ variants, see src/lib/search-query.ts) and
 * merges them by best score, so "dinh tien dung" ranks pages as "Đinh Tiến Dũng" does.
 */
import { mergeHits, queryVariants } from '../../lib/search-query';

/** The part of Pagefind's browser API this site uses (pagefind.js ships no types). */
interface PagefindHit {
  id: string;
  score: number;
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
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindSearch {
  results: PagefindHit[];
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, opts?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
export type Filters = Record<string, { any: string[] }>;

let loading: Promise<Pagefind> | undefined;

/** Loads /pagefind/pagefind.js once. The URL is built at run time so Vite leaves it alone. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.origin).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // noWorker: Pagefind's web worker is a second copy of its code (≈ 12 KB gzip) that the
    // first query would have to download; this index is small enough for the main thread,
    // and without it the CSP needs no worker-src for search.
    await pagefind.options({ excerptLength: 26, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export interface SearchOptions {
  filters?: Filters;
  /** Newest first instead of by relevance. */
  newestFirst?: boolean;
}

export interface SearchOutcome {
  hits: PagefindHit[];
}

/**
 * Searches all spellings of `query` and returns the merged hits, best first. With no query
 * but some filters, lists the filtered pages (newest first), which Pagefind supports.
 */
export async function runSearch(query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const variants = queryVariants(query);
  const filters = options.filters && Object.keys(options.filters).length ? options.filters : undefined;
  if (variants.length === 0) {
    if (!filters) return { hits: [] };
    const browse = await pagefind.search(null, { filters, sort: { date: 'desc' } });
    return { hits: browse?.results ?? [] };
  }
  const searches = await Promise.all(variants.map((v) => pagefind.search(v, filters ? { filters } : {})));
  const hits = mergeHits(searches.map((s) => s?.results ?? []));
  if (!options.newestFirst) return { hits };
  // Sorting merged hits needs each page's date; Pagefind keeps it in the "date" meta.
  const dated = await Promise.all(hits.map(async (hit) => ({ hit, date: (await hit.data()).meta.date ?? '' })));
  dated.sort((a, b) => b.date.localeCompare(a.date));
  return { hits: dated.map((d) => d.hit) };
}

export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}
