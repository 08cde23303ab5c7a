/**
 * Astro's reference() only warns when an id points nowhere, and the page then fails with an
 * unhelpful TypeError. These checks run before any page is rendered and stop the build with
 * the file, the field and the unknown id named.
 */
export interface ReferenceUse {
  /** The file that holds the reference, as Astro reports it (content/articles/x.mdx). */
  file: string;
  /** The field as an editor finds it: 'trường "topics[1]"', 'số liệu "x", trường "article"'. */
  field: string;
  id: string;
}

/** `collection` is the Vietnamese name of what the id points to ("chủ đề", "bài"). */
export function findBrokenReferences(uses: readonly ReferenceUse[], known: ReadonlySet<string>, collection: string): string[] {
  const sample = [...known].sort().slice(0, 12).join(', ');
  return uses
    .filter((use) => !known.has(use.id))
    .map((use) => `${use.file}: ${use.field}: không có ${collection} nào mang mã "${use.id}" (các mã có: ${sample}${known.size > 12 ? ', …' : ''}). Kiểm tra lỗi gõ`);
}
