/**
 * When search cannot reach its index: how long to wait, how a failure is noticed, and what
 * the reader is told. Pure (no DOM): src/client/search/engine.ts applies it to Pagefind,
 * page.ts and combobox.ts show the notice.
 *
 * Two things go wrong offline, or on a network that stalls:
 *  - the index itself (pagefind.js, its entry, meta and WebAssembly, pages.json) is neither
 *    saved nor reachable: with nothing to time it out, Pagefind would wait for ever;
 *  - the index loaded, but a chunk this query needs (index words, page text) is neither saved
 *    nor reachable. Pagefind swallows a failed index chunk and answers as if the word were on
 *    no page, which would tell the reader "no page holds this word": wrong, and so the engine
 *    counts failed index requests around each query and reports the query as unanswerable.
 */
import { routes } from './routes';
import { PAGEFIND_CORE_URL } from './pagefind-files';

/** What could not be reached: the whole index, or a part a query needed. */
export type SearchProblem = 'index' | 'part';
/** How it failed: an error (offline, refused, HTTP error) or no answer in time. */
export type SearchCause = 'error' | 'timeout';

/** Loading the index: pagefind.js, its entry, meta and WebAssembly, a few tens of KB gzip. */
export const LOAD_TIMEOUT_MS = 6000;
/** One query once the index is loaded: a few index chunks and, on the page, some page text. */
export const QUERY_TIMEOUT_MS = 6000;

export class SearchUnavailableError extends Error {
  readonly problem: SearchProblem;
  readonly reason: SearchCause;
  constructor(problem: SearchProblem, reason: SearchCause, options?: { cause?: unknown }) {
    super(`search ${problem} unavailable (${reason})`, options);
    this.name = 'SearchUnavailableError';
    this.problem = problem;
    this.reason = reason;
  }
}

/**
 * Any failure of search as the reader's problem: errors the engine already classified stay
 * as they are; anything else (a failed fetch, a broken chunk) counts as `fallback`.
 */
export function asUnavailable(error: unknown, fallback: SearchProblem): SearchUnavailableError {
  if (error instanceof SearchUnavailableError) return error;
  return new SearchUnavailableError(fallback, 'error', { cause: error });
}

/**
 * `work`, or a rejection with `onTimeout()` after `ms`. The work itself is not cancelled
 * (fetch has no timeout of its own); the caller drops it and starts afresh on a retry.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Which problem failed requests point at: Pagefind's loader, entry, meta (a .pf_meta file
 * named like a chunk, but loaded before any query), WebAssembly or the
 * page list mean the index itself; index, filter and page-text chunks, a part of it.
 * Undefined when nothing failed.
 */
export function problemOf(failedUrls: readonly string[], origin: string): SearchProblem | undefined {
  if (failedUrls.length === 0) return undefined;
  const core = (url: string) => PAGEFIND_CORE_URL.test(url) || /\.pf_meta(\?.*)?$/.test(url);
  return failedUrls.some((url) => core(new URL(url, origin).href)) ? 'index' : 'part';
}

/** Is this request one of Pagefind's files (or the page list beside them)? */
export function isSearchIndexUrl(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin && parsed.pathname.startsWith('/pagefind/');
  } catch {
    return false;
  }
}

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * `fetchFn` unchanged for the caller, but calling `onFailure` for each watched request that
 * fails (rejects, or answers with an HTTP error). Pagefind fetches through the global fetch
 * and gives no hook of its own, and it hides index-chunk failures; this is how they are seen.
 */
export function observeFailures(fetchFn: Fetch, watched: (url: string) => boolean, onFailure: (url: string) => void): Fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!watched(url)) return fetchFn(input, init);
    try {
      const response = await fetchFn(input, init);
      if (!response.ok) onFailure(url);
      return response;
    } catch (error) {
      onFailure(url);
      throw error;
    }
  };
}

export interface NoticeLink {
  href: string;
  label: string;
}

export interface SearchNotice {
  /** One or two sentences, in Vietnamese. */
  text: string;
  /** Where to go next: saving the site (needs the network), what works offline (always cached). */
  links: NoticeLink[];
}

/** The save control, "Lưu để đọc khi không có mạng", on /gioi-thieu/. */
export const SAVE_LINK: NoticeLink = { href: routes.saveOffline, label: 'Lưu để đọc khi không có mạng' };
/** The offline page, precached with the shell, so it opens even when nothing else does. */
export const OFFLINE_HELP_LINK: NoticeLink = { href: routes.offline, label: 'Những gì vẫn dùng được khi không có mạng' };

/**
 * What the reader is told. Wording follows the offline note (offline/OfflineSupport.astro): search
 * works over what is saved on this device; the rest needs the network.
 */
export function searchNotice(problem: SearchProblem, reason: SearchCause): SearchNotice {
  const slow = reason === 'timeout' ? ' (mạng chậm hoặc đã ngắt)' : '';
  const text =
    problem === 'index'
      ? `Chưa tải được chỉ mục tìm kiếm${slow}: tìm kiếm cần có mạng, hoặc một bản lưu trên máy này. Khi có mạng, hãy tìm lại hoặc tải lại trang.`
      : `Câu tìm này cần một phần chỉ mục tìm kiếm chưa được lưu trên máy này, và hiện không tải được${slow}. Khi không có mạng, tìm kiếm chỉ tìm trong phần đã lưu; khi có mạng, hãy tìm lại.`;
  return { text, links: [SAVE_LINK, OFFLINE_HELP_LINK] };
}
