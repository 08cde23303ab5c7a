/**
 * On a page opened from a search result (…?hl=đảng%20bộ), marks the query in the main
 * content. Search links carry the query as it was read (accents restored from the site's
 * text), so where the page holds that phrase in exactly that spelling only it is marked
 * ("nông thôn mới", not "mỗi" beside it); otherwise the phrase folded as search folds it, and
 * failing that each whole word. Then scrolls to the
 * first mark and drops ?hl= from the address bar, so a copied or shared link is clean.
 * Loaded only when ?hl= is present.
 */
import { highlightTerms, matchRanges, normalizeQuery, readingRanges } from '../../lib/search-query';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'MARK', 'SVG']);

export function highlightPage(query: string, root: Element | null = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main')): number {
  const terms = highlightTerms(query);
  if (!root || terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase()) || el.hidden) return NodeFilter.FILTER_REJECT;
      }
      return node.nodeValue?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  // The reader finished typing this query: no prefixes. Where the page holds the phrase, only
  // the phrase is marked; single letters are marked only inside a phrase.
  const reading = normalizeQuery(query).split(' ').filter(Boolean);
  const hasReading = nodes.some((n) => readingRanges(n.nodeValue ?? '', reading, true).length > 0);
  const hasPhrase = terms.length > 1 && nodes.some((n) => matchRanges(n.nodeValue ?? '', terms, { prefixLast: false, mode: 'phrase' }).length > 0);
  const wordTerms = terms.filter((t) => t.length >= 2 || /\d/.test(t));
  // Scroll target: the first mark in the text itself, not in a source box or table of
  // contents (data-pagefind-ignore), which come first on the page but are not the match.
  let first: HTMLElement | undefined;
  let firstAnywhere: HTMLElement | undefined;
  let count = 0;
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    const ranges = hasReading
      ? readingRanges(text, reading, true)
      : hasPhrase
        ? matchRanges(text, terms, { prefixLast: false, mode: 'phrase' })
        : matchRanges(text, wordTerms, { prefixLast: false, mode: 'words' });
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      firstAnywhere ??= mark;
      if (!node.parentElement?.closest('[data-pagefind-ignore]')) first ??= mark;
      at = end;
      count++;
    }
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    node.replaceWith(fragment);
  }
  // A link to a heading (#…) already lands where the reader asked; otherwise go to the first mark.
  first ??= firstAnywhere;
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  removeHighlightParam();
  return count;
}

/** Drops ?hl= from the address bar (no reload, no new history entry); the hash stays. */
export function removeHighlightParam(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('hl')) return;
  url.searchParams.delete('hl');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
