/** Helpers for tests that read the built site. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built HTML page as a URL path ("/", "/bai-viet/x/"), 404 page excluded. */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && !name.startsWith('_')) walk(path);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split('\\').join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** Article ids as the content folder has them (file names are the slugs). */
export function articleSlugs(dir = 'content/articles'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}
