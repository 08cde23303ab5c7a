/**
 * /tim-kiem/: the full search page. Results with excerpts and links to headings, filters
 * (type, topic, outlet, year), relevance or newest first, state in the URL.
 */
import { asUnavailable, searchNotice } from '../../lib/search-availability';
import { FILTERS, FILTER_KEYS, type FilterKey } from '../../lib/search-attrs';
import { foldVietnamese, normalizeQuery } from '../../lib/search-query';
import { buildSnippets, type Snippet } from '../../lib/search-snippet';
import { allFilters, runSearch, whenLoaded, type PagefindData, type SearchHit } from './engine';
import { appendMarked, appendNotice, appendTitle, countLabel, highlightTerms, linkWithHighlight, resultTitle } from './render';
import { readState, stateToSearch, toPagefindFilters, type SearchState } from './url-state';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 120;

export async function initSearchPage(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterBox = form.querySelector<HTMLElement>('[data-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const results = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const emptyQuery = root.querySelector<HTMLElement>('[data-empty-query]')!;
  const suggest = root.querySelector<HTMLElement>('[data-suggest]');
  root.querySelector('[data-needs-js]')?.remove();

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hitsLeft: SearchHit[] = [];
  let terms: string[] = [];
  /** The query's words as read (accents restored, question words set aside): titles mark them, links carry them. */
  let words: string[] = [];
  let query = '';
  let filtersReady = false;

  // The URL fills the box only if the reader has not typed yet: this module may run after
  // the first keystrokes, and the index loads later still. Typing is never overwritten.
  const initial = readState();
  if (!input.value) input.value = initial.query;
  sort.value = initial.newestFirst ? 'moi-nhat' : '';
  root.dataset.searchState = 'loading';
  status.textContent = 'Đang tải chỉ mục tìm kiếm…';
  listen();
  void search().catch(fail);

  function current(): SearchState {
    // Until the filter boxes exist, the URL's filters stand (typing early must not drop them).
    const filters: SearchState['filters'] = filtersReady ? {} : { ...initial.filters };
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      const key = box.name as FilterKey;
      (filters[key] ??= []).push(box.value);
    }
    return {
      query: input.value,
      filters,
      newestFirst: sort.value === 'moi-nhat',
    };
  }

  function applyFilters(state: SearchState) {
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
    }
  }

  /** Back and Forward restore a whole earlier search, the box included. */
  function apply(state: SearchState) {
    input.value = state.query;
    sort.value = state.newestFirst ? 'moi-nhat' : '';
    applyFilters(state);
  }

  /**
   * Writes the state into the URL. Each search the reader commits (Enter, a filter, the sort)
   * is its own history entry, so Back returns to the one before; while typing, the first
   * pause adds one entry for the new search and later pauses update it.
   */
  let draft = false;
  function commit(kind: 'typing' | 'committed') {
    const url = `${location.pathname}${stateToSearch(current())}`;
    const changed = url !== `${location.pathname}${location.search}`;
    if (changed && draft) history.replaceState(null, '', url);
    else if (changed) history.pushState(null, '', url);
    draft = kind === 'typing' && (draft || changed);
  }

  async function search() {
    const mine = ++generation;
    try {
      await show(mine);
    } catch (error) {
      // An older search failing late must not cover a newer one's results.
      if (mine === generation) fail(error);
    }
  }

  async function show(mine: number) {
    root.dataset.searchState = 'loading';
    // The filter boxes come from the index: built with the first search that reaches it
    // (a retry after a failed load builds them too), checked as the URL says.
    if (!filtersReady) {
      await buildFilters(filterBox);
      applyFilters(current());
      filtersReady = true;
    }
    const state = current();
    query = state.query.trim();
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!query && !hasFilters) {
      results.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      if (suggest) suggest.hidden = false;
      status.textContent = 'Gõ từ khóa để tìm trong các bài giải thích, số liệu, dòng thời gian và chủ đề.';
      root.dataset.searchState = 'done';
      return;
    }
    delete root.dataset.searchProblem;
    const { hits, missing = [], reading, words: read = [] } = await runSearch(query, {
      filters: toPagefindFilters(state.filters),
      newestFirst: state.newestFirst,
    });
    if (mine !== generation) return;
    terms = highlightTerms(query);
    words = read;
    // A copy: nextBatch() consumes hitsLeft, while the count below needs every hit.
    hitsLeft = [...hits];
    // How many pages hold the words together (the rest only hold them scattered, ranked after).
    const together = hits.filter((h) => h.match.together).length;
    const scattered = together > 0 && together < hits.length ? hits.length - together : 0;
    const first = await nextBatch();
    if (mine !== generation) return;
    results.replaceChildren(...first.map(renderResult));
    more.hidden = hitsLeft.length === 0;
    empty.hidden = hits.length > 0;
    // With nothing to show, the site's topics are offered as searches.
    if (suggest) suggest.hidden = hits.length > 0;
    emptyQuery.textContent = query ? `“${query}”` : 'các bộ lọc đã chọn';
    // The live region speaks once the results it counts are on the page.
    const togetherNote = scattered ? `; ${together} trang có các từ liền nhau` : '';
    status.textContent = hits.length ? `${countLabel(hits.length, query, reading)}${togetherNote}` : `Không có kết quả cho ${emptyQuery.textContent}.${missingNote(query, missing)}`;
    root.dataset.searchState = 'done';
  }

  function nextBatch(size = PAGE_SIZE): Promise<Array<{ hit: SearchHit; data: PagefindData }>> {
    return Promise.all(hitsLeft.splice(0, size).map(async (hit) => ({ hit, data: await hit.data() })));
  }

  async function showMore() {
    const mine = generation;
    const batch = await nextBatch();
    if (mine !== generation) return;
    results.append(...batch.map(renderResult));
    more.hidden = hitsLeft.length === 0;
  }

  /**
   * One result per page: its type and date, the title with the query marked, why it matched,
   * and the sentence around the best match; other sections of the same page that match are
   * grouped under it, each with a link to its heading.
   */
  function renderResult({ hit, data }: { hit: SearchHit; data: PagefindData }): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const title = resultTitle(data);
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    const type = document.createElement('span');
    type.className = 'search-result__type';
    type.textContent = data.meta.kind ?? hit.page.type ?? 'Trang';
    meta.append(type);
    const details = [data.meta.dateLabel, ...(data.filters.outlet ?? [])].filter(Boolean).join(' · ');
    if (details) meta.append(` ${details}`);
    const h2 = document.createElement('h2');
    h2.className = 'search-result__title';
    const a = document.createElement('a');
    a.href = linkWithHighlight(data.url, words.join(' ') || query);
    appendTitle(a, title, words, terms);
    h2.append(a);
    li.append(meta, h2);
    if (hit.match.why) {
      const why = document.createElement('p');
      why.className = 'search-result__why';
      why.textContent = hit.match.why;
      li.append(why);
    }
    const snippets = buildSnippets(data.content, { title, focus: hit.match.focus, marks: new Set(hit.match.marks), anchors: data.anchors ?? [], max: 3 });
    const [first, ...others] = snippets;
    if (first) li.append(snippetBlock('p', first, data.url));
    if (others.length) {
      const ul = document.createElement('ul');
      ul.className = 'search-result__subs';
      ul.setAttribute('aria-label', `Các phần khác khớp trong “${title}”`);
      for (const snippet of others) ul.append(snippetBlock('li', snippet, data.url));
      li.append(ul);
    }
    return li;
  }

  /** A snippet with the heading it sits under, linked (with ?hl=) to that heading. */
  function snippetBlock(tag: 'p' | 'li', snippet: Snippet, url: string): HTMLElement {
    const block = document.createElement(tag);
    block.className = 'search-result__excerpt';
    if (snippet.section) {
      // The heading it sits under, on a line of its own, linked to that part of the page.
      const link = document.createElement('a');
      link.className = 'search-result__section';
      link.href = linkWithHighlight(`${url}#${encodeURIComponent(snippet.section.id)}`, words.join(' ') || query);
      link.textContent = snippet.section.text;
      block.append(link);
    }
    const text = document.createElement('span');
    appendMarked(text, snippet.text, snippet.marks);
    block.append(text);
    return block;
  }

  function listen() {
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        commit('typing');
        void search().catch(fail);
      }, DEBOUNCE_MS);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      commit('committed');
      void search().catch(fail);
    });
    form.addEventListener('change', (event) => {
      if (event.target === input) return;
      commit('committed');
      void search().catch(fail);
    });
    more.addEventListener('click', () => {
      const first = results.children.length;
      void showMore().catch(fail).then(() => (results.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
    });
    // Back online after a failure: the same search again, without waiting for the reader.
    window.addEventListener('online', () => {
      if (root.dataset.searchState !== 'unavailable') return;
      void search().catch(fail);
    });
    window.addEventListener('popstate', () => {
      draft = false;
      apply(readState());
      void search().catch(fail);
    });
  }

  /**
   * The index, or the part of it this search needs, could not be reached: say so, with where
   * to save the site, instead of leaving "Đang tải…" or an empty result that would be wrong.
   */
  function fail(error: unknown) {
    console.warn('search:', error);
    const { problem, reason } = asUnavailable(error, 'part');
    results.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    status.replaceChildren();
    appendNotice(status, searchNotice(problem, reason));
    root.dataset.searchState = 'unavailable';
    root.dataset.searchProblem = problem;
    // Too slow, not failed: if the load still arrives, search then, once.
    if (reason === 'timeout') void whenLoaded()?.then(() => {
        if (root.dataset.searchState === 'unavailable') void search();
      });
  }
}

/** " Không trang nào có từ “pokemon”." for the words of the query that no page holds. */
function missingNote(query: string, missing: readonly string[]): string {
  const words = query.split(/\s+/u).filter((w) => missing.includes(foldVietnamese(normalizeQuery(w))));
  return words.length ? ` Không trang nào có từ ${words.map((w) => `“${w}”`).join(', ')}.` : '';
}

/** One fieldset of checkboxes per filter, values as the index has them (Vietnamese). */
async function buildFilters(box: HTMLElement) {
  const available = await allFilters();
  const groups: HTMLFieldSetElement[] = [];
  for (const key of FILTER_KEYS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi')));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = document.createElement('legend');
    legend.textContent = FILTERS[key];
    fieldset.append(legend);
    values.forEach((value, i) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.id = `loc-${key}-${i}`;
      label.htmlFor = box.id;
      label.append(box, ` ${value}`);
      fieldset.append(label);
    });
    groups.push(fieldset);
  }
  box.replaceChildren(...groups);
  box.hidden = groups.length === 0;
}
