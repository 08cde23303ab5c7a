/**
 * One Chromium per test file, and a fresh context per check: `const { withPage } =
 * useBrowser();` at the top of a browser test file.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';

export interface PageOptions {
  javaScriptEnabled?: boolean;
  width?: number;
}

export function useBrowser(defaultWidth = 390) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  async function withPage<T>(options: PageOptions, fn: (page: Page) => Promise<T>): Promise<T> {
    if (!browser) throw new Error('useBrowser(): the browser is not started yet (call withPage inside a test)');
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? defaultWidth, height: 844 },
    });
    try {
      return await fn(await context.newPage());
    } finally {
      await context.close();
    }
  }
  /** A context of the file's browser, for tests that set their own options (service workers, offline, CSP). */
  function newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
    if (!browser) throw new Error('useBrowser(): the browser is not started yet (call newContext inside a test)');
    return browser.newContext(options);
  }
  return { withPage, newContext };
}

/**
 * Blocks below the first screen are laid out only near the screen (content-visibility: auto,
 * global.css), and until then `innerText` reads them as empty. Tests that read what a reader
 * sees across a whole page call this first: every block is laid out, as after a full scroll.
 * (CSSOM, which the page's CSP allows; works with the page's own JavaScript off.)
 */
export async function layOutWholePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
    }
  });
}
