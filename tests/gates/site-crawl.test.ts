/**
 * The gates that need a browser, over every built page (404 included), from one crawl of the
 * site (tests/support/crawl.ts: each page once with JavaScript on under its real policy, once
 * with JavaScript off). Gates 1 (axe), 4 (CSP at load), 5 (no third-party request), 6
 * (console and network), the layout on a phone and the reading without JavaScript.
 * The keyboard walk (one page of each type) is in accessibility.test.ts; the checks that only
 * read HTML are in built-html.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { AXE_PASSES, PHONE, SMALL_PHONE, crawl, crawlPaths, type PageRecord } from '../support/crawl';
import { builtPages } from '../support/site';

const baseURL = inject('baseURL');
const paths = crawlPaths(builtPages());

let browser: Browser;
let records: PageRecord[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  records = await crawl(browser, baseURL, paths);
  // A bound on a hang, in minutes: about 100 pages on a loaded 2-core machine.
}, 1_800_000);

afterAll(async () => {
  await browser?.close();
});

const problems = (pick: (r: PageRecord) => string[]) => records.flatMap((r) => pick(r).map((p) => `${r.path}: ${p}`));

describe('the crawl', () => {
  it('visited every built page and the 404 page, each answering 200, with and without JavaScript', () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(records.map((r) => r.path)).toEqual(paths);
    expect(problems((r) => (r.status === 200 ? [] : [`status ${r.status} with JavaScript`]))).toEqual([]);
    expect(problems((r) => (r.noScript.status === 200 ? [] : [`status ${r.noScript.status} without JavaScript`]))).toEqual([]);
  });
});

describe('Content Security Policy (gate 4)', () => {
  it('loading every page and using the theme toggle records 0 violations', () => {
    const violations = problems((r) => r.csp);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

describe('no third-party requests (gate 5)', () => {
  it('every page loads only from the site itself', () => {
    const requests = problems((r) => r.thirdParty);
    expect(requests, requests.join('\n')).toEqual([]);
  });
});

describe('console and network (gate 6)', () => {
  it('no page logs an error, throws, or requests a missing file', () => {
    const errors = problems((r) => r.console);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe('axe-core (gate 1): no WCAG 2.2 A/AA violation on any page, both themes, phone and desktop', () => {
  AXE_PASSES.forEach((pass, i) => {
    it(pass.name, () => {
      const wrongTheme = problems((r) => (r.axe[i]?.lookedDark === pass.dark ? [] : [`should ${pass.dark ? '' : 'not '}look dark`]));
      expect(wrongTheme, wrongTheme.join('\n')).toEqual([]);
      const violations = problems((r) => r.axe[i]?.violations ?? ['not checked']);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  });
});

describe('pages on a phone, JavaScript on', () => {
  it("every page shows the theme switch (but a chart's embed view, which is the chart alone)", () => {
    expect(records.filter((r) => r.embed).length, 'the embed views were recognised').toBeGreaterThan(0);
    expect(problems((r) => (r.themeToggleShown || r.embed ? [] : ['no theme switch']))).toEqual([]);
    expect(problems((r) => (r.embed && r.themeToggleShown ? ["an embed with the site's theme switch"] : []))).toEqual([]);
  });
  for (const width of [SMALL_PHONE, PHONE]) {
    it(`no page is wider than ${width} px and no text is cut off`, () => {
      const found = problems((r) => r.layout[width] ?? ['not checked']);
      expect(found, found.join('\n')).toEqual([]);
    });
  }
});

describe('without JavaScript', () => {
  it('every page reads fully: one heading, the main text, in the system theme (dark here) from CSS alone', () => {
    const found = problems(({ noScript: n }) => [
      ...(n.h1 === 1 ? [] : [`${n.h1} h1`]),
      ...(n.mainText > 100 ? [] : [`main text of ${n.mainText} characters`]),
      ...(n.lookedDark ? [] : ['does not follow the system dark theme']),
    ]);
    expect(found, found.join('\n')).toEqual([]);
  });
});
