/**
 * Astro writes one Content Security Policy <meta> per page, but lists in it the hashes of the
 * inline scripts and styles of the whole site (Astro's CSP does not group hashes by page yet):
 * 32 hashes on an article that has four inline elements. A hash is 44 random characters that
 * gzip cannot shrink, so the list cost every page about 1.3 KB, as much as its JavaScript.
 *
 * This keeps, on each page, only the hashes of the inline <script> and <style> elements that
 * page holds. It never adds a hash: an element whose hash Astro did not list stays blocked, as
 * before. External scripts (src=) need no hash ('self' covers them). Scripts and styles are
 * raw-text elements (their content has no entities and cannot hold "</script>"), so matching
 * them in the HTML Astro wrote is exact.
 */
import { createHash } from 'node:crypto';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;
const HASH = /'sha(256|384|512)-[A-Za-z0-9+/=]+'/g;

export interface CspTrim {
  html: string;
  /** Hashes listed before and after, script-src and style-src together. */
  before: number;
  after: number;
}

function hashesOf(html: string, element: RegExp, algorithm: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(element)) out.add(`'sha${algorithm}-${createHash(`sha${algorithm}`).update(m[1]!, 'utf8').digest('base64')}'`);
  return out;
}

/** Keeps in `directive` (the text of script-src or style-src) only the hashes in `present`. */
function keepPresent(directive: string, present: (algorithm: string) => Set<string>): string {
  return directive
    .replace(HASH, (hash, algorithm: string) => (present(algorithm).has(hash) ? hash : ''))
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+$/, '');
}

export function trimCspHashes(html: string): CspTrim {
  const meta = CSP_META.exec(html);
  if (!meta) return { html, before: 0, after: 0 };
  const policy = meta[1]!;
  const cache = new Map<string, Set<string>>();
  const present = (kind: 'script' | 'style') => (algorithm: string) => {
    const key = `${kind}${algorithm}`;
    if (!cache.has(key)) cache.set(key, hashesOf(html, kind === 'script' ? INLINE_SCRIPT : INLINE_STYLE, algorithm));
    return cache.get(key)!;
  };
  const trimmed = policy
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      if (name === 'script-src') return keepPresent(directive, present('script'));
      if (name === 'style-src') return keepPresent(directive, present('style'));
      return directive;
    })
    .join(';');
  const count = (s: string) => s.match(HASH)?.length ?? 0;
  return {
    html: html.replace(meta[0], () => meta[0].replace(policy, () => trimmed)),
    before: count(policy),
    after: count(trimmed),
  };
}
