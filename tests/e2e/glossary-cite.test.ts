/**
 * Glossary, term popovers, "Trích dẫn trang này" and "Đính chính" as a reader meets them, in
 * Chromium against the built site, with JavaScript off where the feature must not need it.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { launchChromium } from '../support/chromium';
import { articleSlugs, builtPages } from '../support/site';

const baseURL = inject('baseURL');
const { withPage } = useBrowser(390);

describe('/thuat-ngu/', () => {
  it('lists 30+ terms as <dfn>, each with an anchor, in Vietnamese alphabetical order', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}/thuat-ngu/`);
      const terms = await page.locator('.term-item dfn').allTextContents();
      expect(terms.length).toBeGreaterThanOrEqual(30);
      const sorted = [...terms].sort(new Intl.Collator('vi', { sensitivity: 'base' }).compare);
      expect(terms).toEqual(sorted);
      const ids = await page.locator('.term-item').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
      expect(builtPages()).toEqual(expect.arrayContaining(ids.map((id) => `/thuat-ngu/${id}/`)));
    });
  });
});

describe('terms in the explainers', () => {
  it('every explainer links at least 5 terms, each to an existing term page', async () => {
    const pages = new Set(builtPages());
    await withPage({ javaScriptEnabled: false }, async (page) => {
      for (const slug of articleSlugs()) {
        await page.goto(`${baseURL}/bai-viet/${slug}/`);
        const hrefs = await page.locator('.article-body .term__link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(new Set(hrefs).size, slug).toBeGreaterThanOrEqual(5);
        for (const href of hrefs) expect(pages.has(href), `${slug}: ${href}`).toBe(true);
      }
    });
  });

  it('a tap on the term opens the definition in place, and Esc closes it', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${baseURL}/bai-viet/ket-qua-2024-khoi-thong-nguon-luc/`);
      const term = page.locator('.article-body .term').first();
      const pop = term.locator('.term__pop');
      expect(await pop.isVisible()).toBe(false);
      const size = async () => {
        const b = await page.locator('.article-body').boundingBox();
        return { width: b!.width, height: b!.height };
      };
      const sizeBefore = await size();
      await term.locator('.term__link').tap();
      await expect.poll(() => pop.isVisible()).toBe(true);
      expect((await pop.textContent())?.length).toBeGreaterThan(60);
      const box = await pop.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      // The popover sits in the top layer: the text around it keeps its size (no reflow).
      expect(await size()).toEqual(sizeBefore);
      await page.keyboard.press('Escape');
      await expect.poll(() => pop.isVisible()).toBe(false);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});

describe('Trích dẫn trang này', () => {
  const pages = () => builtPages().filter((p) => /^\/(bai-viet|so-lieu|thuat-ngu)\/[^/]+\/$/.test(p));

  it('every explainer, chart page and term page offers APA, the Vietnamese style, BibTeX, RIS and CSL-JSON as text', async () => {
    const list = pages();
    expect(list.filter((p) => p.startsWith('/so-lieu/')).length).toBeGreaterThan(0);
    await withPage({ javaScriptEnabled: false }, async (page) => {
      for (const path of list) {
        await page.goto(`${baseURL}${path}`, { waitUntil: 'domcontentloaded' });
        const cite = page.locator('section.cite');
        expect(await cite.count(), path).toBe(1);
        expect(await cite.locator('summary').allTextContents(), path).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
        const text = await cite.textContent();
        expect(text, path).toMatch(/APA 7/);
        expect(text, path).toMatch(/cập nhật ngày \d{2}\/\d{2}\/\d{4}/);
        const csl = JSON.parse((await cite.locator('pre').nth(2).textContent()) ?? '');
        expect(csl[0].URL, path).toMatch(new RegExp(`${path}$`));
        if (!path.startsWith('/thuat-ngu/')) expect(csl.length, `${path}: names the original article`).toBeGreaterThanOrEqual(2);
      }
    });
  }, 300_000); // about 70 pages
});

describe('Đính chính', () => {
  it('shows each article’s corrections with their dates at the end', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}/bai-viet/ket-qua-2024-khoi-thong-nguon-luc/`);
      // The log sits in the folded sources at the end; its anchor opens it.
      await page.goto(`${baseURL}/bai-viet/ket-qua-2024-khoi-thong-nguon-luc/#dinh-chinh`);
      const log = page.locator('section.corrections');
      expect(await log.locator(':is(h2, h3)').textContent()).toBe('Đính chính');
      const dates = await log.locator('li time').allTextContents();
      expect(dates.length).toBeGreaterThanOrEqual(1);
      expect(dates.every((d) => /^\d{2}\/\d{2}\/\d{4}$/.test(d))).toBe(true);
      expect(await log.isVisible()).toBe(true);
    });
  });
});
