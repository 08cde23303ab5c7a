/** The timeline as a reader sees it, in Chromium against the built site. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { layOutWholePage, useBrowser } from '../support/browser';
import { articleSlugs } from '../support/site';
import { KINDS } from '../../src/lib/timeline/filters';
import type { EventKind } from '../../src/schemas/timeline-event';

const baseURL = inject('baseURL');
const PATH = '/dong-thoi-gian/';
const { withPage } = useBrowser(1024);

/** The events as the content folder has them: the expectations come from the data. */
interface RawEvent {
  id: string;
  kind: EventKind;
  status?: string;
  topics?: string[];
  articles: string[];
}
const events: RawEvent[] = readdirSync('content/timeline')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(`content/timeline/${f}`, 'utf8')) }));

const visibleIds = (page: Page) => page.locator('.tl-event:visible').evaluateAll((lis) => lis.map((li) => li.id));
const sortIds = (ids: string[]) => [...ids].sort();

describe('the full timeline without JavaScript', () => {
  it('lists every event once, in order, each with a <time datetime> at its precision', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      expect(sortIds(await visibleIds(page))).toEqual(sortIds(events.map((e) => e.id)));
      const starts = await page.locator('.tl-event').evaluateAll((lis) => lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
      for (const d of starts) expect(d).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      const firstDay = starts.map((d) => `${d}-01-01`.slice(0, 10));
      expect([...firstDay].sort()).toEqual(firstDay);
    });
  });

  it('groups events under term headings derived from the term events, in time order', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const headings = await page.locator('.tl-group__title').allTextContents();
      const terms = events.filter((e) => e.kind === 'term').map((e) => e.id.replace(/^nhiem-ky-(\d{4})-(\d{4})$/, 'Nhiệm kỳ $1–$2'));
      for (const term of terms) expect(headings).toContain(term);
      for (const h of headings) expect(h).toMatch(/^(Trước năm \d{4}|Nhiệm kỳ \d{4}–\d{4}|Sau năm \d{4})$/);
      const years = headings.map((h) => Number(/\d{4}/.exec(h)?.[0]));
      expect([...years].sort()).toEqual(years);
    });
  });

  it('shows plans as "dự kiến", targets as "mục tiêu", and inferred dates with "ước đoán" and a reason', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      await layOutWholePage(page);
      // Each event's details (the reason in words among them) are one tap away: open them all.
      await page.locator('details.tl-event__more').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
      for (const e of events) {
        const when = page.locator(`[id="${e.id}"] .tl-event__when`);
        const text = await when.innerText();
        if (e.status === 'planned') expect(text, e.id).toMatch(/^dự kiến/i);
        if (e.status === 'target') expect(text, e.id).toMatch(/^mục tiêu/i);
        if (!e.status || e.status === 'happened') expect(text, e.id).not.toMatch(/dự kiến|mục tiêu/i);
      }
      const inferred = events.filter((e) => JSON.stringify(e).includes('"inferred":true'));
      expect(inferred.length).toBeGreaterThan(0);
      for (const e of inferred) {
        const badge = page.locator(`[id="${e.id}"] button.inferred`);
        expect(await badge.textContent(), e.id).toBe('ước đoán');
        const reasonId = await badge.getAttribute('aria-describedby');
        expect((await page.locator(`[id="${reasonId}"]`).textContent())?.length, e.id).toBeGreaterThan(20);
        expect(await page.locator(`[id="${e.id}"] .tl-event__reason`).innerText(), e.id).toMatch(/^Vì sao ghi “ước đoán”: .{20,}/);
      }
    });
  });

  it('filter links are plain links to static pages of one topic or one kind', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const topic = events.flatMap((e) => e.topics ?? []).find((t, _, all) => all.filter((x) => x === t).length < events.length)!;
      await page.locator(`a[data-filter="chu-de"][data-value="${topic}"]`).click();
      await page.waitForURL(`**${PATH}chu-de/${topic}/`);
      expect(sortIds(await visibleIds(page))).toEqual(sortIds(events.filter((e) => e.topics?.includes(topic)).map((e) => e.id)));
      expect(await page.locator(`a[data-filter="chu-de"][data-value="${topic}"]`).getAttribute('aria-current')).toBe('true');

      const kind = events.find((e) => e.kind !== 'term')!.kind;
      await page.locator(`a[data-filter="loai"][data-value="${KINDS[kind].slug}"]`).click();
      await page.waitForURL(`**${PATH}loai/${KINDS[kind].slug}/`);
      expect(sortIds(await visibleIds(page))).toEqual(sortIds(events.filter((e) => e.kind === kind).map((e) => e.id)));
    });
  });

  it('every topic and kind page exists and lists only its events', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      const topics = [...new Set(events.flatMap((e) => e.topics ?? []))];
      for (const topic of topics) {
        expect((await page.goto(`${baseURL}${PATH}chu-de/${topic}/`))?.status(), topic).toBe(200);
        expect(sortIds(await visibleIds(page)), topic).toEqual(sortIds(events.filter((e) => e.topics?.includes(topic)).map((e) => e.id)));
      }
      for (const kind of new Set(events.map((e) => e.kind))) {
        expect((await page.goto(`${baseURL}${PATH}loai/${KINDS[kind].slug}/`))?.status(), kind).toBe(200);
        expect(sortIds(await visibleIds(page)), kind).toEqual(sortIds(events.filter((e) => e.kind === kind).map((e) => e.id)));
      }
    });
  });

  it('at 320 px reads top to bottom: every event in a list that starts near the top, without widening the page', async () => {
    await withPage({ javaScriptEnabled: false, width: 320 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      expect(sortIds(await visibleIds(page))).toEqual(sortIds(events.map((e) => e.id)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      // The strip is for wider screens; on a phone the year index is the overview.
      expect(await page.locator('.tl-overview').isVisible()).toBe(false);
      expect(await page.locator('.tl-years').isVisible()).toBe(true);
      const first = (await page.locator('.tl-event').first().boundingBox())!;
      expect(first.y).toBeLessThan(1100);
      for (const e of events) {
        const box = await page.locator(`[id="${e.id}"] .tl-event__title`).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320, e.id).toBe(true);
      }
    });
  });

  it('at 390 px with JavaScript on, nothing in the page body is wider than the screen', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const wide = await page.locator('main').evaluate((main) =>
        [...main.querySelectorAll('*')].filter((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || el.closest('.tl-filters__list, .tl-years__list')) return false; // chip and year rows scroll inside themselves
          return r.right > innerWidth + 0.5;
        }).map((el) => el.className || el.tagName),
      );
      expect(wide).toEqual([]);
      expect((await page.locator('.tl-event').first().boundingBox())!.y).toBeLessThan(1100);
    });
  });

  it('marks the event list for the search index', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const list = page.locator('[data-pagefind-body]');
      expect(await list.count()).toBe(1);
      expect(await list.locator('[data-search-meta] [data-pagefind-filter="type"]').textContent()).toBe('Dòng thời gian');
      expect(await list.locator('.tl-event').count()).toBe(events.length);
      expect(await page.locator('nav[aria-label="Điều hướng chính"] a[href="/dong-thoi-gian/"]').getAttribute('aria-current')).toBe('page');
    });
  });
});

describe('the overview', () => {
  it('draws one mark per event, each a link to an event that exists on the page', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const hrefs = await page.locator('.tl-overview a.tl-mark').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(sortIds(hrefs.map((h) => h.slice(1)))).toEqual(sortIds(events.map((e) => e.id)));
      for (const href of hrefs) expect(await page.locator(`[id="${href.slice(1)}"].tl-event`).count(), href).toBe(1);
    });
  });

  it('no two labels overlap as drawn', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const boxes = await page.locator('.tl-mark text').evaluateAll((ts) => ts.map((t) => (t as SVGTextElement).getBBox()).map((b) => ({ x: b.x, y: b.y, w: b.width, h: b.height })));
      expect(boxes.length).toBe(events.length);
      const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h));
      expect(overlaps).toEqual([]);
    });
  });
});

describe('the overview scale', () => {
  it('opens where the events are: runs of empty years are compressed into marked breaks', async () => {
    await withPage({ width: 1280 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const region = page.locator('.tl-overview__scroll');
      const regionBox = (await region.boundingBox())!;
      const marks = await page.locator('.tl-mark').evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect()).map((r) => ({ x: r.x, right: r.right })));
      // Every mark is on screen without scrolling the strip at 1280 px.
      for (const m of marks) expect(m.right).toBeLessThanOrEqual(regionBox.x + regionBox.width + 1);
      expect(Math.min(...marks.map((m) => m.x)) - regionBox.x).toBeLessThan(40);
      expect(await page.locator('.tl-break').count()).toBeGreaterThan(0);
      expect(await page.locator('.tl-overview__caption').textContent()).toMatch(/được thu gọn/);
    });
  });
});

describe('printed', () => {
  it('every event prints, in the list and on the strip, which fits the page width', async () => {
    await withPage({ width: 794 }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${baseURL}${PATH}`);
      expect(sortIds(await visibleIds(page))).toEqual(sortIds(events.map((e) => e.id)));
      const svg = (await page.locator('.tl-overview__scroll svg').boundingBox())!;
      expect(svg.x + svg.width).toBeLessThanOrEqual(794);
      const labels = await page.locator('.tl-mark text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({ x: r.x, right: r.right, w: r.width })));
      expect(labels.length).toBe(events.length);
      for (const l of labels) {
        expect(l.w).toBeGreaterThan(0);
        expect(l.right).toBeLessThanOrEqual(svg.x + svg.width + 1);
      }
      expect(await page.locator('.tl-filters').isVisible()).toBe(false);
    });
  });
});

describe('filters with JavaScript', () => {
  it('filter at once, combine topic and kind, keep their state in the URL, and survive reload and Back', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const pair = events.find((e) => e.kind !== 'term' && (e.topics?.length ?? 0) > 0)!;
      const topic = pair.topics![0]!;
      const kind = KINDS[pair.kind].slug;
      const expected = (t?: string, k?: string) => sortIds(events.filter((e) => (!t || e.topics?.includes(t)) && (!k || KINDS[e.kind].slug === k)).map((e) => e.id));

      await page.locator(`a[data-filter="chu-de"][data-value="${topic}"]`).click();
      expect(new URL(page.url()).pathname).toBe(PATH);
      expect(new URL(page.url()).searchParams.get('chu-de')).toBe(topic);
      expect(sortIds(await visibleIds(page))).toEqual(expected(topic));

      await page.locator(`a[data-filter="loai"][data-value="${kind}"]`).click();
      const url = new URL(page.url());
      expect([url.pathname, url.searchParams.get('chu-de'), url.searchParams.get('loai')]).toEqual([PATH, topic, kind]);
      expect(sortIds(await visibleIds(page))).toEqual(expected(topic, kind));
      expect(await page.locator('[data-tl-status]').textContent()).toContain(`${expected(topic, kind).length}/${events.length}`);
      for (const group of await page.locator('.tl-group').all()) {
        expect(await group.isVisible()).toBe((await group.locator('.tl-event:visible').count()) > 0);
      }

      await page.reload();
      expect(sortIds(await visibleIds(page))).toEqual(expected(topic, kind));
      expect(await page.locator(`a[data-filter="loai"][data-value="${kind}"]`).getAttribute('aria-current')).toBe('true');

      await page.goBack();
      await expect.poll(() => new URL(page.url()).searchParams.get('loai')).toBeNull();
      expect(sortIds(await visibleIds(page))).toEqual(expected(topic));

      await page.locator('a[data-filter="chu-de"][data-value=""]').click();
      expect(new URL(page.url()).search).toBe('');
      expect(sortIds(await visibleIds(page))).toEqual(expected());
    });
  });

  it('an anchor to an event the filters hide clears the filters and lands on it', async () => {
    await withPage({}, async (page) => {
      const hidden = events.find((e) => e.kind === 'term')!;
      const other = Object.values(KINDS).find((k) => k.slug !== KINDS.term.slug && events.some((e) => KINDS[e.kind].slug === k.slug))!;
      await page.goto(`${baseURL}${PATH}?loai=${other.slug}#${hidden.id}`);
      await expect.poll(() => page.locator(`[id="${hidden.id}"]`).isVisible()).toBe(true);
      expect(sortIds(await visibleIds(page))).toEqual(sortIds(events.map((e) => e.id)));
    });
  });
});

describe('keyboard only', () => {
  it('reaches the filters, the overview and its marks, and the reason of an inferred date', async () => {
    // 800 px: the strip shows (from 40rem) and is wider than its region, so it scrolls.
    await withPage({ width: 800 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const focusedIs = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
      const tabTo = async (selector: string, max = 400) => {
        for (let i = 0; i < max; i++) {
          await page.keyboard.press('Tab');
          if (await focusedIs(selector)) return;
        }
        throw new Error(`Tab never reached ${selector}`);
      };

      await tabTo('.tl-overview__scroll');
      const before = await page.locator('.tl-overview__scroll').evaluate((el) => el.scrollLeft);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.tl-overview__scroll').evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);

      await tabTo('a.tl-mark');
      const target = (await page.evaluate(() => document.activeElement?.getAttribute('href')))!;
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).hash).toBe(target);

      const kind = KINDS[events.find((e) => e.kind !== 'term')!.kind].slug;
      await tabTo(`a[data-filter="loai"][data-value="${kind}"]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('loai')).toBe(kind);

      await page.goto(`${baseURL}${PATH}`);
      await tabTo('button.inferred');
      const tip = await page.evaluate(() => {
        const id = document.activeElement?.getAttribute('aria-describedby') ?? '';
        const el = document.getElementById(id);
        return el ? { shown: getComputedStyle(el).display !== 'none', text: el.textContent ?? '' } : undefined;
      });
      expect(tip?.shown).toBe(true);
      expect(tip?.text.length).toBeGreaterThan(20);
    });
  });
});

describe('the reason of an inferred date on a small screen', () => {
  it('shows on focus and stays inside a 320 px screen, for every inferred event', async () => {
    await withPage({ javaScriptEnabled: false, width: 320 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const buttons = page.locator('.tl-event button.inferred');
      expect(await buttons.count()).toBeGreaterThan(0);
      for (const button of await buttons.all()) {
        await button.focus();
        const tip = page.locator(`[id="${await button.getAttribute('aria-describedby')}"]`);
        expect(await tip.isVisible()).toBe(true);
        const box = (await tip.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
      }
    });
  });
});

describe('inline timelines in articles', () => {
  it('link each event to the same event on the full timeline, which links back to the article', async () => {
    let articlesWithTimeline = 0;
    const withInline: string[] = [];
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      await page.locator('details.tl-event__more').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
      const onTimeline = new Map(
        await page.locator('.tl-event').evaluateAll((lis) =>
          lis.map((li) => [li.id, [...li.querySelectorAll('a.tl-event__article')].map((a) => a.getAttribute('href') ?? '')] as [string, string[]]),
        ),
      );
      for (const slug of articleSlugs()) {
        await page.goto(`${baseURL}/bai-viet/${slug}/`);
        // The article's own events: "Các mốc trong bài" (ArticleEvents), or an inline <Timeline> placed in the text.
        const links = await page.locator('.events a[href^="/dong-thoi-gian/#"], .tl-inline a[href^="/dong-thoi-gian/#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        if (links.length === 0) continue;
        articlesWithTimeline++;
        withInline.push(slug);
        const ids = links.map((h) => h.slice(h.indexOf('#') + 1));
        expect(sortIds(ids), slug).toEqual(sortIds(events.filter((e) => e.articles.includes(slug)).map((e) => e.id)));
        for (const id of ids) expect(onTimeline.get(id), `${slug} → ${id}`).toContain(`/bai-viet/${slug}/`);
        const datetimes = await page.locator('time.events__when, .tl-inline__when time:first-of-type').evaluateAll((ts) => ts.map((t) => `${t.getAttribute('datetime')}-01-01`.slice(0, 10)));
        expect([...datetimes].sort(), slug).toEqual(datetimes);
      }
      // Following one link lands on the event, by anchor (from an article that places its timeline in the text).
      const slug = withInline[0]!;
      await page.goto(`${baseURL}/bai-viet/${slug}/`);
      // "Các mốc trong bài" is folded: a reader opens it first.
      if ((await page.locator('details.events__fold:not([open])').count()) > 0) await page.locator('details.events__fold > summary').click();
      const first = page.locator('.events a[href^="/dong-thoi-gian/#"], .tl-inline a[href^="/dong-thoi-gian/#"]').first();
      const href = (await first.getAttribute('href'))!;
      await first.click();
      await page.waitForURL(`**${href}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(href.split('#')[1]);
    });
    expect(articlesWithTimeline).toBeGreaterThanOrEqual(1);
  });
});

/* ------------------------------------------------------------------------------------------
 * Issue 22: the timeline on a phone — a year index that stays and jumps, sticky year headings,
 * a compact list, precision marks, year-only events as points, the target mark on the rail.
 * ---------------------------------------------------------------------------------------- */
const startYearOf = (e: RawEvent & { when?: { type: string; date?: string; start?: { date: string } } }) => Number((e.when?.type === 'period' ? e.when.start!.date : e.when!.date!).slice(0, 4));

describe('the timeline on a phone', () => {
  it('at 390 px the year index stays in view while the list scrolls, and a jump lands on its year under it', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const years = [...new Set(events.map((e) => startYearOf(e as never)))].sort();
      const chips = await page.locator('.tl-years a[data-year]').evaluateAll((as) => as.map((a) => Number(a.getAttribute('data-year'))));
      expect(chips).toEqual(years);
      // Far down the list, the index is still on screen, at the top.
      await page.locator('.tl-event').nth(20).scrollIntoViewIfNeeded();
      const index = (await page.locator('.tl-years').boundingBox())!;
      expect(index.y).toBeGreaterThanOrEqual(-1);
      expect(index.y).toBeLessThan(5);
      // A jump to a year: the address says it, its heading sits just under the index, its link is marked current.
      const year = years[Math.floor(years.length / 2)]!;
      await page.locator(`.tl-years a[data-year="${year}"]`).click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#nam-${year}`);
      await expect.poll(async () => {
        const heading = (await page.locator(`#nam-${year}`).boundingBox())!;
        const bar = (await page.locator('.tl-years').boundingBox())!;
        return heading.y >= bar.y + bar.height - 2 && heading.y < bar.y + bar.height + 40;
      }).toBe(true);
      await expect.poll(() => page.locator(`.tl-years a[data-year="${year}"]`).getAttribute('aria-current')).toBe('true');
      // The first event of that year is visible below its heading.
      const first = events.filter((e) => startYearOf(e as never) === year)[0]!;
      expect(await page.locator(`[id="${first.id}"] .tl-event__title`).isVisible()).toBe(true);
    });
  });

  it('keeps the heading of the year being read on screen while its events scroll by', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const byYear = new Map<number, RawEvent[]>();
      for (const e of events) byYear.set(startYearOf(e as never), [...(byYear.get(startYearOf(e as never)) ?? []), e]);
      const busiest = [...byYear].sort((a, b) => b[1].length - a[1].length)[0]!;
      // The events of the year in page order: the last one is the lowest on the page.
      const ids = await page.locator(`.tl-year-block[data-year="${busiest[0]}"] .tl-event`).evaluateAll((lis) => lis.map((li) => li.id));
      expect(ids.length).toBe(busiest[1].length);
      const last = { id: ids.at(-1)! };
      await page.locator(`[id="${last.id}"]`).scrollIntoViewIfNeeded();
      await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'end' }), last.id);
      const heading = (await page.locator(`#nam-${busiest[0]}`).boundingBox())!;
      const bar = (await page.locator('.tl-years').boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height - 2);
      expect(heading.y).toBeLessThan(bar.y + bar.height + 10);
    });
  });

  it('lists each event compactly (date, title, one line) and opens its details on tap', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      await layOutWholePage(page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      // It was 16,058 px with every event's details spelled out.
      expect(height).toBeLessThan(8000);
      const e = events.find((x) => (x.topics?.length ?? 0) > 0)!;
      const item = page.locator(`[id="${e.id}"]`);
      const line = item.locator('.tl-event__summary');
      const lineHeight = await line.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 24);
      expect((await line.boundingBox())!.height).toBeLessThanOrEqual(lineHeight + 1);
      expect(await item.locator('.tl-event__meta').isVisible()).toBe(false);
      await item.locator('summary').click();
      expect(await item.locator('.tl-event__meta').isVisible()).toBe(true);
      expect((await line.boundingBox())!.height).toBeGreaterThan(lineHeight + 1);
    });
  });

  it('a link to an event opens it', async () => {
    await withPage({ width: 390 }, async (page) => {
      const e = events.find((x) => (x.topics?.length ?? 0) > 0)!;
      await page.goto(`${baseURL}${PATH}#${e.id}`);
      await expect.poll(() => page.locator(`[id="${e.id}"] details`).getAttribute('open')).not.toBeNull();
    });
  });

  it('marks day, month, year and period differently on the rail, plans and targets dashed, every mark centred on the rail', async () => {
    await withPage({ width: 390 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      await layOutWholePage(page);
      const marks = await page.locator('.tl-event').evaluateAll((lis) =>
        lis.map((li) => {
          const s = getComputedStyle(li, '::before');
          const box = li.getBoundingClientRect();
          const rail = box.left + parseFloat(getComputedStyle(li).borderLeftWidth) / 2;
          // An absolutely placed box is offset from the padding edge, inside the rail's border.
          const centre = box.left + parseFloat(getComputedStyle(li).borderLeftWidth) + parseFloat(s.left) + parseFloat(s.width) / 2;
          return { id: li.id, cls: li.className, radius: s.borderRadius, transform: s.transform, bg: s.backgroundColor, style: s.borderTopStyle, height: parseFloat(s.height), width: parseFloat(s.width), off: Math.abs(rail - centre) };
        }),
      );
      const of = (p: string) => marks.filter((m) => m.cls.includes(`tl-event--p-${p}`));
      for (const p of ['day', 'month', 'year', 'period']) expect(of(p).length, p).toBeGreaterThan(0);
      for (const m of marks) expect(m.off, `${m.id} sits off the rail`).toBeLessThan(1);
      expect(new Set(of('day').map((m) => m.radius))).toEqual(new Set(['50%']));
      for (const m of of('month')) expect(m.transform, m.id).not.toBe('none');
      // A year is a ring (hollow), a day a dot (filled) unless planned; a period a bar taller than wide.
      const dayBg = of('day').find((m) => !/planned|target/.test(m.cls))!.bg;
      for (const m of of('year').filter((m) => !/planned|target/.test(m.cls))) expect(m.bg, m.id).not.toBe(dayBg);
      for (const m of of('period')) expect(m.height, m.id).toBeGreaterThan(m.width * 1.5);
      for (const m of marks.filter((m) => /tl-event--(planned|target)/.test(m.cls))) expect(m.style, m.id).toBe('dashed');
      expect(marks.some((m) => m.cls.includes('tl-event--target'))).toBe(true);
    });
  });

  it('draws a year-only event on the overview as a point in its year, never a bar; periods stay bars', async () => {
    await withPage({ width: 1280 }, async (page) => {
      await page.goto(`${baseURL}${PATH}`);
      const shapes = await page.locator('.tl-overview a.tl-mark').evaluateAll((as) => as.map((a) => ({ cls: a.getAttribute('class') ?? '', rect: a.querySelectorAll('rect').length, circle: a.querySelectorAll('circle').length, path: a.querySelectorAll('path').length })));
      const year = shapes.filter((s) => s.cls.includes('tl-mark--year'));
      expect(year.length).toBeGreaterThan(0);
      for (const s of year) expect([s.rect, s.circle]).toEqual([0, 1]);
      for (const s of shapes.filter((x) => x.cls.includes('tl-mark--period'))) expect(s.rect).toBe(1);
      for (const s of shapes.filter((x) => x.cls.includes('tl-mark--month'))) expect([s.rect, s.path]).toEqual([0, 1]);
    });
  });
});
