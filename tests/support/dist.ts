/**
 * Reading the built site from disk for the quality gates: every HTML file (404 included),
 * one page per page type, and an HTML parser (html-validate's, already a dependency).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, htmlDocuments, urlPathOf } from '../../scripts/lib/built-site.mjs';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { builtPages } from './site';

export const DIST = 'dist';

/** Every file under dist/ with one of the extensions (all files for [""]), relative to dist ("chu-de/index.html"). */
export function distFiles(extensions: string[], dist = DIST): string[] {
  return builtFiles(dist, { extensions: extensions.filter(Boolean) });
}

/** Every HTML document the site serves: all pages plus 404.html (Pagefind's own files aside). */
export function htmlFiles(dist = DIST): string[] {
  return htmlDocuments(dist);
}

export { urlPathOf };

/** The page type a page declares on <html data-page-type> (see BaseLayout.astro). */
export function pageTypeOf(urlPath: string, dist = DIST): string {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  return /<html[^>]*\bdata-page-type="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? 'page';
}

/** One page of each type (the first in path order), so new page types are walked automatically. */
export function onePagePerType(dist = DIST): Map<string, string> {
  const byType = new Map<string, string>();
  for (const path of builtPages(dist)) {
    const type = pageTypeOf(path, dist);
    if (!byType.has(type)) byType.set(type, path);
  }
  return byType;
}

let parser: Parser | undefined;
/** Parses an HTML string into html-validate's DOM (querySelectorAll, getAttributeValue). */
export async function parseHtml(source: string): Promise<HtmlElement> {
  if (!parser) {
    const config = await new HtmlValidate(new StaticConfigLoader()).getConfigFor('page.html');
    parser = new Parser(config);
  }
  return parser.parseHtml(source);
}

/** The text of a parsed element as a browser would give it: html-validate keeps character references as written. */
export function textOf(el: HtmlElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos|nbsp);/gi, (_, ref: string) => {
    const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
    if (ref[0] !== '#') return named[ref.toLowerCase()]!;
    return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
  });
}

/** The parsed document of a built page ("/bai-viet/x/", "/404.html"). */
export async function parsePage(urlPath: string, dist = DIST): Promise<HtmlElement> {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  return parseHtml(readFileSync(file, 'utf8'));
}
