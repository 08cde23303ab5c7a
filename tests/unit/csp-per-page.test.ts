import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes } from '../../src/lib/csp-per-page';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;

const themeInit = 'document.documentElement.dataset.theme=localStorage.theme';
const search = 'import("/pagefind/pagefind.js")';
const css = 'body{color:#111}';
const otherCss = '.chart{fill:red}';

describe('per-page Content Security Policy', () => {
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(themeInit)} ${hash(search)}; style-src 'self' ${hash(css)} ${hash(otherCss)};`;

  it('keeps only the hashes of the inline scripts and styles the page holds', () => {
    const html = page(policy, `<script>${themeInit}</script><style>${css}</style><script type="module" src="/_astro/a.js"></script>`);
    const out = trimCspHashes(html);
    expect(out.before).toBe(4);
    expect(out.after).toBe(2);
    expect(out.html).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash(themeInit)};`);
    expect(out.html).toContain(`style-src 'self' ${hash(css)};`);
    expect(out.html).not.toContain(hash(search));
    expect(out.html).not.toContain(hash(otherCss));
    // Everything but the policy is untouched.
    expect(out.html.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('never adds a hash Astro did not list: an unlisted inline script stays blocked', () => {
    const out = trimCspHashes(page(policy, `<script>alert(1)</script><script>${themeInit}</script>`));
    expect(out.html).not.toContain(hash('alert(1)'));
    expect(out.html).toContain(hash(themeInit));
  });

  it('leaves the other directives and keyword sources as they were', () => {
    const out = trimCspHashes(page(policy, ''));
    expect(out.html).toContain(`content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"`);
    expect(out.after).toBe(0);
  });

  it('a page without a policy is returned as it is', () => {
    const html = '<!DOCTYPE html><html><head><script>x()</script></head></html>';
    expect(trimCspHashes(html)).toEqual({ html, before: 0, after: 0 });
  });
});
