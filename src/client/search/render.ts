/**
 * DOM builders for search results. Everything from the index or the query goes in as text
 * nodes (never innerHTML), so a query such as <img onerror=…> is shown, not run.
 */
import { highlightTerms, matchRanges, readingRanges } from '../../lib/search-query';
import type { SearchNotice } from '../../lib/search-availability';
import type { PagefindData } from './engine';

/** Appends `text` to `parent` with the given [start, end) ranges wrapped in <mark>. */
export function appendMarked(parent: Node, text: string, ranges: ReadonlyArray<readonly [number, number]>): void {
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) parent.appendChild(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.appendChild(mark);
    at = end;
  }
  if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
}

/** Appends `text` to `parent`, with the words matching `terms` wrapped in <mark>. */
export function appendHighlighted(parent: Node, text: string, terms: readonly string[]): void {
  appendMarked(parent, text, matchRanges(text, terms));
}

/**
 * A title with the query marked: the restored reading where the title holds it, as one
 * phrase (a lone "mới" in a title without "nông thôn mới" is not marked); else the folded
 * phrase (the reader may still be typing its last word).
 */
export function appendTitle(parent: Node, title: string, reading: readonly string[], terms: readonly string[]): void {
  const exact = readingRanges(title, reading, reading.length > 1);
  appendMarked(parent, title, exact.length ? exact : matchRanges(title, terms, { mode: 'phrase' }));
}

/** The result link, carrying the query so the landing page can highlight it (?hl=). */
export function linkWithHighlight(url: string, query: string): string {
  const target = new URL(url, location.origin);
  if (query.trim()) target.searchParams.set('hl', query.trim());
  return target.pathname + target.search + target.hash;
}

export function resultTitle(data: PagefindData): string {
  return data.meta.title ?? data.url;
}

export { highlightTerms };

/** "1 kết quả" / "12 kết quả": Vietnamese nouns do not inflect for number. */
export function countLabel(n: number, query: string, reading?: string): string {
  if (!query) return `${n} trang`;
  return reading ? `${n} kết quả cho “${query}”, đọc là “${reading}”` : `${n} kết quả cho “${query}”`;
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
