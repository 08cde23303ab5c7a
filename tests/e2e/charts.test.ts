/** Charts as readers get them: without JavaScript, at 320 px, with their table, CSV and SVG. */
import { csvParse } from 'd3-dsv';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';

const baseURL = inject('baseURL');
const allDatasetIds = readdirSync('content/data').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
const figuresIn = (id: string) => parse(readFileSync(`content/data/${id}.yaml`, 'utf8')).figures as Array<{ id: string; label: string; measure?: string }>;
/** Datasets with a measured figure: those with a page and a card. Slogan counts are not data. */
const datasetIds = allDatasetIds.filter((id) => figuresIn(id).some((f) => f.measure !== 'slogan'));
const sloganFigures = allDatasetIds.flatMap(figuresIn).filter((f) => f.measure === 'slogan');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

interface TableRow {
  id: string;
  value: number;
  text: string;
}

async function tableRows(chart: ReturnType<Page['locator']>): Promise<TableRow[]> {
  return chart.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({ id: r.getAttribute('data-figure') ?? '', value: Number(r.getAttribute('data-value')), text: r.querySelector('td.num')?.textContent?.trim() ?? '' })),
  );
}

/** Elements inside <main> that reach past the right edge of the screen (the header is not ours). */
async function overflowingInMain(p: Page): Promise<string[]> {
  return p.locator('main').evaluate((main) =>
    [...main.querySelectorAll('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > innerWidth + 0.5;
      })
      .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`),
  );
}

describe('the data page', () => {
  it('is an index: one card per dataset, linking to its page, grouped under the site topics', async () => {
    expect(datasetIds.length).toBeGreaterThanOrEqual(5);
    await page.goto(`${baseURL}/so-lieu/`);
    const cards = await page.locator('article.data-card').evaluateAll((cs) =>
      cs.map((c) => ({ id: c.getAttribute('data-dataset') ?? '', href: c.querySelector('h3 a')?.getAttribute('href'), takeaway: c.querySelector('.data-card__takeaway')?.textContent ?? '' })),
    );
    expect(cards.map((c) => c.id).sort()).toEqual(datasetIds);
    // A dataset of slogan counts only ("6 dám", "3 phi"…) has neither card nor page.
    expect(sloganFigures.length).toBeGreaterThan(0);
    for (const id of allDatasetIds.filter((d) => !datasetIds.includes(d))) {
      expect((await page.request.get(`${baseURL}/so-lieu/${id}/`)).status()).toBe(404);
    }
    for (const c of cards) {
      expect(c.href).toBe(`/so-lieu/${c.id}/`);
      expect(c.takeaway.length).toBeGreaterThan(10);
    }
    expect(await page.locator('figure.chart').count()).toBe(0);
    const topicNames = parse(readFileSync('content/topics.yaml', 'utf8')).map((t: { name: string }) => t.name);
    for (const heading of await page.locator('section.data-group > h2').allTextContents()) expect(topicNames).toContain(heading);
    // A drawn chart shows a small preview; a table says how many figures it holds.
    expect(await page.locator('.data-card__preview svg').count()).toBeGreaterThanOrEqual(4);
  });

  it.each([320, 390])('at %i px with JavaScript on, nothing in the page body is wider than the screen, and it is short', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const p = await context.newPage();
    await p.goto(`${baseURL}/so-lieu/`);
    expect(await overflowingInMain(p)).toEqual([]);
    // It was 24,854 px at 390 with every chart inline.
    expect(await p.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(7000);
    await context.close();
  });
});

describe('chart pages, topic pages and articles with charts on a phone', () => {
  const topicIds = parse(readFileSync('content/topics.yaml', 'utf8')).map((t: { id: string }) => t.id) as string[];
  const paths = [...datasetIds.map((id) => `/so-lieu/${id}/`), ...topicIds.map((id) => `/chu-de/${id}/`), '/bai-viet/ket-qua-2024-khoi-thong-nguon-luc/'];
  it.each(paths)('%s: nothing in the page body is wider than 320 px with JavaScript on, tables open', async (path) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const p = await context.newPage();
    await p.goto(`${baseURL}${path}`);
    await p.locator('details.chart__data').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    expect(await overflowingInMain(p)).toEqual([]);
    await context.close();
  });

  it('a topic page gathers its articles, its datasets and its timeline events', async () => {
    const raw = parse(readFileSync('content/data/nong-thon-moi-2024.yaml', 'utf8'));
    const topic = raw.topics[0] as string;
    await page.goto(`${baseURL}/chu-de/${topic}/`);
    const datasetsOfTopic = datasetIds.filter((id) => (parse(readFileSync(`content/data/${id}.yaml`, 'utf8')).topics as string[]).includes(topic));
    const cards = await page.locator('article.data-card').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-dataset')));
    expect([...cards].sort()).toEqual(datasetsOfTopic);
    const events = readdirSync('content/timeline').filter((f) => (parse(readFileSync(`content/timeline/${f}`, 'utf8')).topics ?? []).includes(topic));
    expect(await page.locator('.topic-event a[href^="/dong-thoi-gian/#"]').count()).toBe(events.length);
    expect(await page.locator('.article-card').count()).toBeGreaterThan(0);
  });
});

describe.each(datasetIds)('dataset %s', (id) => {
  it('its permalink shows title, takeaway, an accessible chart, the table and the source', async () => {
    const response = await page.goto(`${baseURL}/so-lieu/${id}/`);
    expect(response?.status()).toBe(200);
    const chart = page.locator(`figure.chart[data-dataset="${id}"]`);
    expect((await chart.locator('.chart__title').textContent())?.length).toBeGreaterThan(5);
    expect((await chart.locator('.chart__takeaway').textContent())?.length).toBeGreaterThan(10);
    expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(0);
    // Measured figures only: the dataset's slogan counts have no row.
    const rowIds = (await tableRows(chart)).map((r) => r.id);
    expect(rowIds.sort()).toEqual(figuresIn(id).filter((f) => f.measure !== 'slogan').map((f) => f.id).sort());
    expect(await chart.locator('.chart__source a[href^="/bai-viet/"]').count()).toBeGreaterThan(0);
    const svg = chart.locator('svg.chart-svg:visible');
    if ((await svg.count()) === 0) return; // a table-only dataset
    expect(await svg.count()).toBe(1);
    expect(await svg.getAttribute('role')).toBe('img');
    const labelledBy = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    for (const ref of labelledBy) expect((await page.locator(`[id="${ref}"]`).textContent())?.length).toBeGreaterThan(3);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });

  it('the table holds the same numbers as the chart', async () => {
    await page.goto(`${baseURL}/so-lieu/${id}/`);
    const chart = page.locator(`figure.chart[data-dataset="${id}"]`);
    const rows = await tableRows(chart);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const bars = await chart.locator('svg.chart-svg:visible g.bar').evaluateAll((gs) =>
      gs.map((g) => ({ id: g.getAttribute('data-figure') ?? '', value: Number(g.getAttribute('data-value')), text: g.textContent ?? '' })),
    );
    for (const bar of bars) {
      const row = byId.get(bar.id);
      expect(row, `bar ${bar.id} has a table row`).toBeDefined();
      expect(bar.value).toBe(row!.value);
      expect(bar.text.replace(/\s+/g, ' ')).toContain(row!.text);
    }
    const cells = await chart.locator('svg.chart-svg:visible rect.cell').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-level'))));
    if (cells.length > 0) {
      const legend = (await chart.locator('.waffle-legend').textContent()) ?? '';
      const note = (await chart.locator('.waffle-note').allTextContents()).join(' ');
      expect(rows.some((r) => r.value === cells.length)).toBe(true);
      for (let level = 0; level <= Math.max(...cells); level++) {
        const count = cells.filter((c) => c >= level).length;
        expect(rows.some((r) => r.value === count), `level ${level} count ${count} is in the table`).toBe(true);
        expect(note).toContain(String(count));
        // The legend counts the cells of each colour: those whose deepest level is this one.
        expect(legend).toContain(String(cells.filter((c) => c === level).length));
      }
    }
  });

  it('the CSV download equals the data in the table', async () => {
    await page.goto(`${baseURL}/so-lieu/${id}/`);
    const chart = page.locator(`figure.chart[data-dataset="${id}"]`);
    const href = await chart.locator('a[href$=".csv"]').getAttribute('href');
    const response = await page.request.get(`${baseURL}${href}`);
    expect(response.status()).toBe(200);
    const csv = csvParse((await response.text()).replace(/^\uFEFF/, ''));
    const rows = await tableRows(chart);
    expect(csv.map((r) => ({ id: r.ma_so, value: Number(r.gia_tri), text: r.hien_thi }))).toEqual(rows);
  });

  it('the SVG download is the same chart, standalone', async () => {
    await page.goto(`${baseURL}/so-lieu/${id}/`);
    const chart = page.locator(`figure.chart[data-dataset="${id}"]`);
    const link = chart.locator('a[href$=".svg"]');
    if ((await link.count()) === 0) return;
    const response = await page.request.get(`${baseURL}${await link.getAttribute('href')}`);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    const file = await response.text();
    const inline = await chart.locator('svg.chart-svg').last().evaluate((s) => s.outerHTML);
    const values = (s: string) => [...s.matchAll(/data-(?:value|level)="([-\d.]+)"/g)].map((m) => m[1]);
    expect(values(file)).toEqual(values(inline));
    expect(file).toMatch(/<style>/);
    // The same styles, with colours in the file: every class used has a rule (a marker style is a coloured stroke).
    for (const style of new Set([...file.matchAll(/mark--([\w-]+)/g)].map((m) => m[1]))) expect(file, style).toMatch(new RegExp(`\\.mark--${style}\\{fill:(#|none;stroke:#)`));
    // A file that travels alone says what it shows, where it comes from, and under which licence.
    expect(file).toContain('Nguồn: ');
    expect(file).toContain('CC BY 4.0');
    expect(file).toContain(`/so-lieu/${id}/`);
  });

  it('names every style it draws: a legend entry per bar style, and waffle counts equal to the cells of each colour', async () => {
    await page.goto(`${baseURL}/so-lieu/${id}/`);
    const chart = page.locator(`figure.chart[data-dataset="${id}"]`);
    const svg = chart.locator('svg.chart-svg:visible');
    if ((await svg.count()) === 0) return;
    const barStyles = new Set(await svg.locator('g.bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-style'))));
    const legendStyles = new Set(await svg.locator('g.chart-legend').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-style'))));
    for (const style of barStyles) expect(legendStyles.has(style), `${style} is in the legend`).toBe(true);
    const entries = await chart.locator('.waffle-legend li').evaluateAll((lis) => lis.map((li) => ({ style: li.getAttribute('data-style')!, cells: Number(li.getAttribute('data-cells')) })));
    for (const e of entries) expect(await svg.locator(`rect.cell.mark--${e.style}`).count(), e.style).toBe(e.cells);
  });

  it('its table reads on a phone: rows stacked, each value named by its column, one source for the table, no typographic faults', async () => {
    await page.goto(`${baseURL}/so-lieu/${id}/`);
    const chart = page.locator(`figure.chart[data-dataset="${id}"]`);
    await chart.locator('details.chart__data').evaluate((d) => d.setAttribute('open', ''));
    const cell = chart.locator('tbody td.num').first();
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Giá trị');
    // The source is given once, under the chart, not in every row.
    expect(await chart.locator('tbody a[href^="/bai-viet/"]').count()).toBe(0);
    const text = await chart.innerText();
    expect(text).not.toMatch(/ :/);
    expect(text).not.toMatch(/[”"]\s*[”"]/);
    expect(text).not.toMatch(/\([^()]*\([^()]*\)\)/);
  });
});

/* ------------------------------------------------------------------------------------------
 * Issue 22: values on touch, hover and keyboard; the chart that leaves the page (PNG, OG card,
 * embed). Budget districts: the plan marker and its bar; the waffle: groups of cells.
 * ---------------------------------------------------------------------------------------- */
const BUDGET = 'thu-ngan-sach-quan-2024';
const WAFFLE = 'nong-thon-moi-2024';
const rawDataset = (id: string) => parse(readFileSync(`content/data/${id}.yaml`, 'utf8')) as { title: string; takeaway: string; chart: { kind: string; rows?: { actual: string; plan: string }[] }; figures: { id: string; evidence?: string }[] };

/** What the open popover says, and the row of the table it stands for. */
async function openTip(p: Page) {
  const tip = p.locator('.chart-tip:popover-open');
  await tip.waitFor();
  return {
    tip,
    heading: (await tip.locator('.chart-tip__heading').textContent()) ?? '',
    // The value itself, without its status badge ("mục tiêu").
    value: await tip.locator('.chart-tip__value').evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()),
    evidence: (await tip.locator('.chart-tip__evidence q').textContent().catch(() => null)) ?? '',
    href: (await tip.locator('.chart-tip__link').getAttribute('href')) ?? '',
  };
}

async function rowOf(p: Page, figure: string) {
  return p.locator(`tr[data-figure="${figure}"]`).evaluate((tr) => ({
    id: tr.id,
    value: tr.querySelector('td.num')?.textContent?.trim() ?? '',
    evidence: tr.querySelector('q')?.textContent?.trim() ?? '',
  }));
}

describe('values on touch, hover and keyboard', () => {
  it('on a 390 px phone with touch: a tap on the actual bar shows its value, period and verbatim evidence, with a link to its row; a tap outside closes it; a tap on the plan marker shows the plan', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const p = await context.newPage();
      await p.goto(`${baseURL}/so-lieu/${BUDGET}/`);
      const raw = rawDataset(BUDGET);
      const actual = raw.chart.rows![0]!.actual;
      const bar = p.locator(`svg.chart-svg:visible g[data-figure="${actual}"] rect.mark`);
      await bar.scrollIntoViewIfNeeded();
      await bar.tap();
      const shown = await openTip(p);
      const row = await rowOf(p, actual);
      expect(shown.value.trim()).toBe(row.value);
      expect(shown.evidence).toBe(raw.figures.find((f) => f.id === actual)!.evidence);
      expect(shown.href).toBe(`#${row.id}`);
      expect(await shown.tip.textContent()).toContain('Thời gian: 2024');
      // A sheet at the bottom of the screen, inside it.
      const box = (await shown.tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(await p.locator(`svg.chart-svg:visible g[data-figure="${actual}"]`).getAttribute('aria-expanded')).toBe('true');

      // A tap outside (on the takeaway's words) closes it (the Popover API's light dismiss).
      await p.locator('.chart__takeaway').scrollIntoViewIfNeeded();
      const words = (await p.locator('.chart__takeaway').boundingBox())!;
      await p.touchscreen.tap(words.x + 10, words.y + 10);
      await expect.poll(() => p.locator('.chart-tip:popover-open').count()).toBe(0);

      // The plan marker: a thin line with a finger-wide target.
      const plan = raw.chart.rows![1]!.plan;
      const hit = await p.locator(`svg.chart-svg:visible g[data-figure="${plan}"] line.mark`).evaluate((l) => {
        const r = l.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await p.touchscreen.tap(hit.x + 5, hit.y);
      const planTip = await openTip(p);
      expect(planTip.value.trim()).toBe((await rowOf(p, plan)).value);
      // The link to the row opens the folded table and lands on the row.
      await planTip.tip.locator('.chart-tip__link').tap();
      await expect.poll(() => new URL(p.url()).hash).toBe(`#${(await rowOf(p, plan)).id}`);
      expect(await p.locator('details.chart__data').getAttribute('open')).not.toBeNull();
      expect(await p.locator(`tr[data-figure="${plan}"]`).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('on a 390 px phone: a tap on a waffle cell shows the figure of its colour, and a second tap on it closes it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const p = await context.newPage();
      await p.goto(`${baseURL}/so-lieu/${WAFFLE}/`);
      const group = p.locator('svg.chart-svg:visible g.waffle-group').first();
      const figure = (await group.getAttribute('data-figure'))!;
      const cell = group.locator('rect.cell').first();
      await cell.scrollIntoViewIfNeeded();
      await cell.tap();
      const shown = await openTip(p);
      expect(shown.heading).toBe(await group.getAttribute('data-title'));
      expect(shown.heading).toMatch(/^\d+ xã /);
      expect(shown.value.trim()).toBe((await rowOf(p, figure)).value);
      await cell.tap();
      await expect.poll(() => p.locator('.chart-tip:popover-open').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('at 1280 px: one Tab stop per chart, arrows move from mark to mark and show each value, Esc closes and keeps focus on the mark; a mouse hover shows the value', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const p = await context.newPage();
      await p.goto(`${baseURL}/so-lieu/${BUDGET}/`);
      const marks = await p.locator('svg.chart-svg:visible [data-figure]').evaluateAll((gs) => gs.map((g) => ({ figure: g.getAttribute('data-figure')!, tabindex: g.getAttribute('tabindex') })));
      expect(marks.length).toBe(4);
      expect(marks.map((m) => m.tabindex)).toEqual(['0', '-1', '-1', '-1']);
      for (let i = 0; i < 60; i++) {
        await p.keyboard.press('Tab');
        if (await p.evaluate(() => document.activeElement?.hasAttribute('data-figure') ?? false)) break;
      }
      const focused = () => p.evaluate(() => document.activeElement?.getAttribute('data-figure'));
      expect(await focused()).toBe(marks[0]!.figure);
      expect((await openTip(p)).value.trim()).toBe((await rowOf(p, marks[0]!.figure)).value);
      await p.keyboard.press('ArrowRight');
      expect(await focused()).toBe(marks[1]!.figure);
      expect((await openTip(p)).value.trim()).toBe((await rowOf(p, marks[1]!.figure)).value);
      // Beside the mark on a wide screen, not over the page's top.
      const tipBox = (await p.locator('.chart-tip:popover-open').boundingBox())!;
      const markBox = (await p.locator(`svg.chart-svg:visible [data-figure="${marks[1]!.figure}"]`).boundingBox())!;
      expect(Math.abs(tipBox.y - (markBox.y + markBox.height))).toBeLessThan(40);
      await p.keyboard.press('Escape');
      await expect.poll(() => p.locator('.chart-tip:popover-open').count()).toBe(0);
      expect(await focused()).toBe(marks[1]!.figure);
      // Enter opens it again; Tab goes on into the popover's link.
      await p.keyboard.press('Enter');
      await openTip(p);
      await p.keyboard.press('Tab');
      expect(await p.evaluate(() => document.activeElement?.className)).toBe('chart-tip__link');

      await p.keyboard.press('Escape');
      const bar = p.locator(`svg.chart-svg:visible g[data-figure="${marks[2]!.figure}"] rect.mark`);
      const b = (await bar.boundingBox())!;
      await p.mouse.move(b.x + 20, b.y + b.height / 2);
      expect((await openTip(p)).value.trim()).toBe((await rowOf(p, marks[2]!.figure)).value);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript the chart stays an image with its full description, and every value is in the table', async () => {
    await page.goto(`${baseURL}/so-lieu/${BUDGET}/`);
    const svg = page.locator('svg.chart-svg:visible');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('[tabindex]').count()).toBe(0);
    const desc = (await page.locator(`[id="${(await svg.getAttribute('aria-labelledby'))!.split(' ')[1]}"]`).textContent()) ?? '';
    for (const row of await tableRows(page.locator('figure.chart'))) if (rawDataset(BUDGET).chart.rows!.some((r) => r.actual === row.id || r.plan === row.id)) expect(desc).toContain(row.text);
  });

  it.each(['light', 'dark'] as const)('axe finds no WCAG 2.2 A/AA violation with a value open (%s, 390 and 1280 px)', async (colorScheme) => {
    const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 844 }, colorScheme, bypassCSP: true });
      try {
        const p = await context.newPage();
        await p.goto(`${baseURL}/so-lieu/${BUDGET}/`);
        const bar = p.locator('svg.chart-svg:visible g.bar:not(.bar--marker) rect.mark').first();
        await bar.scrollIntoViewIfNeeded();
        await bar.click();
        await openTip(p);
        await p.evaluate(AXE_SOURCE);
        const violations = await p.evaluate(async () => {
          // @ts-expect-error: axe is injected above
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return (result.violations as { id: string; nodes: { target: unknown }[] }[]).map((v) => `${v.id} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
        });
        expect(violations, `${width} px`).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

describe('the chart leaves the page as itself', () => {
  /** Width and height from a PNG's header. */
  const pngSize = (bytes: Buffer) => ({ signature: bytes.subarray(1, 4).toString('latin1'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

  it.each([BUDGET, WAFFLE])('%s: its Open Graph image is the SVG download on a 1200×630 ground, rasterised (byte for byte); the PNG download is the same SVG', async (id) => {
    await page.goto(`${baseURL}/so-lieu/${id}/`);
    const ogUrl = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(ogUrl.pathname).toBe(`/og/so-lieu/${id}.png`);
    const og = Buffer.from(await (await page.request.get(`${baseURL}${ogUrl.pathname}`)).body());
    expect(pngSize(og)).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    const svg = (await (await page.request.get(`${baseURL}/so-lieu/${id}.svg`)).text()).replace(/^<\?xml[^>]*>\n/, '').trim();
    // Rasterise here, with the build cache off, what the build says it rasterised.
    const { rasterise } = await import('../../src/lib/charts/raster');
    const { cardFromFigure, CARD_WIDTH } = await import('../../src/lib/charts/figure-svg');
    const before = process.env.BUILD_CACHE;
    process.env.BUILD_CACHE = 'off';
    try {
      expect(Buffer.compare(Buffer.from(await rasterise(cardFromFigure(svg), CARD_WIDTH)), og)).toBe(0);
      const png = Buffer.from(await (await page.request.get(`${baseURL}/so-lieu/${id}.png`)).body());
      expect(pngSize(png).width).toBe(1360);
      expect(Buffer.compare(Buffer.from(await rasterise(svg, 1360)), png)).toBe(0);
    } finally {
      if (before === undefined) delete process.env.BUILD_CACHE;
      else process.env.BUILD_CACHE = before;
    }
    // The SVG is the chart: its title, takeaway and every value the chart draws.
    const raw = rawDataset(id);
    expect(svg).toContain(raw.title.replace(/&/g, '&amp;').slice(0, 30));
    for (const value of await page.locator('svg.chart-svg').last().locator('[data-figure]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-value')))) expect(svg).toContain(`data-value="${value}"`);
  });

  it('a dataset shown as a table keeps a text card and has no chart files', async () => {
    const table = datasetIds.find((id) => rawDataset(id).chart.kind === 'table')!;
    await page.goto(`${baseURL}/so-lieu/${table}/`);
    expect(await page.locator('a[href$=".png"], a[href$=".svg"]').count()).toBe(0);
    expect((await page.request.get(`${baseURL}/og/so-lieu/${table}.png`)).status()).toBe(200);
  });

  it('each download and the embed code sit beside the chart, with the licence', async () => {
    await page.goto(`${baseURL}/so-lieu/${BUDGET}/`);
    const chart = page.locator('figure.chart');
    expect(await chart.locator('.chart__downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`/so-lieu/${BUDGET}.csv`, `/so-lieu/${BUDGET}.svg`, `/so-lieu/${BUDGET}.png`]);
    expect(await chart.locator('.chart__licence').textContent()).toMatch(/CC BY 4\.0/);
    expect(await chart.locator('.chart__licence a[rel="license"]').getAttribute('href')).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    const code = (await chart.locator('.chart__snippet').textContent()) ?? '';
    expect(code).toMatch(new RegExp(`^<iframe src="https?://[^"]+/so-lieu/${BUDGET}/nhung/" title="[^"]+" width="100%" height="\\d+"`));
    const csv = await (await page.request.get(`${baseURL}/so-lieu/${BUDGET}.csv`)).text();
    expect(csv).toContain('CC BY 4.0');
  });

  it('the embed view holds the chart, its takeaway, its source and a link back, nothing else; its values work on touch', async () => {
    const raw = rawDataset(BUDGET);
    const context = await browser.newContext({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true });
    try {
      const p = await context.newPage();
      expect((await p.goto(`${baseURL}/so-lieu/${BUDGET}/nhung/`))?.status()).toBe(200);
      expect(await p.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await p.locator('h1').textContent()).toBe(raw.title);
      expect(await p.locator('.chart__takeaway').textContent()).toBe(raw.takeaway);
      expect(await p.locator('.chart__source a[href^="/bai-viet/"]').count()).toBeGreaterThan(0);
      expect(new URL((await p.locator('a.chart__back').getAttribute('href'))!).pathname).toBe(`/so-lieu/${BUDGET}/`);
      // Nothing else: no site header, no table, no downloads, no citation block.
      for (const selector of ['header', 'nav', 'table', '.chart__downloads', '.cite', 'footer']) expect(await p.locator(`${selector}:visible`).count(), selector).toBe(0);
      const bar = p.locator('svg.chart-svg:visible g.bar:not(.bar--marker) rect.mark').first();
      await bar.tap();
      const shown = await openTip(p);
      expect(shown.href).toMatch(new RegExp(`/so-lieu/${BUDGET}/#`));
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await context.close();
    }
  });

  it('the waffle fills its chart on a desktop and keeps cells of 6 px or more at 320 px', async () => {
    for (const [width, check] of [[1280, 'fills'], [320, 'cells']] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const p = await context.newPage();
        await p.goto(`${baseURL}/so-lieu/${WAFFLE}/`);
        const plot = (await p.locator('.chart__plot').boundingBox())!;
        const svg = (await p.locator('svg.chart-svg:visible').boundingBox())!;
        const cell = (await p.locator('svg.chart-svg:visible rect.cell').first().boundingBox())!;
        if (check === 'fills') expect(svg.width).toBeGreaterThan(plot.width - 2);
        else expect(Math.min(cell.width, cell.height)).toBeGreaterThanOrEqual(6);
        expect(svg.x + svg.width).toBeLessThanOrEqual(width);
      } finally {
        await context.close();
      }
    }
  });
});

describe('a chart page leads onwards', () => {
  it('names its topics, the explainers that use the chart and related charts; at 1280 px the side column fills the right half', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const p = await context.newPage();
      await p.goto(`${baseURL}/so-lieu/${BUDGET}/`);
      const aside = p.locator('.data-page__aside');
      const using = readdirSync('content/articles').filter((f) => readFileSync(`content/articles/${f}`, 'utf8').includes(`<Chart id="${BUDGET}"`)).map((f) => `/bai-viet/${f.replace(/\.mdx$/, '')}/`);
      expect(using.length).toBeGreaterThan(0);
      const links = await aside.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of using) expect(links).toContain(href);
      for (const topic of parse(readFileSync(`content/data/${BUDGET}.yaml`, 'utf8')).topics as string[]) expect(links).toContain(`/chu-de/${topic}/`);
      expect(await aside.locator('.data-card').count()).toBeGreaterThan(0);
      const box = (await aside.boundingBox())!;
      const main = (await p.locator('.data-page__main').boundingBox())!;
      expect(box.x).toBeGreaterThan(main.x + main.width);
      expect(box.x + box.width).toBeGreaterThan(1000);
      // The way back has room: a link of its own line, at least 40 px tall.
      const back = (await p.locator('.data-page__crumbs a').first().boundingBox())!;
      expect(back.height).toBeGreaterThanOrEqual(40);
    } finally {
      await context.close();
    }
  });
});
