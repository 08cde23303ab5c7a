/**
 * Reading the built site from disk for the quality gates: every HTML file (404 included),
 * one page per page type, and an HTML parser (html-validate's, already a dependency).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { builtPages } from './site';

export const DIST = 'dist';

/** Every file under dist/ with one of the extensions, as paths relative to dist ("chu-de/index.html"). */
export function distFiles(extensions: string[], dist = DIST): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (extensions.some((ext) => name.endsWith(ext))) files.push(relative(dist, path).split('\\').join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

/** Every HTML document the site serves: all pages plus 404.html (Pagefind's own files aside). */
export function htmlFiles(dist = DIST): string[] {
  return distFiles(['.html'], dist).filter((f) => !f.startsWith('pagefind/'));
}

/** URL path of an HTML file: "chu-de/index.html" → "/chu-de/", "404.html" → "/404.html". */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

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
