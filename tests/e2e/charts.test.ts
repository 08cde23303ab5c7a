/** Charts as readers get them: without JavaScript, at 320 px, with their table, CSV and SVG. */
import { csvParse } from 'd3-dsv';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';

const baseURL = inject('baseURL');
const datasetIds = readdirSync('content/data').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
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

describe('the data page', () => {
  it('has every dataset, and the page never scrolls sideways at 320 px with JavaScript off', async () => {
    expect(datasetIds.length).toBeGreaterThanOrEqual(5);
    await page.goto(`${baseURL}/so-lieu/`);
    const ids = await page.locator('figure.chart').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-dataset')));
    expect([...ids].sort()).toEqual(datasetIds);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
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
    expect(await chart.locator('.chart__source a[href^="/bai-viet/"]').count()).toBeGreaterThan(0);
    const svg = chart.locator('svg.chart-svg');
    if ((await svg.count()) === 0) return; // a table-only dataset
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
    const bars = await chart.locator('g.bar').evaluateAll((gs) =>
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
      expect(rows.some((r) => r.value === cells.length)).toBe(true);
      for (let level = 0; level <= Math.max(...cells); level++) {
        const count = cells.filter((c) => c >= level).length;
        expect(rows.some((r) => r.value === count), `level ${level} count ${count} is in the table`).toBe(true);
        expect(legend).toContain(String(count));
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
    const inline = await chart.locator('svg.chart-svg').evaluate((s) => s.outerHTML);
    const values = (s: string) => [...s.matchAll(/data-(?:value|level)="([-\d.]+)"/g)].map((m) => m[1]);
    expect(values(file)).toEqual(values(inline));
    expect(file).toMatch(/<style>/);
  });
});
