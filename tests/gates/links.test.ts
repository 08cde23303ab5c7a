/**
 * Gate 2, links: every internal link and #anchor in dist/ resolves. Reads the files, no
 * browser: a/area/link hrefs, script/img/source/media/iframe sources, srcset, form actions,
 * Open Graph URLs, url() in CSS, and the URLs in the sitemap and the RSS feed. URLs on the
 * site's own origin (taken from the canonical link) count as internal. External links are
 * never fetched: they are written to test-results/external-links.txt for review.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, htmlFiles, parseHtml, urlPathOf } from '../support/dist';

const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];
const SRCSET_SELECTORS = ['img[srcset]', 'source[srcset]'];

interface Reference {
  from: string;
  url: string;
}

/** The site's own origin, from the home page's canonical link. */
function siteOrigin(): string {
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
  if (!canonical) throw new Error('dist/index.html has no canonical link');
  return new URL(canonical).origin;
}

async function referencesIn(file: string): Promise<{ refs: Reference[]; ids: Set<string> }> {
  const doc = await parseHtml(readFileSync(join(DIST, file), 'utf8'));
  const refs: Reference[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttributeValue(attribute);
      if (typeof value === 'string') refs.push({ from: file, url: value });
    }
  }
  for (const selector of SRCSET_SELECTORS) {
    for (const el of doc.querySelectorAll(selector)) {
      for (const candidate of String(el.getAttributeValue('srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push({ from: file, url });
      }
    }
  }
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[id]')) if (el.id) ids.add(el.id);
  for (const el of doc.querySelectorAll('a[name]')) ids.add(String(el.getAttributeValue('name')));
  return { refs, ids };
}

function xmlReferences(file: string): Reference[] {
  const xml = readFileSync(join(DIST, file), 'utf8');
  const refs: Reference[] = [];
  for (const [, url] of xml.matchAll(/<(?:loc|link|guid|url)(?:\s[^>]*)?>\s*([^<\s]+)\s*<\//g)) refs.push({ from: file, url: url! });
  for (const [, url] of xml.matchAll(/<atom:link[^>]+href="([^"]+)"/g)) refs.push({ from: file, url: url! });
  return refs;
}

function cssReferences(file: string): Reference[] {
  const css = readFileSync(join(DIST, file), 'utf8');
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map(([, url]) => ({ from: file, url: url! }));
}

/** The file a site path is served from, or a reason it is not there. */
function resolvePath(pathname: string): { file?: string; problem?: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { problem: 'malformed percent-encoding' };
  }
  const onDisk = join(DIST, decoded);
  if (decoded.endsWith('/')) {
    const index = join(onDisk, 'index.html');
    return existsSync(index) ? { file: index } : { problem: 'no such page' };
  }
  if (!existsSync(onDisk)) return { problem: 'no such file' };
  if (statSync(onDisk).isDirectory()) return { problem: 'page link without its trailing slash (trailingSlash: always)' };
  return { file: onDisk };
}

describe('links: every internal link and anchor resolves; external links listed, not fetched', () => {
  it('HTML pages, CSS, sitemap and RSS', async () => {
    const origin = siteOrigin();
    const idsByFile = new Map<string, Set<string>>();
    const refs: Reference[] = [];
    for (const file of htmlFiles()) {
      const found = await referencesIn(file);
      idsByFile.set(join(DIST, file), found.ids);
      refs.push(...found.refs);
    }
    const xmlFiles = distFiles(['.xml']);
    expect(xmlFiles, 'the sitemap and the RSS feed are built').toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml']));
    for (const file of xmlFiles) refs.push(...xmlReferences(file));
    for (const file of distFiles(['.css'])) refs.push(...cssReferences(file));
    expect(refs.length).toBeGreaterThan(htmlFiles().length);

    const broken: string[] = [];
    const external = new Map<string, Set<string>>();
    const idsOf = async (file: string) => {
      if (!idsByFile.has(file)) idsByFile.set(file, (await referencesIn(file.slice(DIST.length + 1))).ids);
      return idsByFile.get(file)!;
    };
    for (const { from, url } of refs) {
      if (/^(data|mailto|tel|blob):/i.test(url)) continue;
      if (url.trim() === '' || url === '#') {
        broken.push(`${from}: empty link "${url}"`);
        continue;
      }
      const base = new URL(from.endsWith('.html') ? urlPathOf(from) : `/${from}`, origin);
      let target: URL;
      try {
        target = new URL(url, base);
      } catch {
        broken.push(`${from}: unparsable URL "${url}"`);
        continue;
      }
      if (target.origin !== origin) {
        if (!external.has(target.href)) external.set(target.href, new Set());
        external.get(target.href)!.add(from);
        continue;
      }
      const { file, problem } = resolvePath(target.pathname);
      if (problem) {
        broken.push(`${from}: ${url} → ${problem}`);
        continue;
      }
      if (target.hash.length > 1 && file!.endsWith('.html')) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!(await idsOf(file!)).has(id)) broken.push(`${from}: ${url} → no element with id "${id}"`);
      }
    }

    mkdirSync('test-results', { recursive: true });
    const listing = [...external.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([url, pages]) => `${url}\n${[...pages].sort().map((p) => `    ${p}`).join('\n')}`);
    writeFileSync(
      'test-results/external-links.txt',
      `# External links in dist/ (${external.size}), never fetched by the tests: review by hand.\n${listing.join('\n')}\n`,
    );
    expect([...new Set(broken)], [...new Set(broken)].join('\n')).toEqual([]);
  });
});
