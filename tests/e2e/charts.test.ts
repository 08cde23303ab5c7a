/** Charts as readers get them: without JavaScript, at 320 px, with their table, CSV and SVG. */
import { csvParse } from 'd3-dsv';
import { readdirSync, readFileSync } from 'node:fs';
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
    const cells = await chart.locator('svg.chart-svg rect.cell').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-level'))));
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
    // The same styles, with colours in the file: every class used has a rule.
    for (const style of new Set([...file.matchAll(/mark--([\w-]+)/g)].map((m) => m[1]))) expect(file, style).toMatch(new RegExp(`\\.mark--${style}\\{fill:#`));
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
