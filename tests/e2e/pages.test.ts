/** The foundation as a reader sees it, in Chromium against the built site. */
import { readContent } from '../../src/lib/content-check/read-content';
import { describe, expect, inject, it } from 'vitest';
import { layOutWholePage, useBrowser } from '../support/browser';
import { articleFrontmatter, articleSlugs } from '../support/site';

const baseURL = inject('baseURL');
const { withPage } = useBrowser(390);

describe('home page', () => {
  it('lists every article, newest first, each with a date and a summary', async () => {
    const slugs = articleSlugs();
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    await withPage({}, async (page) => {
      await page.goto(`${baseURL}/`);
      const cards = page.locator('.article-card');
      expect(await cards.count()).toBe(slugs.length);
      const hrefs = await cards.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect([...hrefs].sort()).toEqual(slugs.map((s) => `/bai-viet/${s}/`).sort());
      const datetimes = await cards.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
      expect(datetimes.every((d) => /^\d{4}(-\d{2}){0,2}$/.test(d))).toBe(true);
      expect([...datetimes].sort().reverse()).toEqual(datetimes);
      for (const summary of await cards.locator('.article-card__summary').allTextContents()) expect(summary.length).toBeGreaterThan(20);
    });
  });
});

describe('article pages', () => {
  for (const slug of articleSlugs()) {
    it(`${slug}: kicker, title, standfirst, one line of provenance, folded contents, key figures, related reading`, async () => {
      await withPage({}, async (page) => {
        const response = await page.goto(`${baseURL}/bai-viet/${slug}/`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('.article-header .kicker').innerText()).toMatch(/^BÀI GIẢI THÍCH · /i);
        expect((await page.locator('h1').textContent())?.trim().length).toBeGreaterThan(5);
        expect((await page.locator('.article-header .lead').textContent())?.trim().length).toBeGreaterThan(20);
        // Provenance: one line, outlet and date and reading time; the details (in the folded
        // sources at the end) open on a tap on the outlet.
        const line = page.locator('.source-box__line');
        expect(await line.isVisible()).toBe(true);
        expect(await line.innerText()).toMatch(/^Nguồn: .+, .*\d{4}.* · \d+ phút đọc/s);
        expect(await page.locator('.source-box__body').isVisible()).toBe(false);
        await line.locator('a[href="#nguon"]').click();
        await expect.poll(() => page.locator('.source-box__body').isVisible()).toBe(true);
        expect(await page.locator('.source-box__body').innerText()).toMatch(/Ngày đăng/);
        // No internal file id reaches the reader, anywhere down the page.
        await layOutWholePage(page);
        expect(await page.locator('main').innerText()).not.toMatch(/\d{3}_[0-9a-f]{16}/);
        const toc = page.locator('nav.toc a');
        expect(await toc.count()).toBeGreaterThanOrEqual(3);
        expect(await page.locator('nav.toc details').getAttribute('open')).toBeNull();
        for (const href of await toc.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
          expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count()).toBe(1);
        }
        // Key figures link to the row of their table, where the evidence is shown.
        // As many as the frontmatter names (an article whose source measures nothing has none).
        const figureLinks = await page.locator('.key-figures a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        const named = (articleFrontmatter().find((a) => a.slug === slug)?.data.keyFigures ?? []) as string[];
        expect(figureLinks).toHaveLength(named.length);
        for (const href of figureLinks) expect(href).toMatch(/^\/so-lieu\/[a-z0-9-]+\/#so-lieu-[a-z0-9-]+$/);
        expect(await page.locator('.related .article-card').count()).toBeGreaterThanOrEqual(1);
        // A way back to the top, to the masthead.
        expect(await page.locator('footer a.to-top[href="#dau-trang"]').count()).toBe(1);
        expect(await page.locator('header#dau-trang').count()).toBe(1);
        expect(await page.locator('.prev-next a').count()).toBeGreaterThanOrEqual(1);
        expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
        expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(new RegExp(`/og/bai-viet/${slug}\\.png$`));
        expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
        expect(await page.locator('meta[property="article:published_time"]').getAttribute('content')).toMatch(/^\d{4}/);
      });
    });
  }

  it('a key figure opens its table row on the chart page, with the verbatim evidence', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseURL}/bai-viet/ket-qua-2024-khoi-thong-nguon-luc/`);
      const href = (await page.locator('.key-figures a').first().getAttribute('href')) ?? '';
      await page.goto(`${baseURL}${href}`);
      const row = page.locator(`[id="${href.split('#')[1]}"]`);
      expect(await row.count()).toBe(1);
      // The evidence character for character, the source's own quotation marks included.
      const id = href.split('#')[1]!.replace(/^so-lieu-/, '');
      const dataset = readContent('content').find((f) => f.kind === 'data' && f.name === 'thu-ngan-sach-ha-noi-2024')?.doc.toJS() as { figures: { id: string; evidence?: string }[] };
      const evidence = dataset.figures.find((f) => f.id === id)?.evidence;
      expect(evidence).toMatch(/509/);
      expect(await row.locator('q').innerText()).toBe(evidence);
    });
  });

  it('says "ước đoán" once in the header, with the reason one tap away', async () => {
    const inferred = articleFrontmatter().find(({ data }) => data.source?.published?.inferred === true || data.event?.inferred === true)?.slug;
    expect(inferred).toBeDefined();
    await withPage({}, async (page) => {
      await page.goto(`${baseURL}/bai-viet/${inferred}/`);
      expect(await page.locator('.article-header .inferred').count()).toBe(1);
      expect(await page.locator('.source-box__line .inferred').textContent()).toBe('ước đoán');
      await page.locator('.source-box__line .inferred').click();
      await expect.poll(() => page.locator('.source-box__reason').isVisible()).toBe(true);
      expect(await page.locator('.source-box__reason').innerText()).toMatch(/^Vì sao là ước đoán: .{20,}/);
    });
  });
});

describe('theme', () => {
  it('the toggle names the theme in use, switches to dark, and the choice survives a reload', async () => {
    await withPage({}, async (page) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${baseURL}/`);
      const toggle = page.locator('.theme-toggle');
      expect(await toggle.innerText()).toBe('Nền sáng');
      const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await toggle.click();
      expect(await toggle.innerText()).toBe('Nền tối');
      await page.reload();
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await page.locator('.theme-toggle').innerText()).toBe('Nền tối');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBg);
    });
  });
});

describe('without JavaScript', () => {
  // Every page's heading and main text without JavaScript: the crawl (site-crawl.test.ts).
  it('an article reads in full: its body holds the whole text', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}/bai-viet/${articleSlugs()[0]}/`);
      await layOutWholePage(page);
      expect((await page.locator('.article-body').innerText()).split(/\s+/).length).toBeGreaterThan(400);
    });
  });
});

describe('not found', () => {
  // No console error or missing file on any page: the crawl (site-crawl.test.ts).
  it('an unknown address gets the Vietnamese 404 page with status 404', async () => {
    await withPage({}, async (page) => {
      const response = await page.goto(`${baseURL}/khong-co-trang-nay/`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    });
  });
});
