/**
 * Glossary, term popovers, "Trích dẫn trang này" and "Đính chính" as a reader meets them, in
 * Chromium against the built site, with JavaScript off where the feature must not need it.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { builtPages } from '../support/site';

const baseURL = inject('baseURL');
const { withPage, newContext } = useBrowser(390);

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
  // "At least 5 term links, each to a term page" reads the HTML: built-html.test.ts.
  it('a tap on the term opens the definition in place, and Esc closes it', async () => {
    const context = await newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    try {
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
      // Waits for a state; the bound is on a hang, not a window (expect.poll's default is 1 s).
      await pop.waitFor({ state: 'visible', timeout: 60_000 });
      expect((await pop.textContent())?.length).toBeGreaterThan(60);
      const box = await pop.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      // The popover sits in the top layer: the text around it keeps its size (no reflow).
      expect(await size()).toEqual(sizeBefore);
      await page.keyboard.press('Escape');
      await pop.waitFor({ state: 'hidden', timeout: 60_000 });
    } finally {
      await context.close();
    }
  });
});

// Trích dẫn trang này on every explainer, chart page and term page reads the HTML: built-html.test.ts.

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
