import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cacheFor, formatSize, isSaved, offlineManifest, percentDone, urlFor } from '../../src/lib/offline-plan';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const file = (path: string, digest = 'a') => ({ path, raw: 1000, gzip: 300, digest });

describe('what the saved copy holds', () => {
  it('every page and the whole search index, not the 404 page, the scripts nor the offline step itself', () => {
    expect(isSaved('index.html')).toBe(true);
    expect(isSaved('bai-viet/x/index.html')).toBe(true);
    expect(isSaved('pagefind/pagefind.js')).toBe(true);
    expect(isSaved('pagefind/pagefind-entry.json')).toBe(true);
    expect(isSaved('pagefind/pages.json')).toBe(true);
    expect(isSaved('pagefind/wasm.vi.pagefind')).toBe(true);
    expect(isSaved('pagefind/index/vi_abc.pf_index')).toBe(true);
    expect(isSaved('pagefind/fragment/vi_abc.pf_fragment')).toBe(true);
    expect(isSaved('404.html')).toBe(false);
    expect(isSaved('_astro/page.abc.js')).toBe(false);
    expect(isSaved('pagefind/pagefind-ui.js')).toBe(false);
    expect(isSaved('sw.js')).toBe(false);
  });

  it('serves directory pages at their trailing-slash URL', () => {
    expect(urlFor('index.html')).toBe('/');
    expect(urlFor('bai-viet/x/index.html')).toBe('/bai-viet/x/');
    expect(urlFor('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('totals what it would download and names caches after a revision that follows every file', () => {
    const files = [file('index.html'), file('bai-viet/x/index.html'), file('pagefind/pagefind.js'), file('_astro/a.js'), file('sw.js')];
    const m = offlineManifest(files, sha);
    expect(m.total).toEqual({ files: 3, raw: 3000, gzip: 900 });
    expect(m.files.map((f) => f.url).sort()).toEqual(['/', '/bai-viet/x/', '/pagefind/pagefind.js']);
    expect(m.caches.pages).toBe(`hn-${m.revision}-pages`);
    expect(cacheFor('/pagefind/pagefind.js', m)).toBe(m.caches.search);
    expect(cacheFor('/bai-viet/x/', m)).toBe(m.caches.pages);
    // Same files, same revision (reproducible builds keep the reader's caches) …
    expect(offlineManifest([...files].reverse(), sha).revision).toBe(m.revision);
    // … a changed script or page, a new one; the worker's own output does not count.
    expect(offlineManifest(files.map((f) => (f.path === '_astro/a.js' ? { ...f, digest: 'b' } : f)), sha).revision).not.toBe(m.revision);
    expect(offlineManifest(files.map((f) => (f.path === 'sw.js' ? { ...f, digest: 'b' } : f)), sha).revision).toBe(m.revision);
  });
});

describe('sizes and progress as the reader reads them', () => {
  it('writes KB and MB the Vietnamese way', () => {
    expect(formatSize(300)).toBe('1 KB');
    expect(formatSize(636_365)).toBe('621 KB');
    expect(formatSize(1_258_291)).toBe('1,2 MB');
    expect(formatSize(15 * 1024 * 1024)).toBe('15,0 MB');
  });

  it('never says 100% before the last file', () => {
    expect(percentDone(0, 10)).toBe(0);
    expect(percentDone(999, 1000)).toBe(99);
    expect(percentDone(1000, 1000)).toBe(100);
    expect(percentDone(0, 0)).toBe(100);
  });
});
