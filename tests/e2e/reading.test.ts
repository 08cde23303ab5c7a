/**
 * Reading an explainer on a phone and a desktop (issue 18): the page-height budget with every
 * fold closed, the glossary terms as one focus stop each, the masthead's height, the compact
 * bar on scrolling up, the folded sources opened by their anchors, sharing, copying and
 * printing. Chromium against the built site.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { layOutWholePage, useBrowser } from '../support/browser';
import { articleSlugs } from '../support/site';
import { onePagePerType } from '../support/dist';

const baseURL = inject('baseURL');
const { withPage, newContext } = useBrowser(390);
const ARTICLE = '/bai-viet/ket-qua-2024-khoi-thong-nguon-luc/';
/** The address the report goes to, from its one config place. */
const REPORT_EMAIL = /REPORT_EMAIL = '([^']+)'/.exec(readFileSync('src/lib/site.ts', 'utf8'))?.[1];

/** Scrolls with the mouse wheel, as a reader does, and waits until the page has moved. */
async function wheel(page: Page, dy: number): Promise<void> {
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(200, 400);
  await page.mouse.wheel(0, dy);
  await page.waitForFunction((y) => window.scrollY !== y, before);
}

describe('an explainer fits a phone', () => {
  it('each explainer is at most 9,000 px tall at 390×844 with every fold closed', async () => {
    const heights: Record<string, number> = {};
    await withPage({ width: 390 }, async (page) => {
      for (const slug of articleSlugs()) {
        await page.goto(`${baseURL}/bai-viet/${slug}/`, { waitUntil: 'load' });
        await layOutWholePage(page);
        // Every fold closed (a table-only chart opens its table by default).
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
        heights[slug] = await page.evaluate(() => document.documentElement.scrollHeight);
      }
    });
    console.log('explainer heights at 390×844, every fold closed:', heights);
    for (const [slug, height] of Object.entries(heights)) expect(height, slug).toBeLessThanOrEqual(9000);
  });

  it('the masthead takes at most 130 px at 390 px on every page type, search behind an icon', async () => {
    await withPage({ width: 390 }, async (page) => {
      for (const [type, path] of onePagePerType()) {
        // A chart embedded in another site (/so-lieu/<id>/nhung/) has no masthead by design.
        if (type === 'embed') continue;
        await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
        const height = await page.locator('header#dau-trang').evaluate((h) => h.getBoundingClientRect().height);
        expect(height, `${type} ${path}`).toBeLessThanOrEqual(130);
      }
      await page.goto(`${baseURL}${ARTICLE}`);
      const input = page.locator('#header-search-input');
      expect(await input.isVisible()).toBe(false);
      const toggle = page.locator('[data-search-toggle]');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await input.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    });
  });

  it('without JavaScript the search icon is a link to /tim-kiem/', async () => {
    await withPage({ width: 390, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}${ARTICLE}`);
      const link = page.locator('[data-search-link]');
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe('/tim-kiem/');
    });
  });

  it('/tim-kiem/ has one search box: the page’s, none in the masthead', async () => {
    await withPage({ width: 1280 }, async (page) => {
      await page.goto(`${baseURL}/tim-kiem/`);
      expect(await page.locator('header#dau-trang').getAttribute('data-header-search')).toBe('off');
      expect(await page.locator('header#dau-trang input[type="search"]').count()).toBe(0);
      expect(await page.locator('main input[type="search"]').count()).toBe(1);
    });
  });
});

describe('getting around a long page', () => {
  it('on a phone the compact bar appears on scrolling up, names the section, and hides on the way down', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      const bar = page.locator('[data-compact-bar]');
      expect(await bar.isVisible()).toBe(false);
      await wheel(page, 3000);
      expect(await bar.isVisible()).toBe(false);
      await wheel(page, -300);
      await page.waitForSelector('[data-compact-bar][data-visible]', { state: 'visible' });
      // It slides in to the top of the screen.
      await expect.poll(async () => Math.round((await bar.boundingBox())!.y)).toBe(0);
      // It names the section being read: one of the article's own headings.
      const headings = await page.locator('.article-body h2').allTextContents();
      expect(headings.map((h) => h.trim())).toContain((await page.locator('[data-compact-where]').textContent())?.trim());
      // Its controls: home, the contents, search and the way back to the top.
      expect(await bar.locator('a[href="/"]').count()).toBe(1);
      expect(await bar.locator('a[href="#muc-luc"]').count()).toBe(1);
      expect(await bar.locator('a[href="/tim-kiem/"]').count()).toBe(1);
      expect(await bar.locator('a[href="#dau-trang"]').count()).toBe(1);
      await wheel(page, 600);
      await page.waitForSelector('[data-compact-bar]:not([data-visible])', { state: 'hidden' });
    });
  });

  it('on a desktop the contents marks the section being read', async () => {
    await withPage({ width: 1280 }, async (page) => {
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      const third = page.locator('.article-body h2[id]').nth(2);
      const id = await third.getAttribute('id');
      // The heading 100 px from the top of the screen: the section being read.
      await third.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 100));
      await expect.poll(() => page.locator('.toc a[aria-current]').getAttribute('href')).toBe(`#${id}`);
      expect(await page.locator('.toc a[aria-current]').count()).toBe(1);
    });
  });
});

describe('glossary terms in the text', () => {
  it('each term is one focus stop: Tab goes from a term to the next control, never to a second one of the same term', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      const terms = await page.locator('.article-body .term').count();
      expect(terms).toBeGreaterThanOrEqual(3);
      await page.locator('.article-header .kicker a').focus();
      const stops = new Map<number, number>();
      let entered = false;
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const where = await page.evaluate(() => {
          const el = document.activeElement;
          const term = el?.closest('.article-body .term');
          return { inBody: !!el?.closest('.article-body'), term: term ? [...document.querySelectorAll('.article-body .term')].indexOf(term) : -1 };
        });
        if (where.inBody) entered = true;
        else if (entered) break;
        if (where.term >= 0) stops.set(where.term, (stops.get(where.term) ?? 0) + 1);
      }
      expect(stops.size).toBe(terms);
      expect([...stops.values()].every((n) => n === 1)).toBe(true);
      // No "?" chip left beside the words.
      expect(await page.locator('.article-body .term > button').count()).toBe(0);
    });
  });

  it('a tap on the term opens its definition next to the word, inside a 320 px screen; Esc closes it', async () => {
    const context = await newContext({ hasTouch: true, isMobile: true, viewport: { width: 320, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      const term = page.locator('.article-body .term').nth(1);
      const word = term.locator('a.term__link');
      const pop = term.locator('.term__pop');
      await word.scrollIntoViewIfNeeded();
      await word.tap();
      await expect.poll(() => pop.isVisible()).toBe(true);
      expect(page.url()).toBe(`${baseURL}${ARTICLE}`);
      expect(await word.getAttribute('aria-expanded')).toBe('true');
      const w = (await word.boundingBox())!;
      const p = (await pop.boundingBox())!;
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(320);
      // Next to the word: just below it, or just above it.
      const below = Math.abs(p.y - (w.y + w.height));
      const above = Math.abs(p.y + p.height - w.y);
      expect(Math.min(below, above)).toBeLessThanOrEqual(40);
      expect(await pop.locator('a').getAttribute('href')).toBe(await word.getAttribute('href'));
      await page.keyboard.press('Escape');
      await expect.poll(() => pop.isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('the folded sources, citations and corrections', () => {
  it('the article’s sources fold into one block; an anchor to a part opens it', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      expect(await page.locator('.apparatus').count()).toBe(1);
      expect(await page.locator('#nguon-trich-dan').textContent()).toBe('Nguồn, trích dẫn và đính chính');
      for (const id of ['nguon', 'cac-con-so', 'trich-dan', 'dinh-chinh', 'chu-de-cua-bai']) {
        expect(await page.locator(`.apparatus__fold #${id}`).count(), id).toBe(1);
        expect(await page.locator(`#${id}`).isVisible(), id).toBe(false);
      }
      for (const id of ['trich-dan', 'dinh-chinh', 'cac-con-so']) {
        await page.goto(`${baseURL}${ARTICLE}#${id}`, { waitUntil: 'load' });
        await expect.poll(() => page.locator(`#${id}`).isVisible()).toBe(true);
      }
      // From the provenance line, "Có đính chính" opens the corrections.
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      await page.locator('.provenance a[href="#dinh-chinh"]').click();
      await expect.poll(() => page.locator('#dinh-chinh').isVisible()).toBe(true);
    });
  });

  it('"Các mốc trong bài" lists the article’s own events, date and title, each linked to the timeline', async () => {
    await withPage({ width: 390 }, async (page) => {
      for (const slug of articleSlugs()) {
        await page.goto(`${baseURL}/bai-viet/${slug}/`);
        // Folded under its heading, with the count; a tap opens it.
        expect(await page.locator('details.events__fold').getAttribute('open'), slug).toBeNull();
        await page.locator('details.events__fold > summary').click();
        const items = page.locator('.events__item');
        expect(await page.locator('.events__count').textContent(), slug).toBe(`(${await items.count()})`);
        expect(await items.count(), slug).toBeGreaterThanOrEqual(1);
        for (const href of await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
          expect(href, slug).toMatch(/^\/dong-thoi-gian\/#[a-z0-9-]+$/);
        }
        for (const text of await items.allInnerTexts()) expect(text.split('\n').length, `${slug}: ${text}`).toBeLessThanOrEqual(2);
      }
    });
  });

  it('the page says "ước đoán" once at most, in the provenance line, with its reason a tap away', async () => {
    const extra: string[] = [];
    await withPage({ width: 390 }, async (page) => {
      for (const slug of articleSlugs()) {
        await page.goto(`${baseURL}/bai-viet/${slug}/`);
        await layOutWholePage(page);
        const inLine = await page.locator('.provenance .inferred').count();
        expect(inLine, slug).toBeLessThanOrEqual(1);
        if (inLine === 1) {
          await page.locator('.provenance .inferred').click();
          await expect.poll(() => page.locator('.provenance__reason').isVisible()).toBe(true);
          expect(await page.locator('.provenance__reason').innerText(), slug).toMatch(/^Vì sao là ước đoán: .{20,}/);
          await page.keyboard.press('Escape');
        }
        // The page's own apparatus (header, key figures, events, sources) says it once; the text
        // and the standfirst are the writer's, other articles' dates (related reading) their own.
        const own = await page.evaluate(() => {
          const article = document.querySelector('article.article')!.cloneNode(true) as HTMLElement;
          // Hidden search metadata and the folded or popover parts are not read on the page.
          article.querySelectorAll('.article-body, .lead, [popover], .apparatus, [data-search-meta], [hidden]').forEach((el) => el.remove());
          return article.textContent ?? '';
        });
        const marks = [...own.matchAll(/ước đoán/g)].map((m) => own.slice(Math.max(0, m.index - 50), m.index + 10).replace(/\s+/g, ' '));
        if (marks.length > 1) extra.push(`${slug}: ${marks.length} × "ước đoán" (${marks.join(' | ')})`);
      }
      expect(extra).toEqual([]);
    });
  });
});

describe('share, copy, report, print', () => {
  it('without the Web Share API, "Chia sẻ" opens copy link, Zalo and Facebook; copying puts the address on the clipboard', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      const share = page.locator('.article-actions .share');
      const url = (await share.getAttribute('data-share-url'))!;
      expect(url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
      await share.locator('summary').click();
      const copy = share.getByRole('button', { name: 'Sao chép liên kết' });
      expect(await copy.isVisible()).toBe(true);
      const facebook = await share.getByRole('link', { name: 'Facebook' }).getAttribute('href');
      expect(new URL(facebook!).searchParams.get('u')).toBe(url);
      const zalo = await share.getByRole('link', { name: 'Zalo' }).getAttribute('href');
      expect(JSON.parse(Buffer.from(new URL(zalo!).searchParams.get('d')!, 'base64').toString('utf8'))).toEqual({ url });
      await copy.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      expect(await share.locator('[data-state="copied"]').textContent()).toBe('Đã chép liên kết');
      await page.keyboard.press('Escape');
      expect(await share.getAttribute('open')).toBeNull();
    } finally {
      await context.close();
    }
  });

  it('with the Web Share API, "Chia sẻ" hands the title and address to the system sheet', async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 } });
    try {
      await context.addInitScript(() => {
        Object.defineProperty(navigator, 'share', {
          value: (data: ShareData) => {
            (window as unknown as { shared: ShareData }).shared = data;
            return Promise.resolve();
          },
        });
      });
      const page = await context.newPage();
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      const share = page.locator('.article-actions .share');
      await share.locator('summary').click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).toBe(await share.getAttribute('data-share-url'));
      expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.title)).toBe((await page.locator('h1').textContent())?.trim());
      expect(await share.getAttribute('open')).toBeNull();
    } finally {
      await context.close();
    }
  });

  it('each citation format has a copy button that copies it', async () => {
    const context = await newContext({ viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL}${ARTICLE}#trich-dan`, { waitUntil: 'load' });
      const cite = page.locator('section.cite');
      await expect.poll(() => cite.isVisible()).toBe(true);
      const buttons = cite.locator('button[data-copy-target]');
      expect(await buttons.count()).toBe(5);
      await cite.getByRole('button', { name: 'Sao chép trích dẫn APA 7' }).click();
      const apa = (await page.locator('#trich-dan-apa').innerText()).trim();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
      expect(apa).toMatch(/\(\d{4}/);
      await cite.locator('summary', { hasText: 'BibTeX' }).click();
      await cite.getByRole('button', { name: 'Sao chép BibTeX' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@\w+\{/);
    } finally {
      await context.close();
    }
  });

  it('"Báo lỗi" on every explainer and chart page opens a message to the configured address, naming the page', async () => {
    expect(REPORT_EMAIL).toMatch(/@/);
    await withPage({ width: 390 }, async (page) => {
      for (const slug of articleSlugs()) {
        await page.goto(`${baseURL}/bai-viet/${slug}/`);
        const href = (await page.locator('a.report-error').getAttribute('href'))!;
        expect(href.startsWith(`mailto:${REPORT_EMAIL}?`), slug).toBe(true);
        const params = new URLSearchParams(href.split('?')[1]);
        expect(params.get('subject'), slug).toBe(`Báo lỗi: ${(await page.locator('h1').textContent())?.trim()}`);
        expect(params.get('body'), slug).toContain(`/bai-viet/${slug}/`);
      }
      // Chart pages too.
      await page.goto(`${baseURL}/so-lieu/thu-ngan-sach-quan-2024/`);
      const chart = (await page.locator('a.report-error').getAttribute('href'))!;
      expect(chart.startsWith(`mailto:${REPORT_EMAIL}?`)).toBe(true);
      expect(new URLSearchParams(chart.split('?')[1]).get('body')).toContain('/so-lieu/thu-ngan-sach-quan-2024/');
    });
  });

  it('print keeps the sources and the two reading styles of citation, not BibTeX, RIS or CSL-JSON', async () => {
    await withPage({ width: 800 }, async (page) => {
      await page.goto(`${baseURL}${ARTICLE}`, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#trich-dan-apa').isVisible()).toBe(true);
      expect(await page.locator('#trich-dan-vn').isVisible()).toBe(true);
      expect(await page.locator('#nguon').isVisible()).toBe(true);
      for (const id of ['trich-dan-bibtex', 'trich-dan-ris', 'trich-dan-csl']) expect(await page.locator(`#${id}`).isVisible(), id).toBe(false);
      expect(await page.locator('.cite__block').first().isVisible()).toBe(false);
      expect(await page.locator('.share').first().isVisible()).toBe(false);
      expect(await page.locator('[data-compact-bar]').isVisible()).toBe(false);
    });
  });
});
