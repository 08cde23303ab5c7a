/**
 * Search on the real site (dist/, built by the global setup from content/): the index and
 * the service worker exist, and every article present in content/articles is found first by
 * its own title typed without accents and with d for đ — however many articles there are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { foldVietnamese } from '../../src/lib/search-query';
import { useBrowser } from '../support/browser';
import { articleFrontmatter } from '../support/site';

const baseURL = inject('baseURL');
const { newContext } = useBrowser();

const articles = articleFrontmatter().map(({ slug, data }) => ({ slug, title: String(data.title ?? '') }));

describe('search on the built site', () => {
  it('the build wrote the Pagefind index, and the copy saved for offline reading holds it', () => {
    expect(existsSync('dist/pagefind/pagefind.js')).toBe(true);
    expect(existsSync('dist/pagefind/pagefind-entry.json')).toBe(true);
    // What "Lưu để đọc khi không có mạng" downloads (src/integrations/offline.ts).
    const saved = (JSON.parse(readFileSync('dist/offline-manifest.json', 'utf8')) as { files: { url: string }[] }).files.map((f) => f.url);
    expect(saved).toContain('/pagefind/pagefind.js');
    expect(saved).toContain('/tim-kiem/');
  });

  it('the site has articles to find (without them the test below would pass having checked nothing)', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((a) => a.title.length > 0)).toBe(true);
  });

  it.each(articles)('$slug is the first result for its title typed without accents', async ({ slug, title }) => {
    const context = await newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const query = foldVietnamese(title).replace(/[^\p{L}\p{N}\s-]/gu, ' ');
      await page.goto(`${baseURL}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-search-page][data-search-state="done"]', { state: 'attached' });
      const first = await page.locator('.search-result__title a').first().getAttribute('href');
      expect(first?.split('?')[0]).toBe(`/bai-viet/${slug}/`);
    } finally {
      await context.close();
    }
  });
});
