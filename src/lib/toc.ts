/** A table of contents from the headings Astro extracts from an MDX body (## and ###). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: TocEntry[];
}

export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocEntry[] {
  const root: TocEntry[] = [];
  let parent: TocEntry | undefined;
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const entry: TocEntry = { ...h, children: [] };
    if (h.depth === minDepth || !parent) {
      root.push(entry);
      parent = entry;
    } else {
      parent.children.push(entry);
    }
  }
  return root;
}
