/**
 * Every built page on a phone, JavaScript on (the header's search box and theme switch only
 * appear with it): nothing wider than the screen, no text cut off at either edge or inside a
 * box that hides its overflow; on articles the text starts within 1,300 px at 390×844.
 * One browser, one page reused for all the URLs of a width.
 */
import { describe, expect, inject, it } from 'vitest';
import { layOutWholePage, useBrowser } from '../support/browser';
import { articleSlugs, builtPages } from '../support/site';

const baseURL = inject('baseURL');
const { withPage } = useBrowser(390);

/** Runs in the page: what a reader would see cut off or pushing the page sideways. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const width = window.innerWidth;
  const root = document.documentElement;
  if (root.scrollWidth > width) problems.push(`page is ${root.scrollWidth}px wide`);
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  // Content inside a region that scrolls sideways on purpose (wide tables, the timeline strip).
  const inScroller = (el: Element): boolean => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if ((o === 'auto' || o === 'scroll') && a.scrollWidth > a.clientWidth) return true;
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const el = node.parentElement;
    if (!el || el.closest('.visually-hidden, [hidden], template, script, style, noscript')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      if ((r.right > width + 1 || r.left < -1) && !inScroller(el)) {
        problems.push(`text "${node.textContent.trim().slice(0, 40)}" in ${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}px`);
        break;
      }
    }
  }
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
    if (el.closest('.visually-hidden') || !el.textContent?.trim()) continue;
    // A 1 px box is the screen-reader-only pattern, not text a reader loses.
    if (el.clientWidth <= 1 && el.clientHeight <= 1) continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} hides ${el.scrollWidth - el.clientWidth}px of its text`);
  }
  return problems;
}

describe('pages on a phone, JavaScript on', () => {
  for (const width of [320, 390]) {
    // About 50 pages in one browser tab: allow for a loaded CI machine.
    it(`no page is wider than ${width} px and no text is cut off`, { timeout: 300_000 }, async () => {
      const pages = [...builtPages(), '/khong-co-trang-nay/'];
      const problems: string[] = [];
      await withPage({ width }, async (page) => {
        for (const path of pages) {
          await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
          // The theme switch is shown by script: the header is checked as readers get it.
          expect(await page.locator('.theme-toggle').isVisible(), path).toBe(true);
          // Blocks below the first screen are laid out only near the screen, and their
          // containment would clip what overflows them: laid out here without it, anything
          // too wide spills where the checks see it.
          await layOutWholePage(page);
          for (const p of await page.evaluate(layoutProblems)) problems.push(`${path}: ${p}`);
        }
      });
      expect(problems).toEqual([]);
    });
  }

  it('the header controls stay on screen at 320 px, and the theme switch names the theme in use', async () => {
    await withPage({ width: 320 }, async (page) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${baseURL}/`);
      // The search box opens from its icon on a phone.
      await page.locator('[data-search-toggle]').click();
      for (const selector of ['.site-header__brand', '[data-search-toggle]', '#header-search-input', '.header-search button', '.theme-toggle']) {
        const box = await page.locator(selector).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320, selector).toBe(true);
      }
      const toggle = page.locator('.theme-toggle');
      expect(await toggle.innerText()).toBe('Nền sáng');
      await toggle.click();
      expect(await toggle.innerText()).toBe('Nền tối');
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
