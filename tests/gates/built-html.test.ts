/**
 * Checks that read the built HTML without a browser: what they assert is in the markup as
 * served (no script changes it), so loading the pages in Chromium would only cost time.
 *  - Gate 4, the policy in every page: before any script, no unsafe-inline or unsafe-eval for
 *    scripts, the hash of every inline script and style, no inline attribute it would block.
 *  - "Trích dẫn trang này" on every explainer, chart page and term page: APA, the Vietnamese
 *    style, BibTeX, RIS and CSL-JSON as text (they copy without JavaScript).
 *  - Every explainer links at least 5 glossary terms, each to a term page that exists.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, parsePage, textOf } from '../support/dist';
import { articleSlugs, builtPages } from '../support/site';

function cspOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content Security Policy (gate 4), in the markup', () => {
  it('every page carries the policy before any script, with no unsafe-inline or unsafe-eval for scripts', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const file of files) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const policy = cspOf(html);
      if (!policy) {
        wrong.push(`${file}: no CSP meta`);
        continue;
      }
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      if (!scriptSrc) wrong.push(`${file}: no script-src`);
      if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) wrong.push(`${file}: script-src allows ${scriptSrc.match(/'unsafe-[a-z]+'/g)}`);
      if (!/(?:^|;)\s*default-src 'self'/.test(policy)) wrong.push(`${file}: no default-src 'self'`);
      if (!/(?:^|;)\s*object-src 'none'/.test(policy)) wrong.push(`${file}: no object-src 'none'`);
      const metaAt = html.search(/<meta http-equiv="content-security-policy"/i);
      const firstScript = html.search(/<script\b/i);
      if (firstScript !== -1 && firstScript < metaAt) wrong.push(`${file}: a script comes before the policy`);
      for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi)) {
        if (!scriptSrc.includes(hash(body!))) wrong.push(`${file}: inline script not hashed in the policy: ${body!.slice(0, 60)}`);
      }
      const styleSrc = /(?:^|;)\s*style-src ([^;]*)/.exec(policy)?.[1] ?? '';
      for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
        if (!styleSrc.includes(hash(body!))) wrong.push(`${file}: inline style not hashed in the policy: ${body!.slice(0, 60)}`);
      }
      for (const [attr] of html.matchAll(/\s(?:on[a-z]+|style)="[^"]*"/gi)) wrong.push(`${file}: inline attribute the policy blocks:${attr}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

describe('Trích dẫn trang này', () => {
  const pages = builtPages().filter((p) => /^\/(bai-viet|so-lieu|thuat-ngu)\/[^/]+\/$/.test(p));

  it('every explainer, chart page and term page offers APA, the Vietnamese style, BibTeX, RIS and CSL-JSON as text', async () => {
    for (const section of ['bai-viet', 'so-lieu', 'thuat-ngu']) expect(pages.filter((p) => p.startsWith(`/${section}/`)).length, section).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const path of pages) {
      const cites = (await parsePage(path)).querySelectorAll('section.cite');
      if (cites.length !== 1) {
        wrong.push(`${path}: ${cites.length} citation blocks`);
        continue;
      }
      const cite = cites[0]!;
      const summaries = cite.querySelectorAll('summary').map((s) => textOf(s).trim());
      if (summaries.join() !== 'BibTeX,RIS,CSL-JSON') wrong.push(`${path}: blocks ${summaries.join(', ')}`);
      const text = textOf(cite);
      if (!/APA 7/.test(text)) wrong.push(`${path}: no APA 7`);
      if (!/cập nhật ngày \d{2}\/\d{2}\/\d{4}/.test(text)) wrong.push(`${path}: no "cập nhật ngày dd/mm/yyyy"`);
      const csl = JSON.parse(textOf(cite.querySelectorAll('pre')[2])) as { URL?: string }[];
      if (!csl[0]?.URL?.endsWith(path)) wrong.push(`${path}: CSL-JSON URL ${csl[0]?.URL}`);
      if (!path.startsWith('/thuat-ngu/') && csl.length < 2) wrong.push(`${path}: CSL-JSON does not name the original article`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

describe('terms in the explainers', () => {
  it('every explainer links at least 5 terms, each to an existing term page', async () => {
    const pages = new Set(builtPages());
    const slugs = articleSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const hrefs = (await parsePage(`/bai-viet/${slug}/`)).querySelectorAll('.article-body .term__link').map((a) => String(a.getAttributeValue('href') ?? ''));
      expect(new Set(hrefs).size, slug).toBeGreaterThanOrEqual(5);
      for (const href of hrefs) expect(pages.has(href), `${slug}: ${href}`).toBe(true);
    }
  });
});
