/**
 * Search results a student can read, on the real site (dist/, built by the global setup from
 * content/): clean snippets (no interface strings such as the glossary "?", table cells that
 * read as separate sentences, never the title again), precise marks, the accent-free slogan,
 * questions with filler words, abbreviations, one search box on /tim-kiem/, facets, the empty
 * state. Expected pages are found from the content (which seed an explainer comes from, which
 * data file holds a figure, which term lists an abbreviation), so the tests hold while editors
 * rewrite the articles.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foldVietnamese } from '../../src/lib/search-query';
import { useBrowser } from '../support/browser';

const baseURL = inject('baseURL');
const { newContext } = useBrowser();

async function withSearchPage<T>(fn: (page: Page) => Promise<T>, options: { width?: number; touch?: boolean } = {}): Promise<T> {
  const context = await newContext({
    serviceWorkers: 'block',
    viewport: { width: options.width ?? 1024, height: 844 },
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${baseURL}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-search-page][data-search-state="done"]', { state: 'attached' });
  return page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The explainer written from a seed file ("000" → "/bai-viet/<slug>/"). */
function explainerFromSeed(seed: string): string {
  const file = readdirSync('content/articles').find((f) => new RegExp(`seed:\\s*${seed}_`).test(readFileSync(`content/articles/${f}`, 'utf8')));
  if (!file) throw new Error(`no explainer comes from seed ${seed}`);
  return `/bai-viet/${file.replace(/\.mdx$/, '')}/`;
}

/** The data page whose dataset holds a figure of this value. */
function dataPageHolding(value: string): string {
  const file = readdirSync('content/data').find((f) => new RegExp(`value:\\s*${value.replace('.', '\\.')}\\s*$`, 'm').test(readFileSync(`content/data/${f}`, 'utf8')));
  if (!file) throw new Error(`no dataset holds ${value}`);
  return `/so-lieu/${file.replace(/\.ya?ml$/, '')}/`;
}

/** The glossary term that lists an alias. */
function termWithAlias(alias: string): string {
  const file = readdirSync('content/glossary').find((f) => new RegExp(`aliases:.*["']${alias}["']`).test(readFileSync(`content/glossary/${f}`, 'utf8')));
  if (!file) throw new Error(`no glossary term has the alias ${alias}`);
  return `/thuat-ngu/${file.replace(/\.ya?ml$/, '')}/`;
}

describe('clean snippets', () => {
  it('no interface string (the glossary "?", buttons, downloads) in any snippet, and never the title again', async () => {
    await withSearchPage(async (page) => {
      for (const query of ['thanh uy ha noi', 'dang bo', 'phuong thuc lanh dao', 'luot dang vien']) {
        await search(page, query);
        const results = await page.locator('.search-result').evaluateAll((items) =>
          items.map((li) => ({
            title: li.querySelector('.search-result__title')?.textContent?.trim() ?? '',
            snippets: [...li.querySelectorAll('.search-result__excerpt')].map((e) => e.textContent ?? ''),
          })),
        );
        expect(results.length, query).toBeGreaterThan(0);
        for (const { title, snippets } of results) {
          for (const text of snippets) {
            // The glossary chip's "?" glued to a word ("Thành ủy? chọn", "luân chuyển?, điều động?");
            // a real question (a heading such as "“6 dám” là gì?") ends its sentence.
            expect(text, `${query}: ${text}`).not.toMatch(/\p{L}\?[,;]|\p{L}\? \p{Ll}/u);
            expect(text).not.toMatch(/Tải dữ liệu|Tải biểu đồ|Liên kết tới biểu đồ này|Đóng/u);
            // Never the title again: no sentence of the snippet is the title.
            const sentences = text.split(/(?<=[.!?…])\s+/u).map((t) => t.replace(/^…\s*|[\s.…]+$/gu, ''));
            expect(sentences.includes(title), `${query}: the title “${title}” repeated in “${text}”`).toBe(false);
          }
        }
      }
    });
  });

  it('a table row reads as separate cells: the label ends before the value begins', async () => {
    const path = dataPageHolding('35633');
    await withSearchPage(async (page) => {
      const paths = await search(page, '35633');
      expect(paths[0]).toBe(path);
      const snippet = (await page.locator('.search-result').first().locator('.search-result__excerpt').first().textContent()) ?? '';
      expect(snippet).toContain('35.633');
      // The row's label cell, then its value: never glued without a full stop between them.
      const rows = await page.evaluate(async (url) => {
        const html = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return [...doc.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')?.textContent?.replace(/\s+/g, ' ').trim() ?? '', tr.querySelector('td')?.textContent?.trim() ?? '']);
      }, `${baseURL}${path}`);
      expect(rows.length).toBeGreaterThan(0);
      for (const [label, value] of rows) expect(snippet.includes(`${label} ${value}`), `“${label}” glued to “${value}”`).toBe(false);
      expect(snippet).toMatch(/[.)]\.? 35\.633 lượt/u);
    });
  });
});

describe('precise marks', () => {
  it('marks the phrase "nông thôn mới", never "mỗi" or "môi" beside it, in results and on the page opened', async () => {
    await withSearchPage(async (page) => {
      await search(page, 'nong thon moi');
      const marks = await page.locator('.search-results mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      // The phrase, or (on a page without it) its words in exactly this spelling: never "mỗi", "môi".
      for (const m of marks) expect(['nông thôn mới', 'nông', 'thôn', 'mới'], m).toContain(m.toLocaleLowerCase('vi'));
      expect(marks.map((m) => m.toLocaleLowerCase('vi'))).toContain('nông thôn mới');
      const link = page.locator('.search-result__title a').first();
      await link.click();
      await page.waitForSelector('mark.search-hit');
      const onPage = await page.locator('main mark.search-hit').allTextContents();
      for (const m of onPage) expect(m.toLocaleLowerCase('vi'), m).toBe('nông thôn mới');
    });
  });
});

describe('queries as students type them', () => {
  it('an accent-free slogan: "dam nghi dam lam" puts the page explaining "6 dám" first, and says how it read the query', async () => {
    await withSearchPage(async (page) => {
      const paths = await search(page, 'dam nghi dam lam');
      expect(paths[0], paths.join(', ')).toBe(explainerFromSeed('000'));
      expect(await page.locator('[data-status]').textContent()).toContain('dám nghĩ dám làm');
      const marks = await page.locator('.search-result').first().locator('.search-result__excerpt mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      // Only the query's words in the spelling it was read with: never "nghị", "đảm" or "lâm".
      for (const m of marks) expect(['dám', 'nghĩ', 'làm', 'dám nghĩ', 'dám làm', 'dám nghĩ dám làm'], m).toContain(m.toLocaleLowerCase('vi'));
    });
  });

  it('a question with filler words finds the figure: "tay ho thu ngan sach bao nhieu"', async () => {
    await withSearchPage(async (page) => {
      const paths = await search(page, 'tay ho thu ngan sach bao nhieu');
      expect(paths[0], paths.join(', ')).toBe(dataPageHolding('4954.8'));
    });
  });

  it('"là gì" after an abbreviation opens its term; nonsense with question words finds nothing', async () => {
    await withSearchPage(async (page) => {
      const ubnd = await search(page, 'ubnd la gi');
      expect(ubnd[0], ubnd.join(', ')).toBe(termWithAlias('UBND'));
      expect(await search(page, 'bitcoin la gi')).toEqual([]);
      expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    });
  });

  it('an abbreviation: "ubkt" puts its term first; "ct 24" finds "Chỉ thị 24"', async () => {
    await withSearchPage(async (page) => {
      const ubkt = await search(page, 'ubkt');
      expect(ubkt[0], ubkt.join(', ')).toBe(termWithAlias('UBKT'));
      expect(await page.locator('.search-result__why').first().textContent()).toContain('ủy ban kiểm tra');
      // "ct" is "chỉ thị": the first result holds "Chỉ thị 24" and marks it.
      const ct = await search(page, 'ct 24');
      expect(ct.length).toBeGreaterThan(0);
      const first = page.locator('.search-result').first();
      expect(await first.locator('.search-result__excerpt').first().textContent()).toMatch(/Chỉ thị (số )?24/iu);
    });
  });
});

describe('a page a reader can scan', () => {
  it('each result shows its type and why it matched; a page matching in several sections is one result', async () => {
    await withSearchPage(async (page) => {
      const paths = await search(page, 'kiem tra giam sat');
      expect(new Set(paths).size).toBe(paths.length);
      const first = page.locator('.search-result').first();
      expect((await first.locator('.search-result__type').textContent())?.trim()).toMatch(/^(Bài giải thích|Tổng quan|Số liệu|Dòng thời gian|Chủ đề|Thuật ngữ)$/);
      expect((await first.locator('.search-result__why').textContent())?.length).toBeGreaterThan(0);
    });
  });

  it('one search box on /tim-kiem/, and "/" goes to it', async () => {
    await withSearchPage(async (page) => {
      await search(page, '');
      expect(await page.locator('.header-search').isVisible()).toBe(false);
      await page.locator('h1').click();
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    });
  });

  it('the keyboard hint shows with a keyboard and a mouse, never on a touch screen', async () => {
    await withSearchPage(async (page) => {
      await page.goto(`${baseURL}/`);
      expect(await page.locator('#header-search-input').getAttribute('placeholder')).toContain('phím /');
    });
    await withSearchPage(
      async (page) => {
        await page.goto(`${baseURL}/`);
        expect(await page.locator('#header-search-input').getAttribute('placeholder')).toBe('Tìm kiếm');
      },
      { width: 390, touch: true },
    );
  });

  it('facets: one name per outlet, no "unknown outlet", every year an explainer happened or was published', async () => {
    await withSearchPage(async (page) => {
      await search(page, 'ha noi');
      await page.locator('[data-refine] summary').click();
      const outlets = await page.locator('input[name="outlet"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      expect(outlets.length).toBeGreaterThan(0);
      expect(outlets.some((o) => /không rõ/iu.test(o))).toBe(false);
      expect(outlets.some((o) => /\(/.test(o))).toBe(false);
      expect(new Set(outlets.map((o) => foldVietnamese(o))).size).toBe(outlets.length);
      const years = await page.locator('input[name="year"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      const expected = new Set<string>();
      for (const f of readdirSync('content/articles')) {
        const text = readFileSync(`content/articles/${f}`, 'utf8');
        for (const m of text.matchAll(/^\s*(?:published|event):\s*\{\s*date:\s*"(\d{4})/gm)) expected.add(m[1]!);
      }
      expect(years.sort()).toEqual([...expected].sort());
    });
  });

  it('with nothing found, the site\'s topics are offered as searches', async () => {
    await withSearchPage(async (page) => {
      await search(page, 'pokemon');
      const suggestions = page.locator('[data-suggest] a');
      expect(await suggestions.count()).toBeGreaterThan(3);
      expect(await page.locator('[data-suggest]').isVisible()).toBe(true);
      const href = await suggestions.first().getAttribute('href');
      expect(href).toMatch(/^\/tim-kiem\/\?q=/);
      await suggestions.first().click();
      await page.waitForSelector('[data-search-page][data-search-state="done"]', { state: 'attached' });
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    });
  });
});

describe('header suggestions', () => {
  it('show the phrase each page matched, in the site\'s spelling', async () => {
    await withSearchPage(async (page) => {
      await page.goto(`${baseURL}/`);
      const input = page.locator('#header-search-input');
      await input.click();
      await input.pressSequentially('dam nghi dam lam');
      await page.waitForSelector('#header-search-list:not([hidden]) .header-search__kind');
      await page.waitForFunction(() => document.querySelector('[data-header-status]')?.textContent?.includes('dam nghi dam lam'));
      const first = await page.locator('#header-search-list [role="option"]').first().getAttribute('href');
      expect(first?.split('?')[0]).toBe(explainerFromSeed('000'));
      const kind = await page.locator('#header-search-list .header-search__kind').first().textContent();
      expect(kind).toMatch(/dám.{0,4}nghĩ|dám.{0,4}làm/u);
    });
  });
});
