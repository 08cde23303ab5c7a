import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  OFFLINE_HELP_LINK,
  SAVE_LINK,
  SearchUnavailableError,
  asUnavailable,
  isSearchIndexUrl,
  observeFailures,
  problemOf,
  searchNotice,
  withTimeout,
} from '../../src/lib/search-availability';

const ORIGIN = 'https://example.vn';

describe('a bounded wait', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the work its answer when it comes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, () => new Error('late'))).resolves.toBe(7);
  });

  it('fails with the timeout error when the work never answers (Pagefind offline)', async () => {
    vi.useFakeTimers();
    const never = new Promise<number>(() => {});
    const bounded = withTimeout(never, 6000, () => new SearchUnavailableError('index', 'timeout'));
    const settled = expect(bounded).rejects.toMatchObject({ problem: 'index', reason: 'timeout' });
    await vi.advanceTimersByTimeAsync(5999);
    let done = false;
    void bounded.catch(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
  });

  it('passes the work’s own failure through, before the timeout', async () => {
    await expect(withTimeout(Promise.reject(new TypeError('Failed to fetch')), 1000, () => new Error('late'))).rejects.toThrow('Failed to fetch');
  });
});

describe('which failures count', () => {
  it('only requests for the search index on this site', () => {
    expect(isSearchIndexUrl('/pagefind/index/vi_1.pf_index', ORIGIN)).toBe(true);
    expect(isSearchIndexUrl(`${ORIGIN}/pagefind/pagefind-entry.json?ts=1`, ORIGIN)).toBe(true);
    expect(isSearchIndexUrl('/pagefind/pages.json', ORIGIN)).toBe(true);
    expect(isSearchIndexUrl('/bai-viet/x/', ORIGIN)).toBe(false);
    expect(isSearchIndexUrl('https://other.example/pagefind/pagefind.js', ORIGIN)).toBe(false);
  });

  it('sees a rejected or HTTP-error index request, passes every answer through unchanged', async () => {
    const failed: string[] = [];
    const fake = vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.includes('offline')) throw new TypeError('Failed to fetch');
      return new Response('x', { status: url.includes('gone') ? 404 : 200 });
    });
    const watched = observeFailures(fake, (url) => isSearchIndexUrl(url, ORIGIN), (url) => failed.push(url));
    expect((await watched('/pagefind/index/ok.pf_index')).status).toBe(200);
    expect((await watched('/pagefind/index/gone.pf_index')).status).toBe(404);
    await expect(watched('/pagefind/index/offline.pf_index')).rejects.toThrow('Failed to fetch');
    await expect(watched('/bai-viet/offline/')).rejects.toThrow('Failed to fetch');
    expect((await watched(new URL(`${ORIGIN}/pagefind/fragment/gone.pf_fragment`))).status).toBe(404);
    expect(failed).toEqual(['/pagefind/index/gone.pf_index', '/pagefind/index/offline.pf_index', `${ORIGIN}/pagefind/fragment/gone.pf_fragment`]);
    expect(fake).toHaveBeenCalledTimes(5);
  });
});

describe('what the reader is told', () => {
  it('an unknown failure of a query is a part of the index out of reach; a classified one stays', () => {
    const unknown = asUnavailable(new TypeError('Failed to fetch'), 'part');
    expect(unknown).toMatchObject({ problem: 'part', reason: 'error' });
    const timeout = new SearchUnavailableError('index', 'timeout');
    expect(asUnavailable(timeout, 'part')).toBe(timeout);
  });

  it('the index out of reach: search needs the network or a saved copy; links to saving and to the offline page', () => {
    const notice = searchNotice('index', 'error');
    expect(notice.text).toMatch(/^Chưa tải được chỉ mục tìm kiếm: tìm kiếm cần có mạng, hoặc một bản lưu trên máy này\./);
    expect(notice.text).not.toMatch(/Đang tải/);
    expect(notice.links).toEqual([SAVE_LINK, OFFLINE_HELP_LINK]);
    expect(SAVE_LINK).toEqual({ href: '/gioi-thieu/#doc-khi-khong-co-mang', label: 'Lưu để đọc khi không có mạng' });
    expect(OFFLINE_HELP_LINK.href).toBe('/ngoai-tuyen/');
  });

  it('a part out of reach: this query needs what is not saved; a slow network is named', () => {
    expect(searchNotice('part', 'error').text).toMatch(/^Câu tìm này cần một phần chỉ mục tìm kiếm chưa được lưu trên máy này, và hiện không tải được\./);
    expect(searchNotice('part', 'timeout').text).toMatch(/hiện không tải được \(mạng chậm hoặc đã ngắt\)\./);
    expect(searchNotice('index', 'timeout').text).toMatch(/^Chưa tải được chỉ mục tìm kiếm \(mạng chậm hoặc đã ngắt\):/);
  });
});

describe('which problem failed requests point at', () => {
  it('none, the index itself (loader, entry, meta, WebAssembly, page list), or a part (chunks)', () => {
    expect(problemOf([], ORIGIN)).toBeUndefined();
    expect(problemOf(['/pagefind/index/vi_1.pf_index', '/pagefind/fragment/vi_2.pf_fragment'], ORIGIN)).toBe('part');
    expect(problemOf([`${ORIGIN}/pagefind/filter/vi_3.pf_filter`], ORIGIN)).toBe('part');
    expect(problemOf(['/pagefind/index/vi_1.pf_index', '/pagefind/pagefind-entry.json?ts=123'], ORIGIN)).toBe('index');
    expect(problemOf(['/pagefind/pages.json'], ORIGIN)).toBe('index');
    expect(problemOf(['/pagefind/wasm.unknown.pagefind'], ORIGIN)).toBe('index');
    expect(problemOf(['/pagefind/pagefind.vi_1d426adbdd.pf_meta'], ORIGIN)).toBe('index');
  });
});
