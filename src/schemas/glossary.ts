/**
 * A glossary term (content/glossary/<id>.yaml, one file per term; the file name is the id and
 * the page address /thuat-ngu/<id>/). Built by a function so unit tests can pass plain string
 * schemas where Astro passes `reference('glossary')` and `reference('articles')`.
 */
import { z } from 'astro/zod';

export function makeGlossaryTermSchema<G extends z.ZodType, A extends z.ZodType>(termRef: G, articleRef: A) {
  return z.strictObject({
    /** The term as readers meet it, with capitals and diacritics: "Bộ Chính trị". */
    term: z.string({ error: 'cần trường "term": thuật ngữ, viết như trong bài' }).min(2),
    /** In the site's own words; a number here must also appear in a seed article. */
    definition: z
      .string({ error: 'cần trường "definition": định nghĩa bằng lời của trang' })
      .min(40, 'định nghĩa quá ngắn: cần ít nhất một câu đầy đủ')
      .max(900, 'định nghĩa quá dài: tối đa 900 ký tự, phần còn lại để trong bài'),
    /** Other spellings and close forms readers may search for ("Trung ương 5", "NQ/TW"). */
    aliases: z.array(z.string().min(2)).default([]),
    /** Ids of related terms, shown as "Xem thêm". */
    related: z.array(termRef).default([]),
    /**
     * Articles that use the term without linking it with <Term>. Articles that do link it are
     * found in their text at build time and need not be listed.
     */
    articles: z.array(articleRef).default([]),
    /** Date of the last change to the definition (YYYY-MM-DD); shown in citations. */
    updated: z.iso.date({ error: 'cần trường "updated": ngày sửa gần nhất, viết YYYY-MM-DD, ví dụ "2026-11-22"' }),
  });
}
