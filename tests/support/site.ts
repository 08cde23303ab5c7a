/** Helpers for tests that read the built site. */
import { readdirSync } from 'node:fs';
import { builtPages as builtPagesOf } from '../../scripts/lib/built-site.mjs';
import { readContent } from '../../src/lib/content-check/read-content';

/** Every built HTML page as a URL path ("/", "/bai-viet/x/"), 404 page excluded (scripts/lib/built-site.mjs). */
export function builtPages(dist = 'dist'): string[] {
  return builtPagesOf(dist);
}

/** Article ids as the content folder has them (file names are the slugs). */
export function articleSlugs(dir = 'content/articles'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

/**
 * Every article's frontmatter as the project's own reader parses it (the content check's
 * read-content.ts), so tests never parse YAML by hand: [{ slug, data, body }].
 */
export function articleFrontmatter(contentDir = 'content'): { slug: string; data: Record<string, any>; body: string }[] {
  return readContent(contentDir)
    .filter((f) => f.kind === 'article')
    .map((f) => ({ slug: f.name, data: (f.doc.toJS() ?? {}) as Record<string, any>, body: f.body?.text ?? '' }))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
}
