/**
 * Gate 1, accessibility, in Chromium against the built site:
 *  - axe-core on every built page (404 included) in both themes at 390 px and at desktop
 *    width: no violation of the WCAG 2.0/2.1/2.2 A and AA rules. The dark theme is reached
 *    both ways a reader reaches it: the system setting (390 px) and the toggle's saved choice
 *    over a light system (desktop).
 *  - a keyboard walk of one page of each page type: Tab reaches every visible control, in DOM
 *    order (no positive tabindex), starting with the skip link, and every focused control
 *    shows a focus indicator (outline or box-shadow) inside the viewport.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { builtPages } from '../support/site';
import { onePagePerType } from '../support/dist';

const baseURL = inject('baseURL');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MOBILE = 390;
const DESKTOP = 1280;

interface Variant {
  name: string;
  width: number;
  colorScheme: 'light' | 'dark';
  /** The theme saved by the toggle (localStorage), applied by BaseLayout's inline script. */
  savedTheme?: 'dark' | 'light';
  expectDark: boolean;
}
const VARIANTS: Variant[] = [
  { name: `light, ${MOBILE} px`, width: MOBILE, colorScheme: 'light', expectDark: false },
  { name: `dark (system), ${MOBILE} px`, width: MOBILE, colorScheme: 'dark', expectDark: true },
  { name: `light, ${DESKTOP} px`, width: DESKTOP, colorScheme: 'light', expectDark: false },
  { name: `dark (toggle), ${DESKTOP} px`, width: DESKTOP, colorScheme: 'light', savedTheme: 'dark', expectDark: true },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function contextFor(variant: Variant): Promise<BrowserContext> {
  // The CSP gate checks the real policy; here axe is injected, so the policy is bypassed.
  const context = await browser.newContext({
    viewport: { width: variant.width, height: 844 },
    colorScheme: variant.colorScheme,
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
  if (variant.savedTheme) {
    await context.addInitScript((theme) => localStorage.setItem('theme', theme), variant.savedTheme);
  }
  return context;
}

/** Dark when the page background is dark: proves the variant really shows the theme it names. */
async function looksDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return (r ?? 255) + (g ?? 255) + (b ?? 255) < 3 * 128;
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // @ts-expect-error: axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
}

function describeViolations(path: string, variant: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${path} [${variant}] ${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`),
  );
}

describe('axe-core: no WCAG 2.2 A/AA violation on any page, both themes, mobile and desktop', () => {
  const pages = [...builtPages(), '/404.html'];
  for (const variant of VARIANTS) {
    it(`${pages.length} pages, ${variant.name}`, { timeout: 30_000 + pages.length * 10_000 }, async () => {
      const context = await contextFor(variant);
      const problems: string[] = [];
      try {
        const page = await context.newPage();
        for (const path of pages) {
          const response = await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
          expect(response?.status(), path).toBe(200);
          expect(await looksDark(page), `${path}: ${variant.name} should ${variant.expectDark ? '' : 'not '}look dark`).toBe(variant.expectDark);
          problems.push(...describeViolations(path, variant.name, await axeViolations(page)));
        }
      } finally {
        await context.close();
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

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
    if (!el || el === document.body || !el.hasAttribute('data-gate-tab')) return undefined;
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
    for (const variant of [VARIANTS[0]!, VARIANTS[3]!]) {
      it(`${type} (${path}), ${variant.name}`, async () => {
        const context = await contextFor(variant);
        try {
          const page = await context.newPage();
          // networkidle: controls a page builds after load (the search filters) are part of the walk.
          await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
          const { labels, positiveTabindex } = await markTabbables(page);
          expect(positiveTabindex, 'tabindex > 0 breaks the reading order').toEqual([]);
          expect(labels.length).toBeGreaterThan(0);

          // The walk: Tab until focus leaves the page (or too many presses).
          const stops: Stop[] = [];
          for (let i = 0; i < labels.length + 5; i++) {
            const stop = await tab(page);
            if (!stop) break;
            stops.push(stop);
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
