/**
 * Inline scripts under the Content Security Policy. Astro hashes the scripts and styles it
 * bundles, but not `is:inline` scripts: a page that prints one must add its hash to the
 * policy (Astro.csp.insertScriptHash), or the browser refuses to run it. Keeping the source
 * here, and printing exactly this string, keeps the hash and the script in step.
 */
import { createHash } from 'node:crypto';

/** Applies the reader's saved theme before the first paint (see ThemeToggle.astro). */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";

/** The CSP source for an inline script's text, e.g. "sha256-…" (Astro's default algorithm). */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
