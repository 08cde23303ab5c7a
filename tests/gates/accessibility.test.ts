/**
 * Gate 1, accessibility, the keyboard: a walk of one page of each page type, in light at
 * 390 px and in dark (the toggle's saved choice) at desktop width. Tab reaches every visible
 * control, in DOM order (no positive tabindex), starting with the skip link, and every
 * focused control shows a focus indicator (outline or box-shadow) inside the viewport.
 * axe-core on every page, both themes, phone and desktop, is in site-crawl.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { DESKTOP, PHONE, looksDark, scriptsSettled } from '../support/crawl';
import { onePagePerType } from '../support/dist';

const baseURL = inject('baseURL');

interface Variant {
  name: string;
  width: number;
  colorScheme: 'light' | 'dark';
  /** The theme saved by the toggle (localStorage), applied by BaseLayout's inline script. */
  savedTheme?: 'dark' | 'light';
}
const VARIANTS: Variant[] = [
  { name: `light, ${PHONE} px`, width: PHONE, colorScheme: 'light' },
  { name: `dark (toggle), ${DESKTOP} px`, width: DESKTOP, colorScheme: 'light', savedTheme: 'dark' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function contextFor(variant: Variant): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: variant.width, height: 844 },
    colorScheme: variant.colorScheme,
    reducedMotion: 'reduce',
  });
  if (variant.savedTheme) {
    await context.addInitScript((theme) => localStorage.setItem('theme', theme), variant.savedTheme);
  }
  return context;
}

interface Stop {
  index: number;
  label: string;
  focusVisible: boolean;
  inViewport: boolean;
}

/** Marks the controls Tab should reach, in DOM order; returns their labels. */
async function markTabbables(page: Page): Promise<{ labels: string[]; positiveTabindex: string[] }> {
  return page.evaluate(() => {
    const selector = [
      'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary',
      'iframe', 'audio[controls]', 'video[controls]', '[contenteditable]:not([contenteditable="false"])', '[tabindex]',
    ].join(',');
    const label = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const all = [...document.querySelectorAll<HTMLElement>(selector)];
    const positiveTabindex = all.filter((el) => el.tabIndex > 0).map(label);
    const reachable = all.filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
      // Hidden, display:none, inside a closed <details> or inert: not a stop.
      return el.checkVisibility({ checkVisibilityCSS: true }) && el.getClientRects().length > 0 && !el.closest('[inert]');
    });
    reachable.forEach((el, i) => el.setAttribute('data-gate-tab', String(i)));
    return { labels: reachable.map(label), positiveTabindex };
  });
}

/** Presses Tab and describes where focus landed. */
async function tab(page: Page): Promise<Stop | undefined> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    // A control inside a popover that focusing a chart's mark opened (its value, the link to
    // its row): a stop of its own, right after its mark, that was not on the page before.
    if (!el.hasAttribute('data-gate-tab')) return el.closest(':popover-open') ? { index: -1, label: 'popover', focusVisible: true, inViewport: true } : undefined;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    return {
      index: Number(el.getAttribute('data-gate-tab')),
      label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
      focusVisible: (outline || shadow) && el.matches(':focus-visible'),
      inViewport: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
    };
  });
}

describe('keyboard: every control reachable in order with a visible focus, one page of each type', () => {
  const types = onePagePerType();
  for (const [type, path] of types) {
    for (const variant of VARIANTS) {
      it(`${type} (${path}), ${variant.name}`, async () => {
        const context = await contextFor(variant);
        try {
          const page = await context.newPage();
          // Controls a page builds after load (the search filters) are part of the walk.
          await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
          await scriptsSettled(page);
          // The saved choice is applied before paint (BaseLayout's inline script), on every page type.
          expect(await looksDark(page), 'shows the theme it names').toBe(variant.savedTheme === 'dark');
          const { labels, positiveTabindex } = await markTabbables(page);
          expect(positiveTabindex, 'tabindex > 0 breaks the reading order').toEqual([]);
          expect(labels.length).toBeGreaterThan(0);

          // The walk: Tab until focus leaves the page (or too many presses).
          const stops: Stop[] = [];
          let popoverStops = 0;
          for (let i = 0; i < labels.length + 5; ) {
            const stop = await tab(page);
            if (!stop) break;
            if (stop.index === -1) {
              if (++popoverStops > 50) break;
              continue;
            }
            stops.push(stop);
            i++;
          }
          expect(stops[0]?.label, 'the first Tab stop is the skip link').toMatch(/Bỏ qua, tới nội dung chính/);
          expect(stops.map((s) => s.index), `Tab order vs DOM order:\n${stops.map((s) => s.label).join('\n')}`).toEqual(labels.map((_, i) => i));
          const invisible = stops.filter((s) => !s.focusVisible || !s.inViewport).map((s) => `${s.label}: ${s.focusVisible ? '' : 'no focus indicator '}${s.inViewport ? '' : 'outside the viewport'}`);
          expect(invisible, 'focused controls without a visible focus').toEqual([]);

          // The skip link moves focus to the main content; the next Tab starts inside it.
          await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
          await markTabbables(page);
          await page.keyboard.press('Tab');
          await page.keyboard.press('Enter');
          expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
          const afterSkip = await tab(page);
          const firstInMain = await page.evaluate(() => document.querySelector('main [data-gate-tab]')?.getAttribute('data-gate-tab'));
          if (firstInMain !== undefined && firstInMain !== null) expect(afterSkip?.index).toBe(Number(firstInMain));
        } finally {
          await context.close();
        }
      });
    }
  }
});
