/**
 * DOM builders for search results. Everything from the index or the query goes in as text
 * nodes (never innerHTML), so a query such as <img onerror=…> is shown, not run.
 */
import { highlightTerms, matchRanges } from '../../lib/search-query';
import type { SearchNotice } from '../../lib/search-availability';
import type { PagefindData, PagefindSubResult } from './engine';

/** Appends `text` to `parent`, with the words matching `terms` wrapped in <mark>. */
export function appendHighlighted(parent: Node, text: string, terms: readonly string[]): void {
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) parent.appendChild(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.appendChild(mark);
    at = end;
  }
  if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
}

/** The result link, carrying the query so the landing page can highlight it (?hl=). */
export function linkWithHighlight(url: string, query: string): string {
  const target = new URL(url, location.origin);
  if (query.trim()) target.searchParams.set('hl', query.trim());
  return target.pathname + target.search + target.hash;
}

/** Sub-results that point at a heading of the page (not the page's own top). */
export function headingSubResults(data: PagefindData, max = 3): PagefindSubResult[] {
  return data.sub_results.filter((s) => s.anchor && s.url !== data.url).slice(0, max);
}

export function resultTitle(data: PagefindData): string {
  return data.meta.title ?? data.url;
}

export { highlightTerms };

/** "1 kết quả" / "12 kết quả": Vietnamese nouns do not inflect for number. */
export function countLabel(n: number, query: string): string {
  return query ? `${n} kết quả cho “${query}”` : `${n} trang`;
}

/** The notice when search cannot reach its index: its text, then its links ("A · B"). */
export function appendNotice(parent: HTMLElement, notice: SearchNotice): void {
  parent.append(`${notice.text} `);
  notice.links.forEach((link, i) => {
    if (i > 0) parent.append(' · ');
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.label;
    parent.append(a);
  });
}
