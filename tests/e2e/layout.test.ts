/**
 * The page on a phone beyond what the crawl checks on every page (site-crawl.test.ts: no
 * page wider than 320 or 390 px, no text cut off, the theme switch shown): the header's
 * controls at 320 px; each article's text starting within
 * 1,300 px at 390×844.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { articleSlugs } from '../support/site';

const baseURL = inject('baseURL');
const { withPage } = useBrowser(390);

describe('the header on a phone', () => {
  // The theme switch's label and its choice surviving a reload: pages.test.ts ("theme").
  it('the header controls stay on screen at 320 px', async () => {
    await withPage({ width: 320 }, async (page) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${baseURL}/`);
      // The search box opens from its icon on a phone.
      await page.locator('[data-search-toggle]').click();
      for (const selector of ['.site-header__brand', '[data-search-toggle]', '#header-search-input', '.header-search button', '.theme-toggle']) {
        const box = await page.locator(selector).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320, selector).toBe(true);
      }
    });
  });
});

describe('articles start high on a phone', () => {
  it('at 390×844 the first paragraph of every article begins within 1,300 px', async () => {
    await withPage({ width: 390 }, async (page) => {
      for (const slug of articleSlugs()) {
        await page.goto(`${baseURL}/bai-viet/${slug}/`);
        const top = await page.locator('.article-body > p').first().evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
        expect(top, slug).toBeLessThanOrEqual(1300);
      }
    });
  });
});
