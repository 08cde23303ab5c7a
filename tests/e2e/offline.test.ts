/**
 * Offline on the reader's terms, in Chromium with service workers on, against a copy of the
 * built site served by a logging server (so every request is seen, the worker's included):
 *  - a first visit downloads the page, its scripts and the small shell, and no other page,
 *    no search index, nothing that grows with the number of articles;
 *  - after "Lưu để đọc khi không có mạng", with the network off, every page and search work;
 *    a page never opened shows the Vietnamese offline page; removing the copy empties the caches;
 *  - after a rebuild (a changed page, offline step rerun), the old revision's caches are gone.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { fileSizes, startServer } from '../../scripts/serve.mjs';
import { writeOffline } from '../../src/integrations/offline';
import type { OfflineManifest } from '../../src/lib/offline-plan';

const COPY = resolve('tests/.tmp/offline-site');
const ARTICLE_DIR = 'bai-viet';

let browser: Browser;
let site: Awaited<ReturnType<typeof startServer>>;
let manifest: OfflineManifest;

beforeAll(async () => {
  rmSync(COPY, { recursive: true, force: true });
  cpSync('dist', COPY, { recursive: true });
  manifest = JSON.parse(readFileSync(join(COPY, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
  // Read on every request: the rebuild test changes files while the site is served.
  site = await startServer({ dir: COPY, port: 0, quiet: true, log: true, live: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  site?.server.close();
  rmSync(COPY, { recursive: true, force: true });
});

/**
 * Bounds on a hang, not windows: every wait below is for a state (the worker in control, a
 * page cached, the saved state), and on a loaded machine those can take several times longer
 * than on a quiet one, so the bounds are minutes.
 */
const HANG = 300_000;

async function withContext<T>(fn: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(HANG / 3);
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const articles = () => manifest.files.map((f) => f.url).filter((u) => u.startsWith(`/${ARTICLE_DIR}/`) && u.endsWith('/'));
const pages = () => manifest.files.map((f) => f.url).filter((u) => u.endsWith('/'));

/**
 * Polls `check` until it holds. The deadline is only a bound on a hang (a minute, whatever the
 * machine's load); the test never passes or fails because something took longer than a window.
 */
async function until<T>(what: string, check: () => Promise<T | undefined | false>, deadline = HANG / 3): Promise<T> {
  for (const end = Date.now() + deadline; ; ) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`still waiting after ${deadline / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Waits until the worker controls the page and has kept it in the pages cache: by then the
 * worker has installed (the shell precached) and handled the page's request to keep it, the
 * last request a first visit makes. Decided by what happened, not by a quiet period.
 */
async function settle(page: Page, cache = manifest.caches.pages) {
  const path = new URL(page.url()).pathname;
  await until(`${path} kept in ${cache}`, () =>
    page.evaluate(
      async ({ cache, path }) => Boolean(navigator.serviceWorker.controller) && (await caches.has(cache)) && Boolean(await (await caches.open(cache)).match(path)),
      { cache, path },
    ),
  );
}

const cacheKeys = (page: Page) =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });

describe('a first visit', () => {
  it('fetches the page, its scripts and the shell: no other page, no search index, within 150 KB gzip', async () => {
    await withContext(async (page) => {
      const article = articles()[0]!;
      site.log.length = 0;
      await page.goto(`${site.url}${article}`);
      await settle(page);
      const paths = site.log.map((e) => e.path);
      const htmlPages = [...new Set(paths.filter((p) => p.endsWith('/') || p.endsWith('.html')))];
      // The requested page, and the offline page the shell keeps for pages never opened.
      expect(htmlPages.sort()).toEqual([article, '/ngoai-tuyen/index.html'].sort());
      expect(paths.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
      expect(paths).not.toContain('/offline-manifest.json');
      expect(paths.filter((p) => p.endsWith('.woff2'))).toEqual([]);
      // The article the reader opened is kept for offline reading.
      const caches = await cacheKeys(page);
      expect(caches[manifest.caches.pages]).toContain(article);
      const gzipSize = site.log.reduce((n, e) => n + (e.status === 304 ? 0 : fileSizes(site.root, e.path).gzip), 0);
      expect(gzipSize).toBeLessThan(150 * 1024);
    });
  }, HANG);

  it('with the network off, the note appears, an opened page still opens, and a page never opened shows the Vietnamese offline page', async () => {
    await withContext(async (page, context) => {
      const [opened, other] = articles();
      await page.goto(`${site.url}${opened}`);
      await settle(page);
      // The connection drops while reading: the note appears at once.
      expect(await page.locator('[data-offline-note]').isHidden()).toBe(true);
      await context.setOffline(true);
      await page.locator('[data-offline-note]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-offline-note]').textContent()).toMatch(/Bạn đang không có mạng: vẫn đọc được các trang đã mở hoặc đã lưu/);
      const title = await page.locator('h1').textContent();
      await page.goto(`${site.url}${opened}`);
      expect(await page.locator('h1').textContent()).toBe(title);
      await page.goto(`${site.url}${other}`);
      expect(await page.locator('h1').textContent()).toMatch(/Không có mạng/);
    });
  }, HANG);
});

describe('the save control', () => {
  it('shows the size first, saves with progress; offline every page and search work; removal empties the caches', async () => {
    await withContext(async (page, context) => {
      await page.goto(`${site.url}/gioi-thieu/`);
      const button = page.locator('[data-offline-save-button]');
      await button.waitFor({ state: 'visible' });
      const label = (await button.textContent()) ?? '';
      expect(label).toMatch(/^Lưu để đọc khi không có mạng \(\d+(,\d)? (KB|MB)\)$/);
      expect(await page.locator('[data-offline-intro]').textContent()).toMatch(/mọi trang và chỉ mục tìm kiếm/);
      const sawProgress = page.waitForSelector('[data-offline-progress]:not([hidden])', { state: 'attached' });
      await button.press('Enter');
      await sawProgress;
      await page.waitForSelector('[data-offline-save][data-offline-state="saved"]', { timeout: HANG / 2 });
      expect(await page.locator('[data-offline-intro]').textContent()).toMatch(/^Đã lưu/);
      expect(await page.locator('[data-offline-remove]').isVisible()).toBe(true);

      await context.setOffline(true);
      for (const url of pages().filter((u) => u !== '/ngoai-tuyen/')) {
        const response = await page.goto(`${site.url}${url}`, { waitUntil: 'domcontentloaded' });
        expect(response?.ok(), url).toBe(true);
        expect(await page.locator('h1').first().textContent(), url).not.toMatch(/^Không có mạng$/);
      }
      await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('ha noi')}`);
      await page.waitForSelector('[data-search-page][data-search-state="done"]', { state: 'attached' });
      expect(await page.locator('.search-result__title a').count()).toBeGreaterThan(0);

      await context.setOffline(false);
      // What the page said and where it went, for the message if the removal does not finish.
      const said: string[] = [];
      page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
      page.on('framenavigated', (f) => f === page.mainFrame() && said.push(`navigated: ${f.url()}`));
      await page.goto(`${site.url}/gioi-thieu/`);
      // Pressed from the keyboard: a mouse click lands where the button was when it was aimed,
      // and blocks laid out as the page scrolls (content-visibility) can move it meanwhile.
      await page.locator('[data-offline-remove]').press('Enter');
      said.push(`after the click: status "${await page.locator('[data-offline-status]').textContent()}"`);
      await until('the copy removed', async () => (await page.locator('[data-offline-save]').getAttribute('data-offline-state')) === 'removed').catch(async (error: Error) => {
        const state = await page.locator('[data-offline-save]').getAttribute('data-offline-state');
        const status = await page.locator('[data-offline-status]').textContent();
        throw new Error(`${error.message}; state ${state}, status "${status}", caches ${Object.keys(await cacheKeys(page)).join(', ')}, log:\n${said.join('\n')}`);
      });
      const left = await cacheKeys(page);
      expect(left[manifest.caches.pages]).toBeUndefined();
      expect(left[manifest.caches.search]).toBeUndefined();
      expect(await page.locator('[data-offline-save-button]').isVisible()).toBe(true);
    });
  }, HANG);
});

describe('a new build', () => {
  it('replaces the old caches: after a reload no cache of the old revision is left', async () => {
    await withContext(async (page) => {
      const article = articles()[0]!;
      await page.goto(`${site.url}${article}`);
      await settle(page);
      const before = Object.keys(await cacheKeys(page));
      expect(before.some((name) => name.includes(manifest.revision))).toBe(true);

      // A rebuild with one changed page: the offline step reruns on the changed files.
      const file = join(COPY, article, 'index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p>Bản sửa.</p></main>'));
      const next = await writeOffline(COPY);
      expect(next.revision).not.toBe(manifest.revision);

      await page.reload();
      // The browser finds the changed sw.js and installs it; on activation it deletes the old
      // caches and keeps the open page in its own. The old worker, which served the reload and
      // may still be writing, must not bring an old cache back.
      const after = await until(`the page kept in ${next.caches.pages}, no cache of ${manifest.revision}`, async () => {
        const found = await cacheKeys(page);
        const names = Object.keys(found);
        return found[next.caches.pages]?.includes(article) && !names.some((name) => name.includes(manifest.revision)) && names;
      });
      expect(after.every((name) => !name.startsWith('hn-') || name.includes(next.revision))).toBe(true);
    });
  }, HANG);
});
