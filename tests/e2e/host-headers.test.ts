/**
 * The HTTP-header form of the policy that `npm run build` writes for static hosts (dist/_headers
 * for Netlify and Cloudflare Pages, dist/nginx-headers.conf for nginx) allows everything each
 * page's <meta> policy allows, adds frame-ancestors 'none', and never allows inline code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../support/dist';

const headerPolicy = /Content-Security-Policy: (.+)/.exec(readFileSync('dist/_headers', 'utf8'))?.[1] ?? '';
const directives = new Map(headerPolicy.split(';').map((d) => { const [name, ...s] = d.trim().split(/\s+/); return [name ?? '', new Set(s)]; }));

describe('CSP as HTTP headers for static hosts', () => {
  it('forbids framing and inline code', () => {
    expect(directives.get('frame-ancestors')).toEqual(new Set(["'none'"]));
    expect(headerPolicy).not.toContain('unsafe-inline');
    expect(headerPolicy).not.toContain("'unsafe-eval'");
  });
  it('allows every source of every page’s <meta> policy', () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(DIST, page), 'utf8'))?.[1] ?? '';
      for (const part of meta.split(';')) {
        const [name, ...sources] = part.trim().split(/\s+/);
        if (!name) continue;
        for (const s of sources) expect(directives.get(name)?.has(s), `${page}: ${name} ${s}`).toBe(true);
      }
    }
  });
  it('the nginx snippet carries the same policy', () => {
    expect(readFileSync('dist/nginx-headers.conf', 'utf8')).toContain(`add_header Content-Security-Policy "${headerPolicy}" always;`);
  });
});
