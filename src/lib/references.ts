/**
 * Astro's reference() only warns when an id points nowhere, and the page then fails with an
 * unhelpful TypeError. These checks run before any page is rendered and stop the build with
 * the file, the field and the unknown id named.
 */
export interface ReferenceUse {
  /** The file that holds the reference, as Astro reports it (content/articles/x.mdx). */
  file: string;
  /** Dotted path of the field, e.g. "topics[1]" or "figures[3].article". */
  field: string;
  id: string;
}

export function findBrokenReferences(uses: readonly ReferenceUse[], known: ReadonlySet<string>, collection: string): string[] {
  const sample = [...known].sort().slice(0, 12).join(', ');
  return uses
    .filter((use) => !known.has(use.id))
    .map((use) => `${use.file}: field "${use.field}": unknown ${collection} id "${use.id}" (known: ${sample}${known.size > 12 ? ', …' : ''})`);
}
