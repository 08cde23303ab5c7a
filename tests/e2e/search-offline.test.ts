/**
 * Search when its index cannot be reached, in Chromium with the service worker on, against
 * the built site (dist/, from the global setup). What the reader sees:
 *  - offline with nothing of search saved, /tim-kiem/?q=… says within seconds that search needs
 *    the network or a saved copy, with links to the save control and the offline page, instead
 *    of "Đang tải…" for ever; back online, searching again (or the connection's return) finds pages;
 *  - on a network that never answers, the same notice comes after the bounded wait;
 *  - the header box shows the notice and the links in its list;
 *  - after visiting search, offline: a query whose index chunks were used before still works,
 *    a query that needs chunks never fetched says so (not "no page holds this word");
 *  - after "Lưu để đọc khi không có mạng", offline, any query finds pages;
 *  - the notice passes axe-core (WCAG 2.2 AA) in both themes, on the page and in the header list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser';

const baseURL = inject('baseURL');
const { newContext } = useBrowser();

/**
 * The header's search box. On a phone it sits behind the header's search icon (SiteHeader),
 * which opens it; /tim-kiem/ has no header box (its own box replaces it).
 */
async function headerInput(page: Page) {
  const toggle = page.locator('[data-search-toggle]');
  if (await toggle.isVisible()) await toggle.click();
  return page.locator('#header-search-input');
}

async function withContext<T>(fn: (page: Page, context: BrowserContext) => Promise<T>, serviceWorkers: 'allow' | 'block' = 'allow'): Promise<T> {
  const context = await newContext({ serviceWorkers, viewport: { width: 390, height: 844 } });
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const INDEX_NOTICE = /^Chưa tải được chỉ mục tìm kiếm: tìm kiếm cần có mạng, hoặc một bản lưu trên máy này\./;
const PART_NOTICE = /^Câu tìm này cần một phần chỉ mục tìm kiếm chưa được lưu trên máy này, và hiện không tải được\./;
const SAVE_HREF = '/gioi-thieu/#doc-khi-khong-co-mang';
const searchUrl = (q: string) => `${baseURL}/tim-kiem/?q=${encodeURIComponent(q)}`;
const state = (page: Page) => page.locator('[data-search-page]').getAttribute('data-search-state');

/** Waits until the worker controls the page (it claims clients when it activates). */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null));
}

/** Waits until a page URL is in one of the worker's caches. */
async function cached(page: Page, path: string) {
  await page.waitForFunction(
    async (p) => {
      for (const name of await caches.keys()) if (await (await caches.open(name)).match(p, { ignoreSearch: true })) return true;
      return false;
    },
    path,
    { timeout: 15_000 },
  );
}

async function settled(page: Page, timeout = 15_000) {
  await page.waitForFunction(() => ['done', 'unavailable'].includes(document.querySelector('[data-search-page]')?.getAttribute('data-search-state') ?? ''), undefined, {
    timeout,
  });
}

async function noticeLinks(page: Page, scope: string) {
  return page.locator(`${scope} a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

describe('the index cannot be reached', () => {
  it('offline with nothing of search saved: /tim-kiem/?q= says so within seconds, with where to save; back online it finds pages', async () => {
    await withContext(async (page, context) => {
      // The search page is kept (the reader opened it), but none of the index is.
      await context.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
      await page.goto(`${baseURL}/tim-kiem/`);
      await controlled(page);
      await cached(page, '/tim-kiem/');
      await context.unroute('**/pagefind/**');

      await context.setOffline(true);
      const started = Date.now();
      await page.goto(searchUrl('ha noi'));
      await settled(page, 5000);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await state(page)).toBe('unavailable');
      const status = page.locator('[data-status]');
      expect(await status.textContent()).toMatch(INDEX_NOTICE);
      expect(await status.textContent()).not.toMatch(/Đang tải/);
      expect(await noticeLinks(page, '[data-status]')).toEqual([SAVE_HREF, '/ngoai-tuyen/']);
      expect(await page.locator('.search-result').count()).toBe(0);

      // Back online, searching again (Enter) finds pages: nothing of the failure was kept.
      await context.setOffline(false);
      await page.locator('#search-page-input').press('Enter');
      await page.waitForSelector('[data-search-page][data-search-state="done"]', { state: 'attached', timeout: 15_000 });
      expect(await page.locator('.search-result__title a').count()).toBeGreaterThan(0);
      expect(await status.textContent()).toMatch(/kết quả cho “ha noi”/);
    });
  });

  it('when the connection comes back, the page searches again by itself', async () => {
    await withContext(async (page, context) => {
      await context.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
      await page.goto(searchUrl('ha noi'));
      await page.waitForSelector('[data-search-page][data-search-state="unavailable"]', { state: 'attached', timeout: 5000 });
      await context.setOffline(true);
      await context.unroute('**/pagefind/**');
      await context.setOffline(false);
      await page.waitForSelector('[data-search-page][data-search-state="done"]', { state: 'attached', timeout: 10_000 });
      expect(await page.locator('.search-result__title a').count()).toBeGreaterThan(0);
    }, 'block');
  });

  it('a network that never answers: the notice comes after the bounded wait, not "Đang tải…" for ever', async () => {
    await withContext(async (page, context) => {
      const stalled: unknown[] = [];
      // Requests for the index are held, never answered (a network that has stalled).
      await context.route('**/pagefind/**', (route) => void stalled.push(route));
      await page.goto(searchUrl('ha noi'));
      expect(await page.locator('[data-status]').textContent()).toMatch(/Đang tải/);
      await settled(page, 12_000);
      expect(await state(page)).toBe('unavailable');
      expect(await page.locator('[data-status]').textContent()).toMatch(/^Chưa tải được chỉ mục tìm kiếm \(mạng chậm hoặc đã ngắt\): tìm kiếm cần có mạng/);
      expect(stalled.length).toBeGreaterThan(0);
    }, 'block');
  });

  it('the header box, offline: its list shows the notice and links to saving and to the offline page', async () => {
    await withContext(async (page, context) => {
      await page.goto(`${baseURL}/`);
      // The worker is active once its shell (the scripts, the combobox's included) is cached.
      await controlled(page);
      await context.setOffline(true);
      const input = await headerInput(page);
      await input.fill('ha noi');
      const list = page.locator('#header-search-list');
      await list.waitFor({ state: 'visible', timeout: 5000 });
      expect(await page.locator('[data-header-status]').textContent()).toMatch(INDEX_NOTICE);
      expect(await noticeLinks(page, '#header-search-list')).toEqual([SAVE_HREF, '/ngoai-tuyen/']);
      expect(await list.innerText()).toMatch(/Lưu để đọc khi không có mạng/);
      // The links are options of the list, reached with the arrow keys as suggestions are.
      await input.press('ArrowDown');
      expect(await page.locator('#header-search-list [aria-selected="true"]').getAttribute('href')).toBe(SAVE_HREF);
    });
  });
});

describe('offline over what is cached', () => {
  it('a query whose chunks were used before works; one that needs chunks never fetched says so', async () => {
    await withContext(async (page, context) => {
      await page.goto(`${baseURL}/`);
      await controlled(page);
      // Under the worker: the search page, the index's core files and the chunks for "ha noi".
      await page.goto(searchUrl('ha noi'));
      await page.waitForSelector('[data-search-page][data-search-state="done"]', { state: 'attached' });
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      await cached(page, '/tim-kiem/');

      await context.setOffline(true);
      await page.goto(searchUrl('ha noi'));
      await settled(page);
      expect(await state(page)).toBe('done');
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);

      const input = page.locator('#search-page-input');
      await input.fill('vanh dai');
      await input.press('Enter');
      await page.waitForSelector('[data-search-page][data-search-state="unavailable"]', { state: 'attached', timeout: 10_000 });
      const status = (await page.locator('[data-status]').textContent()) ?? '';
      expect(status).toMatch(PART_NOTICE);
      expect(status).not.toMatch(/Không trang nào có từ/);
      expect(await page.locator('[data-search-page][data-search-problem="part"]').count()).toBe(1);
      expect(await noticeLinks(page, '[data-status]')).toEqual([SAVE_HREF, '/ngoai-tuyen/']);
    });
  });

  it('after "Lưu để đọc khi không có mạng", offline, any query finds pages, on /tim-kiem/ and in the header', async () => {
    await withContext(async (page, context) => {
      await page.goto(`${baseURL}/gioi-thieu/`);
      const button = page.locator('[data-offline-save-button]');
      await button.waitFor({ state: 'visible' });
      await button.click();
      await page.waitForSelector('[data-offline-save][data-offline-state="saved"]', { timeout: 30_000 });

      await context.setOffline(true);
      for (const query of ['vanh dai', 'nong thon moi']) {
        await page.goto(searchUrl(query));
        await settled(page);
        expect(await state(page), query).toBe('done');
        expect(await page.locator('.search-result__title a').count(), query).toBeGreaterThan(0);
      }
      // The header box, on a page that has one (the offline copy holds every page).
      await page.goto(`${baseURL}/gioi-thieu/`);
      const input = await headerInput(page);
      await input.fill('chi thi');
      await page.locator('#header-search-list a[role="option"][href^="/"]:not(.header-search__all):not(.header-search__notice)').first().waitFor();
      expect(await page.locator('#header-search-list .header-search__notice').count()).toBe(0);
    });
  });
});

describe('the notice is accessible', () => {
  const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const axeViolations = async (page: Page) => {
    await page.evaluate(AXE_SOURCE);
    return page.evaluate(async () => {
      // @ts-expect-error: axe is injected above
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return (result.violations as { id: string; nodes: { target: unknown }[] }[]).map((v) => `${v.id} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
  };

  it.each(['light', 'dark'] as const)('no WCAG 2.2 AA violation on /tim-kiem/ and in the header list (%s)', async (colorScheme) => {
    const context = await newContext({ serviceWorkers: 'block', colorScheme, bypassCSP: true, viewport: { width: 390, height: 844 } });
    try {
      await context.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
      const page = await context.newPage();
      await page.goto(searchUrl('ha noi'));
      await page.waitForSelector('[data-search-page][data-search-state="unavailable"]', { state: 'attached', timeout: 10_000 });
      expect(await axeViolations(page)).toEqual([]);
      // The header list, on a page that has the header box.
      await page.goto(`${baseURL}/gioi-thieu/`);
      await (await headerInput(page)).fill('ha noi');
      await page.locator('#header-search-list .header-search__notice').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
