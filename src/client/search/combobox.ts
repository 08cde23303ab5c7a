/**
 * The header search box as an ARIA 1.2 combobox with a listbox popup (the WAI-ARIA APG
 * "editable combobox with list autocomplete" pattern), whose options are real links, as in
 * Algolia Autocomplete: each option is an `<a href role="option">` kept out of the tab order
 * (focus stays in the box and aria-activedescendant names the option), so a click, a
 * middle-click, a long-press, "open in new tab" and "copy link" all work on it.
 * Typing shows the best few pages; ↑/↓ choose, Enter opens the chosen link (or, with none
 * chosen, submits the form to /tim-kiem/), Esc closes. A polite live region says how many
 * pages matched. Loaded on first focus of the box, never at first paint. Titles and types
 * come from the page list, so suggestions download no page text.
 */
import { routes } from '../../lib/routes';
import { asUnavailable, searchNotice } from '../../lib/search-availability';
import { runSearch } from './engine';
import { appendTitle, countLabel, highlightTerms, linkWithHighlight } from './render';

const MAX_OPTIONS = 6;
// The search page's pause (page.ts): each query for a word's prefix fetches index chunks of its
// own, so a 40 ms pause let a fast typist, or a busy phone, fetch chunks for "din", "dinh t"…
// that the finished query never needed (about 0.5 KB each, over the first query's 80 KB).
const DEBOUNCE_MS = 120;

export function initCombobox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = form.querySelector<HTMLElement>('[data-header-status]');
  if (!input || !list || !status || form.dataset.ready) return;
  form.dataset.ready = 'true';

  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('a[role="option"]')];

  function setActive(index: number) {
    const all = options();
    active = all.length ? (index + all.length) % all.length : -1;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input!.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input!.removeAttribute('aria-activedescendant');
  }

  function close() {
    list!.hidden = true;
    input!.setAttribute('aria-expanded', 'false');
    input!.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function open() {
    if (!list!.children.length) return;
    list!.hidden = false;
    input!.setAttribute('aria-expanded', 'true');
  }

  async function update() {
    const query = input!.value.trim();
    const mine = ++generation;
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      close();
      return;
    }
    let hits;
    let words: string[] = [];
    let reading: string | undefined;
    try {
      ({ hits, words = [], reading } = await runSearch(query));
    } catch (error) {
      if (mine === generation) unavailable(error);
      return;
    }
    if (mine !== generation) return;
    delete list!.dataset.problem;
    const terms = highlightTerms(query);
    const items = hits.slice(0, MAX_OPTIONS).map((hit, i) => {
      const link = document.createElement('a');
      link.href = linkWithHighlight(hit.page.url, words.join(' ') || query);
      const title = document.createElement('span');
      title.className = 'header-search__title';
      appendTitle(title, hit.page.title, words, terms);
      // The page's type, then why it matched: the phrase it holds, in the site's spelling.
      const kind = document.createElement('span');
      kind.className = 'header-search__kind';
      kind.textContent = [hit.page.type, hit.match.inTitle ? hit.page.dateLabel : hit.match.why].filter(Boolean).join(' · ');
      link.append(title, kind);
      return option(`header-search-option-${i}`, link);
    });
    const allLink = document.createElement('a');
    allLink.href = routes.searchFor(query);
    allLink.textContent = hits.length ? `Xem tất cả ${hits.length} kết quả` : `Không thấy trang nào cho “${query}”: mở trang tìm kiếm`;
    allLink.className = 'header-search__all';
    const all = option('header-search-option-all', allLink);
    list!.replaceChildren(...items, all);
    active = -1;
    input!.removeAttribute('aria-activedescendant');
    status!.textContent = hits.length ? countLabel(hits.length, query, reading) : `Không có kết quả cho “${query}”`;
    if (document.activeElement === input) open();
  }

  /**
   * The index (or the part this query needs) is not reachable: the notice is spoken, and the
   * list offers its links (saving the site; what works offline) instead of suggestions.
   */
  function unavailable(error: unknown) {
    console.warn('search:', error);
    const { problem, reason } = asUnavailable(error, 'part');
    const notice = searchNotice(problem, reason);
    const items = notice.links.map((target, i) => {
      const link = document.createElement('a');
      link.href = target.href;
      link.className = 'header-search__notice';
      if (i === 0) {
        const text = document.createElement('span');
        text.className = 'header-search__notice-text';
        text.textContent = notice.text;
        link.append(text);
      }
      const label = document.createElement('span');
      label.className = 'header-search__all';
      label.textContent = target.label;
      link.append(label);
      return option(`header-search-option-notice-${i}`, link);
    });
    list!.replaceChildren(...items);
    list!.dataset.problem = problem;
    active = -1;
    input!.removeAttribute('aria-activedescendant');
    status!.textContent = notice.text;
    if (document.activeElement === input) open();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update().catch(reportError), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) open();
      const count = options().length;
      setActive(event.key === 'ArrowDown' ? active + 1 : active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter') {
      const chosen = options()[active];
      if (!list.hidden && chosen) {
        event.preventDefault();
        chosen.click();
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        input.value = '';
        list.replaceChildren();
        status.textContent = '';
      } else input.blur();
    }
  });
  // Keeps focus in the box while the pointer is down, so the list stays open for the click.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('focus', () => open());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void update().catch(reportError);
}

/**
 * An option of the listbox that is itself a link: `<a role="option" href>` (ARIA in HTML
 * allows that role on a link), in an `<li role="none">`. Not a link inside an option, which
 * would nest an interactive element in one whose children are presentational. The link is
 * reached through the box (aria-activedescendant), not by Tab.
 */
function option(id: string, link: HTMLAnchorElement): HTMLLIElement {
  const li = document.createElement('li');
  li.setAttribute('role', 'none');
  link.id = id;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  link.tabIndex = -1;
  li.append(link);
  return li;
}

function reportError(error: unknown) {
  console.error('search:', error);
}
