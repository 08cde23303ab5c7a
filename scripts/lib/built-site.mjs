/**
 * The one walker over a built site (dist/ or any copy): the build's after-steps
 * (src/integrations/csp-per-page.ts, offline.ts), the host headers (host-headers.mjs), the
 * tests (tests/support/dist.ts, site.ts) and the bench list files through it. Paths come back
 * relative to the site's root, with "/" separators, sorted, so every user sees the same order
 * on every system.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `root` whose name ends with one of `extensions` (all files when none is
 * given), as sorted relative paths ("bai-viet/x/index.html").
 * @param {string} root
 * @param {{ extensions?: string[] }} [options]
 * @returns {string[]}
 */
export function builtFiles(root, { extensions = [] } = {}) {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && (extensions.length === 0 || extensions.some((ext) => e.name.endsWith(ext))))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * The site's HTML documents: every page and 404.html, without Pagefind's own files.
 * @param {string} root
 * @returns {string[]}
 */
export function htmlDocuments(root) {
  return builtFiles(root, { extensions: ['.html'] }).filter((f) => !f.startsWith('pagefind/'));
}

/**
 * URL path of an HTML file: "chu-de/index.html" → "/chu-de/", "404.html" → "/404.html".
 * @param {string} file
 * @returns {string}
 */
export function urlPathOf(file) {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * Every page a reader can open, as URL paths ("/", "/bai-viet/x/"): each index.html outside
 * Pagefind's folder and Astro's asset folders ("_astro"); the 404 page is not among them.
 * @param {string} root
 * @returns {string[]}
 */
export function builtPages(root) {
  return builtFiles(root, { extensions: ['index.html'] })
    .filter((f) => (f === 'index.html' || f.endsWith('/index.html')) && !f.startsWith('pagefind/') && !f.split('/').some((part) => part.startsWith('_')))
    .map(urlPathOf)
    .sort();
}
