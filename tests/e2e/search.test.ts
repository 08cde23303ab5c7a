/**
 * Search as students use it, in Chromium, against a site built from the search corpus
 * (tests/support/search-site.ts): accent-free and "d for đ" queries, filters, URL state,
 * the header combobox by keyboard, and hostile queries (offline use: tests/e2e/offline.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { SEARCH_FIXTURE, articleForSeed, buildAndServeSearchSite } from '../support/search-site';
import { foldVietnamese } from '../../src/lib/search-query';

let site: Awaited<ReturnType<typeof buildAndServeSearchSite>>;
let browser: Browser;

beforeAll(async () => {
  site = await buildAndServeSearchSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function withPage<T>(fn: (page: Page, context: BrowserContext) => Promise<T>, options: { javaScriptEnabled?: boolean; serviceWorkers?: 'allow' | 'block' } = {}): Promise<T> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: { width: 1024, height: 800 },
  });
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Waits until the search page has answered (a count or the empty state). */
async function settled(page: Page) {
  await page.waitForSelector('[data-search-page][data-search-state="done"]', { state: 'attached' });
}

/** Result paths on /tim-kiem/ for a query, in order. */
async function resultPaths(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await settled(page);
  return page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const article = (seed: string) => articleForSeed(seed);

/**
 * Queries typed as students type them, and the page that must come first. Expected pages
 * are the fixture articles made from each seed (000: Nguyễn Văn Phong at the XIV Congress;
 * 001: Trương Thị Mai's working session; 002: results of 2024; 003: mid-term review of
 * Programme 01, Đinh Tiến Dũng; 004: Nguyễn Thị Tuyến's paper) or a topic page.
 */
const FIRST_RESULT: Array<[query: string, expected: () => string]> = [
  ['nông thôn mới', () => '/chu-de/nong-thon-moi/'],
  ['nong thon moi', () => '/chu-de/nong-thon-moi/'],
  ['NONG THON MOI', () => '/chu-de/nong-thon-moi/'],
  ['xa nong thon moi kieu mau', () => article('002')],
  ['Chỉ thị 24', () => article('002')],
  ['chi thi 24', () => article('002')],
  ['24-CT/TU', () => article('002')],
  ['Vành đai 4', () => article('003')],
  ['vanh dai 4', () => article('003')],
  ['VANH DAI 4', () => article('003')],
  ['Đinh Tiến Dũng', () => article('003')],
  ['dinh tien dung', () => article('003')],
  ['Dinh Tien Dung', () => article('003')],
  ['chung cu cu', () => article('003')],
  ['01-CTr/TU', () => article('003')],
  ['Nguyễn Văn Phong', () => article('000')],
  ['nguyen van phong', () => article('000')],
  ['6 dam', () => article('000')],
  ['dam nghi dam lam', () => article('000')],
  ['dang bo so', () => article('000')],
  ['dai hoi XIV', () => article('000')],
  ['truong thi mai', () => article('001')],
  ['de an trung uong 6', () => article('001')],
  ['nguyen thi tuyen', () => article('004')],
  ['khong co vung cam', () => article('004')],
  ['quy che mau phuong', () => article('004')],
  ['phi dia gioi', () => article('002')],
  ['hoang mai', () => article('002')],
  ['bui thi minh hoai', () => article('002')],
  ['the che va quy hoach thu do', () => '/chu-de/the-che-thu-do/'],
];

describe('first result for queries typed as students type them', () => {
  it('the table covers enough queries', () => {
    expect(FIRST_RESULT.length).toBeGreaterThanOrEqual(25);
  });
  it.each(FIRST_RESULT)('“%s”', async (query, expected) => {
    await withPage(async (page) => {
      const paths = await resultPaths(page, query);
      expect(paths[0], `results: ${paths.join(', ')}`).toBe(expected());
    });
  });
});

describe('Vietnamese folding', () => {
  const pairs: Array<[string, string]> = [
    ['Đinh Tiến Dũng', 'dinh tien dung'],
    ['Đảng bộ', 'dang bo'],
    ['Đại hội', 'DAI HOI'],
    ['Vành đai 4', 'vanh dai 4'],
    ['đô thị', 'do thi'],
    ['nông thôn mới', 'Nong Thon Moi'],
  ];
  it.each(pairs)('“%s” and “%s” find the same pages in the same order', async (accented, plain) => {
    await withPage(async (page) => {
      const a = await resultPaths(page, accented);
      const b = await resultPaths(page, plain);
      expect(a.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    });
  });

  it('shows accented titles and excerpts with the matched words marked', async () => {
    await withPage(async (page) => {
      await resultPaths(page, 'dinh tien dung');
      const first = page.locator('.search-result').first();
      expect(await first.locator('.search-result__excerpt').first().textContent()).toContain('Đinh Tiến Dũng');
      const marked = await first.locator('mark').allTextContents();
      // The name is one phrase, marked as one unit.
      expect(marked).toContain('Đinh Tiến Dũng');
      expect(marked.some((m) => m === 'dinh')).toBe(false);
      // Snippets under a heading link to that heading of the page.
      const sections = await page.locator('.search-result__section').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(sections.length).toBeGreaterThan(0);
      expect(sections.every((href) => href.includes('#'))).toBe(true);
    });
  });

  it('the page opened from a result marks the phrase, scrolls to it and drops ?hl= from the address', async () => {
    await withPage(async (page) => {
      await resultPaths(page, 'vanh dai 4');
      const link = page.locator('.search-result__title a').first();
      // The link carries the query as search read it (accents restored from the site's text).
      const hl = new URL((await link.getAttribute('href')) ?? '', site.url).searchParams.get('hl') ?? '';
      expect(foldVietnamese(hl)).toBe('vanh dai 4');
      await link.click();
      await page.waitForSelector('mark.search-hit');
      const hits = await page.locator('main mark.search-hit').allTextContents();
      // The phrase as one unit, and no lone "đai"/"Đại" elsewhere on a page that holds the phrase.
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => foldVietnamese(h) === 'vanh dai 4')).toBe(true);
      await page.waitForFunction(() => !location.search.includes('hl='));
      expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
      const inView = await page.locator('main mark.search-hit').first().evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);
    });
  });

  it('marks whole words only, never part of a longer word', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}${article('000')}?hl=chuyen`);
      await page.waitForSelector('mark.search-hit');
      const whole = await page.locator('main mark.search-hit').allTextContents();
      expect(whole.every((h) => foldVietnamese(h) === 'chuyen')).toBe(true);
      await page.goto(`${site.url}${article('000')}?hl=chuy`);
      await page.waitForFunction(() => !location.search.includes('hl='));
      expect(await page.locator('main mark.search-hit').count()).toBe(0);
    });
  });

  it('says so, in Vietnamese, when nothing matches', async () => {
    await withPage(async (page) => {
      const paths = await resultPaths(page, 'qwxz zzyq');
      expect(paths).toEqual([]);
      const empty = page.locator('[data-empty]');
      expect(await empty.isVisible()).toBe(true);
      expect(await empty.textContent()).toMatch(/Không tìm thấy trang nào cho “qwxz zzyq”/);
      expect(await empty.textContent()).toMatch(/không dấu/);
    });
  });
});

/** Frontmatter source.published.date of a fixture article, by URL path. */
function publishedOf(path: string): string {
  const slug = path.split('/')[2] ?? '';
  const file = readdirSync(join(SEARCH_FIXTURE, 'articles')).find((f) => f === `${slug}.mdx`);
  if (!file) return '';
  const text = readFileSync(join(SEARCH_FIXTURE, 'articles', file), 'utf8');
  return /published:\s*\{\s*date:\s*"([^"]+)"/.exec(text)?.[1] ?? '';
}

describe('result count', () => {
  it('the announced count equals the results listed, and no empty state shows beside them', async () => {
    await withPage(async (page) => {
      for (const query of ['nong thon moi', 'dang bo', 'ha noi']) {
        const paths = await resultPaths(page, query);
        expect(paths.length, query).toBeGreaterThan(0);
        const more = await page.locator('[data-more]').isVisible();
        const status = (await page.locator('[data-status]').textContent()) ?? '';
        const announced = Number(/(\d+) kết quả/.exec(status)?.[1]);
        if (more) expect(announced, query).toBeGreaterThan(paths.length);
        else expect(announced, `${query}: "${status}"`).toBe(paths.length);
        expect(await page.locator('[data-empty]').isVisible(), query).toBe(false);
      }
    });
  });
});

describe('filters, sorting and the URL', () => {
  it('the page-type filter keeps only explainers and goes into the URL', async () => {
    await withPage(async (page) => {
      const all = await resultPaths(page, 'nong thon moi');
      expect(all.some((p) => p.startsWith('/chu-de/'))).toBe(true);
      await page.locator('summary', { hasText: 'Lọc và sắp xếp' }).click();
      await page.getByRole('checkbox', { name: 'Bài giải thích' }).check();
      await page.waitForURL(/type=/);
      await settled(page);
      const filtered = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.every((p) => p.startsWith('/bai-viet/'))).toBe(true);
      expect(new URL(page.url()).searchParams.get('type')).toBe('Bài giải thích');
    });
  });

  it('outlet, topic and year filters narrow the results, also with no words typed', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/tim-kiem/?q=ha+noi&outlet=${encodeURIComponent('Hànộimới')}`);
      await settled(page);
      expect(await page.getByRole('checkbox', { name: 'Hànộimới' }).isChecked()).toBe(true);
      const byOutlet = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(byOutlet).toEqual([article('003')]);

      await page.goto(`${site.url}/tim-kiem/?year=2024&type=${encodeURIComponent('Bài giải thích')}`);
      await settled(page);
      const byYear = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(byYear).toEqual([article('002')]);

      await page.goto(`${site.url}/tim-kiem/?topic=${encodeURIComponent('Kiểm tra, giám sát')}&type=${encodeURIComponent('Bài giải thích')}`);
      await settled(page);
      const byTopic = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(byTopic).toEqual([article('004')]);
    });
  });

  it('"Mới nhất trước" orders results by publication date', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('phuong thuc lanh dao')}&type=${encodeURIComponent('Bài giải thích')}&sort=moi-nhat`);
      await settled(page);
      expect(await page.locator('select[name="sort"]').inputValue()).toBe('moi-nhat');
      const paths = await page.locator('.search-result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(paths.length).toBeGreaterThanOrEqual(3);
      const dates = paths.map(publishedOf);
      expect(dates).toEqual([...dates].sort().reverse());
    });
  });

  it('a shared ?q= link shows the search, and Back restores the previous one', async () => {
    await withPage(async (page) => {
      await resultPaths(page, 'vanh dai 4');
      const input = page.locator('#search-page-input');
      expect(await input.inputValue()).toBe('vanh dai 4');
      await input.fill('chi thi 24');
      await input.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === 'chi thi 24');
      await settled(page);
      expect(await page.locator('.search-result__title a').first().getAttribute('href')).toContain(article('002'));
      await page.evaluate(() => history.back());
      await page.waitForURL((url) => url.searchParams.get('q') === 'vanh dai 4');
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#search-page-input')?.value === 'vanh dai 4');
      await settled(page);
      await page.waitForFunction((href) => document.querySelector('.search-result__title a')?.getAttribute('href')?.startsWith(href), article('003'));
    });
  });
});

describe('header search box', () => {
  it('loads no search code at first paint, only when the reader reaches for it', async () => {
    await withPage(async (page) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
      expect(requests.filter((p) => p.startsWith('/pagefind/') || /combobox|engine|search-query/.test(p))).toEqual([]);
      await page.keyboard.press('/');
      await page.keyboard.type('dang bo');
      await page.waitForSelector('#header-search-list:not([hidden]) [role="option"]');
      expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    });
  });

  it('works by keyboard alone: "/" and Ctrl+K focus it, arrows choose, Enter opens, Esc closes', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/gioi-thieu/`);
      await page.keyboard.press('Control+k');
      const input = page.locator('#header-search-input');
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('dinh tien dung');
      await page.waitForSelector('#header-search-list:not([hidden]) [role="option"]');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-header-status]')?.textContent ?? ''));
      await page.keyboard.press('Escape');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#header-search-list').isHidden()).toBe(true);
      await page.keyboard.press('ArrowDown');
      const active = await input.getAttribute('aria-activedescendant');
      expect(active).toBeTruthy();
      expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === article('003'));
    });
  });

  it('Enter with nothing chosen opens /tim-kiem/ with the query', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/`);
      await page.locator('#header-search-input').fill('Vành đai 4');
      await page.locator('#header-search-input').press('Enter');
      await page.waitForURL(/\/tim-kiem\/\?q=/);
      await settled(page);
      expect(await page.locator('#search-page-input').inputValue()).toBe('Vành đai 4');
    });
  });

  it('without JavaScript it is a GET form to /tim-kiem/, which says search needs JavaScript', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${site.url}/`);
        expect(await page.locator('.header-search__nojs').textContent()).toMatch(/cần JavaScript/);
        await page.locator('#header-search-input').fill('nong thon moi');
        await page.locator('.header-search button[type="submit"]').click();
        await page.waitForURL(/\/tim-kiem\/\?q=nong\+thon\+moi/);
        expect(await page.locator('main').innerText()).toMatch(/Tìm kiếm cần JavaScript/);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('what the reader types is what is searched', () => {
  /** Holds Pagefind back, so typing surely happens before the index is ready. */
  async function slowIndex(page: Page, ms = 1200) {
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((r) => setTimeout(r, ms));
      await route.continue();
    });
  }

  it('typing on /tim-kiem/ before the index loads loses no letter, and the query runs once it is ready', async () => {
    await withPage(async (page) => {
      await slowIndex(page);
      await page.goto(`${site.url}/tim-kiem/`, { waitUntil: 'domcontentloaded' });
      await page.locator('#search-page-input').pressSequentially('chi thi 24', { delay: 60 });
      await page.waitForFunction(() => document.querySelector('[data-search-page]')?.getAttribute('data-search-state') === 'done' && document.querySelectorAll('.search-result').length > 0);
      expect(await page.locator('#search-page-input').inputValue()).toBe('chi thi 24');
      expect(new URL(page.url()).searchParams.get('q')).toBe('chi thi 24');
      const first = await page.locator('.search-result__title a').first().getAttribute('href');
      expect(new URL(first ?? '', site.url).pathname).toBe(article('002'));
    });
  });

  it('the query in the URL never overwrites what the reader has typed', async () => {
    await withPage(async (page) => {
      await slowIndex(page);
      await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('nong thon moi')}`, { waitUntil: 'domcontentloaded' });
      const input = page.locator('#search-page-input');
      await input.fill('');
      await input.pressSequentially('vanh dai 4', { delay: 60 });
      await settled(page);
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'vanh dai 4');
      expect(await input.inputValue()).toBe('vanh dai 4');
    });
  });

  it.each(['bitcoin', 'xyz', 'pokemon go'])('nonsense (“%s”) shows the empty state, not pages', async (query) => {
    await withPage(async (page) => {
      expect(await resultPaths(page, query)).toEqual([]);
      expect(await page.locator('[data-empty]').isVisible()).toBe(true);
      expect(await page.locator('[data-status]').textContent()).toMatch(/Không có kết quả/);
    });
  });

  it('a word being typed matches as a prefix only from 3 letters', async () => {
    await withPage(async (page) => {
      expect((await resultPaths(page, 'vanh dai')).length).toBeGreaterThan(0);
      expect(await resultPaths(page, 'chuy')).not.toEqual([]);
      expect(await resultPaths(page, 'zq')).toEqual([]);
    });
  });
});

describe('phrase-aware ranking', () => {
  /** Whether the page at `path` holds the folded phrase, words side by side. */
  async function holds(page: Page, path: string, phrase: string): Promise<boolean> {
    const text = await page.evaluate(async (p) => {
      const html = await (await fetch(p)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.querySelector('[data-pagefind-body]')?.textContent ?? '';
    }, path);
    return ` ${foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${phrase} `);
  }

  it.each(['dang vien', 'chinh quyen do thi', 'cai cach hanh chinh'])('“%s”: the pages holding the phrase come first', async (query) => {
    await withPage(async (page) => {
      const paths = await resultPaths(page, query);
      expect(paths.length).toBeGreaterThan(0);
      const flags: boolean[] = [];
      for (const path of paths) flags.push(await holds(page, path, query));
      expect(flags[0]).toBe(true);
      // Once a page lacks the phrase, no later page has it.
      expect(flags.slice(flags.indexOf(false) === -1 ? flags.length : flags.indexOf(false)).every((f) => !f)).toBe(true);
    });
  });
});

describe('header suggestions', () => {
  it('the first query downloads at most 80 KB gzip, and only the index chunks holding its words', async () => {
    await withPage(async (page) => {
      const fetched: string[] = [];
      page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
      const before = fetched.length;
      await page.locator('#header-search-input').click();
      await page.keyboard.type('dinh tien dung');
      await page.waitForSelector('#header-search-list:not([hidden]) a[role="option"]');
      await page.waitForLoadState('networkidle');
      const used = fetched.slice(before);
      const gzip = (path: string) => {
        const buf = readFileSync(join(site.dist, decodeURIComponent(path)));
        // Pagefind's index files are gzip already; the rest is sent compressed by the host.
        return buf[0] === 0x1f && buf[1] === 0x8b ? buf.length : gzipSync(buf).length;
      };
      const bytes = used.filter((p) => !p.endsWith('/')).reduce((sum, p) => sum + gzip(p), 0);
      expect(bytes).toBeLessThanOrEqual(80 * 1024);
      // Suggestions show titles from pages.json: no page text (fragment) is downloaded.
      expect(used.filter((p) => p.includes('/fragment/'))).toEqual([]);
      const chunks = readdirSync(join(site.dist, 'pagefind', 'index')).length;
      expect(used.filter((p) => p.includes('/pagefind/index/')).length).toBeLessThan(chunks / 2);
    });
  });


  it('are real links, in a list exactly as wide as the box', async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/gioi-thieu/`);
      await page.locator('#header-search-input').click();
      await page.keyboard.type('dinh tien dung');
      await page.waitForSelector('#header-search-list:not([hidden]) a[role="option"][href]');
      const hrefs = await page.locator('#header-search-list a[role="option"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      // No interactive element nested in another: each option is the link itself.
      expect(await page.locator('#header-search-list [role="option"] a, #header-search-list a a').count()).toBe(0);
      // The page, with the query as search read it (accents restored) for the page to mark.
      const first = new URL(hrefs[0] ?? '', site.url);
      expect(first.pathname).toBe(article('003'));
      expect(foldVietnamese(first.searchParams.get('hl') ?? '')).toBe('dinh tien dung');
      expect(hrefs.at(-1)).toMatch(/^\/tim-kiem\/\?q=/);
      // Links stay out of the tab order: focus stays in the box (APG combobox pattern).
      expect(await page.locator('#header-search-list a[tabindex="-1"]').count()).toBe(hrefs.length);
      const box = await page.locator('.header-search__box').boundingBox();
      const list = await page.locator('#header-search-list').boundingBox();
      expect(Math.abs((list?.width ?? 0) - (box?.width ?? 0))).toBeLessThanOrEqual(1);
    });
  });
});

describe('safety', () => {
  const hostile = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload=window.__pwned=1>'];
  it.each(hostile)('the query %s is shown as text and never runs', async (query) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await settled(page);
      expect(await page.locator('[data-status]').textContent()).toContain(query);
      expect(await page.evaluate(() => document.querySelectorAll('main img, main svg[onload], main script:not([type])').length)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // The header box, on a page that has one (/tim-kiem/ has its own box only).
      await page.goto(`${site.url}/gioi-thieu/`);
      await page.locator('#header-search-input').fill(query);
      await page.waitForSelector('#header-search-list:not([hidden]) [role="option"]');
      expect(await page.locator('[data-header-status]').textContent()).toContain(query);
      expect(await page.evaluate(() => document.querySelectorAll('[role="listbox"] img, [role="listbox"] svg, [role="listbox"] script').length)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });
  });
});
