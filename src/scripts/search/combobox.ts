/**
 * The header search box as an ARIA 1.2 combobox: typing shows the best few pages in a
 * listbox under the box; ↑/↓ choose, Enter opens (or, with nothing chosen, submits the form to
 * /tim-kiem/), Esc closes. A polite live region says how many pages matched.
 * Loaded on first focus of the box, never at first paint.
 */
import { runSearch } from './engine';
import { appendHighlighted, countLabel, highlightTerms, linkWithHighlight, resultTitle } from './render';

const MAX_OPTIONS = 6;
// Short: Pagefind answers in a few ms once loaded; the pause only skips mid-word keystrokes.
const DEBOUNCE_MS = 40;

export function initCombobox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = form.querySelector<HTMLElement>('[data-header-status]');
  if (!input || !list || !status || form.dataset.ready) return;
  form.dataset.ready = 'true';

  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];

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
    const { hits } = await runSearch(query);
    const top = await Promise.all(hits.slice(0, MAX_OPTIONS).map((h) => h.data()));
    if (mine !== generation) return;
    const terms = highlightTerms(query);
    const items = top.map((data, i) => {
      const li = document.createElement('li');
      li.id = `header-search-option-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = linkWithHighlight(data.url, query);
      const title = document.createElement('span');
      title.className = 'header-search__title';
      appendHighlighted(title, resultTitle(data), terms);
      const kind = document.createElement('span');
      kind.className = 'header-search__kind';
      kind.textContent = [data.meta.kind, data.meta.dateLabel].filter(Boolean).join(' · ');
      li.append(title, kind);
      return li;
    });
    const all = document.createElement('li');
    all.id = `header-search-option-all`;
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.className = 'header-search__all';
    all.dataset.href = `/tim-kiem/?q=${encodeURIComponent(query)}`;
    all.textContent = hits.length ? `Xem tất cả ${hits.length} kết quả` : `Không thấy trang nào cho “${query}”: mở trang tìm kiếm`;
    list!.replaceChildren(...items, all);
    active = -1;
    input!.removeAttribute('aria-activedescendant');
    status!.textContent = hits.length ? countLabel(hits.length, query) : `Không có kết quả cho “${query}”`;
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
      if (!list.hidden && chosen?.dataset.href) {
        event.preventDefault();
        location.assign(chosen.dataset.href);
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
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLLIElement>('[role="option"]');
    if (option?.dataset.href) location.assign(option.dataset.href);
  });
  input.addEventListener('focus', () => open());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void update().catch(reportError);
}

function reportError(error: unknown) {
  console.error('search:', error);
}
