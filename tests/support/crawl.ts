/**
 * The crawl: every built page (404 included) visited once with JavaScript on and once with it
 * off, recording what the gates assert on, so that no gate loads the site again.
 *
 * With JavaScript on, under the page's real Content Security Policy (never bypassed), at the
 * reader's phone width first:
 *  - what loading records: CSP violations, requests to other origins (aborted), console
 *    errors, uncaught exceptions, failed or 4xx/5xx requests;
 *  - layout at 390 px then 320 px (after laying out the whole page): nothing wider than the
 *    screen, no text cut off; the theme switch is shown;
 *  - axe-core, every WCAG 2.x A/AA rule, in the theme the page opened in (light) at 390 px;
 *    the theme toggle is clicked (its script runs under the policy) and the colour rules run
 *    again in dark; the window is widened to 1,280 px and every rule runs in dark, then the
 *    toggle is clicked back and the colour rules run in light. Each pass first proves the page
 *    shows the theme it names.
 * With JavaScript off, the system in dark (the theme a reader without scripts gets from CSS):
 *  the status, one h1, the main text laid out and read, and the dark background.
 *
 * axe runs through the DevTools protocol (page.evaluate), which the page's policy does not
 * govern, so the policy stays enforced for everything the page itself does.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { layOutWholePage } from './browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG A/AA rules whose outcome depends on colour: the ones run again in the other theme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
export const PHONE = 390;
export const SMALL_PHONE = 320;
export const DESKTOP = 1280;

/** One axe pass: which rules, at what width, in which theme. */
export interface AxePass {
  name: string;
  rules: 'all' | 'colour';
  width: number;
  dark: boolean;
}
export const AXE_PASSES: AxePass[] = [
  { name: `light, ${PHONE} px, all rules`, rules: 'all', width: PHONE, dark: false },
  { name: `dark (toggle), ${PHONE} px, colour rules`, rules: 'colour', width: PHONE, dark: true },
  { name: `dark (toggle), ${DESKTOP} px, all rules`, rules: 'all', width: DESKTOP, dark: true },
  { name: `light (toggle back), ${DESKTOP} px, colour rules`, rules: 'colour', width: DESKTOP, dark: false },
];

export interface PageRecord {
  path: string;
  /** With JavaScript on. */
  status: number | undefined;
  csp: string[];
  thirdParty: string[];
  console: string[];
  themeToggleShown: boolean;
  /** The embed view of a chart (/so-lieu/<id>/nhung/): chart, takeaway, source, link back, nothing else. */
  embed: boolean;
  layout: Record<number, string[]>;
  /** Per axe pass (AXE_PASSES order): whether the page looked dark, and the violations. */
  axe: { pass: string; lookedDark: boolean; violations: string[] }[];
  /** With JavaScript off. */
  noScript: { status: number | undefined; h1: number; mainText: number; lookedDark: boolean };
}

/** Runs in the page: what a reader would see cut off or pushing the page sideways. */
export function layoutProblems(): string[] {
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
  // A one-line teaser cut with a visible "…" in the summary of a closed <details>, whose tap
  // opens the whole text (the timeline's compact list, issue 22): shortened on purpose, and
  // the reader sees that it is. Anything else cut off, or cut without the ellipsis, is a fault.
  const teaserOnPurpose = (el: Element): boolean =>
    getComputedStyle(el).textOverflow === 'ellipsis' && el.closest('details:not([open]) > summary') !== null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const el = node.parentElement;
    if (!el || el.closest('.visually-hidden, [hidden], template, script, style, noscript')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      if ((r.right > width + 1 || r.left < -1) && !inScroller(el) && !teaserOnPurpose(el)) {
        problems.push(`text "${node.textContent.trim().slice(0, 40)}" in ${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}px`);
        break;
      }
    }
  }
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
    if (el.closest('.visually-hidden') || !el.textContent?.trim() || teaserOnPurpose(el)) continue;
    // A 1 px box is the screen-reader-only pattern, not text a reader loses.
    if (el.clientWidth <= 1 && el.clientHeight <= 1) continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} hides ${el.scrollWidth - el.clientWidth}px of its text`);
  }
  return problems;
}

/** Dark when the page background is dark: proves a pass really shows the theme it names. */
export function looksDark(page: Page): Promise<boolean> {
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

/** axe-core's violations of the WCAG A/AA rules (all, or the colour ones), one line per node. */
export async function axeViolations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ({ tags, only }) => {
      const options = only ? { runOnly: { type: 'rule', values: only } } : { runOnly: { type: 'tag', values: tags } };
      // @ts-expect-error: axe is injected above
      const result = await window.axe.run(document, { ...options, resultTypes: ['violations'] });
      return result.violations.map((v: AxeViolation) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })) as AxeViolation[];
    },
    { tags: WCAG_TAGS, only: rules === 'colour' ? COLOUR_RULES : undefined },
  );
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`),
  );
}

/** The pages the crawl visits: every built page and the 404 page. */
export function crawlPaths(pages: string[]): string[] {
  return [...pages, '/404.html'];
}

async function scriptContext(browser: Browser, origin: string, current: () => PageRecord | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: PHONE, height: 844 }, colorScheme: 'light', reducedMotion: 'reduce' });
  await context.addInitScript(() => {
    // Every page opens in the system's (light) theme: the toggle's saved choice of the previous
    // page is forgotten, so each page's passes start from the same state.
    localStorage.removeItem('theme');
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} "${e.sample}"`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) {
      current()?.thirdParty.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // Requests the route cannot see (service workers) still reach this listener.
  context.on('request', (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin && !current()?.thirdParty.includes(url)) current()?.thirdParty.push(url);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) current()?.console.push(`HTTP ${response.status()} ${response.url()}`);
  });
  context.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin) current()?.console.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) current()?.console.push(`console.${m.type()}: ${m.text()}`);
    if (/Content.Security.Policy/i.test(m.text())) current()?.csp.push(m.text());
  });
  page.on('pageerror', (e) => current()?.console.push(`uncaught: ${e.message}`));
  return { context, page };
}

/**
 * Waits for what a page's scripts build after load to be there: the search page's filters and
 * results come with its index (data-search-state leaves "loading"); the offline box's button
 * comes once it has read the caches (data-offline-state). A state, not a quiet period.
 */
export async function scriptsSettled(page: Page): Promise<void> {
  await until(page, 'the search page has left "loading"', () =>
    [...document.querySelectorAll<HTMLElement>('[data-search-page]')].every((el) => el.dataset.searchState && el.dataset.searchState !== 'loading'),
  );
  // The offline box shows its button once it has read what is saved (src/client/offline/save.ts).
  await until(page, 'the offline box to know what is saved', () =>
    [...document.querySelectorAll<HTMLElement>('[data-offline-save]')].every((el) => Boolean(el.dataset.offlineState)),
  );
}

/**
 * Polls a condition in the page until it holds (a bound of a minute on a hang). Not
 * page.waitForFunction: under the page's policy (no 'unsafe-eval') Playwright's polling may
 * eval, which the policy refuses and reports as a violation; page.evaluate is exempt.
 */
export async function until(page: Page, what: string, check: (arg: string | null) => boolean, arg: string | null = null): Promise<void> {
  for (const end = Date.now() + 60_000; !(await page.evaluate(check, arg)); ) {
    if (Date.now() > end) throw new Error(`${page.url()}: still waiting after a minute for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function clickThemeToggle(page: Page): Promise<void> {
  const toggle = page.locator('.theme-toggle');
  const before = await page.locator('html').getAttribute('data-theme');
  await toggle.click();
  await until(page, 'the theme to change', (b) => document.documentElement.getAttribute('data-theme') !== b, before);
}

/** Visits every path once with JavaScript on and once with it off; see the top of this file. */
export async function crawl(browser: Browser, baseURL: string, paths: string[]): Promise<PageRecord[]> {
  const origin = new URL(baseURL).origin;
  const records: PageRecord[] = paths.map((path) => ({
    path,
    status: undefined,
    csp: [],
    thirdParty: [],
    console: [],
    themeToggleShown: false,
    embed: false,
    layout: {},
    axe: [],
    noScript: { status: undefined, h1: 0, mainText: 0, lookedDark: false },
  }));

  let current: PageRecord | undefined;
  const withScript = await scriptContext(browser, origin, () => current);
  try {
    const { page } = withScript;
    for (const record of records) {
      current = record;
      await page.setViewportSize({ width: PHONE, height: 844 });
      const response = await page.goto(`${baseURL}${record.path}`, { waitUntil: 'load' });
      record.status = response?.status();
      await scriptsSettled(page);
      // The theme switch is shown by script: the header is checked as readers get it.
      record.themeToggleShown = await page.locator('.theme-toggle').isVisible();
      record.embed = (await page.locator('html').getAttribute('data-page-type')) === 'embed';
      // Blocks below the first screen are laid out only near the screen, and their containment
      // would clip what overflows them: laid out here without it, anything too wide spills
      // where the checks see it, and axe reads every block.
      await layOutWholePage(page);
      record.layout[PHONE] = await page.evaluate(layoutProblems);
      await page.setViewportSize({ width: SMALL_PHONE, height: 844 });
      record.layout[SMALL_PHONE] = await page.evaluate(layoutProblems);
      for (const pass of AXE_PASSES) {
        await page.setViewportSize({ width: pass.width, height: 844 });
        const dark = await page.evaluate(() => document.documentElement.getAttribute('data-theme') === 'dark');
        if (dark !== pass.dark && record.themeToggleShown) await clickThemeToggle(page);
        // An embed has no toggle (it follows the host reader's system scheme): the system turns dark.
        if (!record.themeToggleShown && record.embed) await page.emulateMedia({ colorScheme: pass.dark ? 'dark' : 'light' });
        record.axe.push({ pass: pass.name, lookedDark: await looksDark(page), violations: await axeViolations(page, pass.rules) });
      }
      // Read last: the toggle's clicks above ran under the policy too.
      record.csp.push(...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)));
    }
  } finally {
    current = undefined;
    await withScript.context.close();
  }

  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: PHONE, height: 844 }, colorScheme: 'dark' });
  try {
    const page = await noScript.newPage();
    for (const record of records) {
      const response = await page.goto(`${baseURL}${record.path}`, { waitUntil: 'load' });
      await layOutWholePage(page);
      record.noScript = {
        status: response?.status(),
        h1: await page.locator('h1').count(),
        mainText: (await page.locator('main').innerText()).trim().length,
        lookedDark: await looksDark(page),
      };
    }
  } finally {
    await noScript.close();
  }
  return records;
}
