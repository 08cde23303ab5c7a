/**
 * On a page opened from a search result (…?hl=dang%20bo), marks the query's words in the main
 * content, folding accents and đ the same way the search did. Loaded only when ?hl= is present.
 */
import { highlightTerms, matchRanges } from '../../lib/search-query';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'MARK', 'SVG']);

export function highlightPage(query: string, root: Element | null = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main')): number {
  const terms = highlightTerms(query).filter((t) => t.length >= 2 || /\d/.test(t));
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
  let count = 0;
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    const ranges = matchRanges(text, terms);
    if (ranges.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      at = end;
      count++;
    }
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    node.replaceWith(fragment);
  }
  return count;
}
