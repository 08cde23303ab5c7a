/**
 * Frontmatter of an explainer (content/articles/*.mdx). The schema is built by a function so
 * that unit tests can pass a plain string schema where Astro passes `reference('topics')`.
 */
import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date';
import { slugSchema } from './slug';
import { sourceNameSchema } from './source-record';

export const sourceSchema = z.strictObject({
  /** The newspaper or site; omitted when the article text does not say. */
  outlet: z.string().min(2).optional(),
  url: z.url({ error: 'cần một đường dẫn đầy đủ, bắt đầu bằng https://' }).optional(),
  author: z.string().min(2).optional(),
  /** The original headline, when the seed prints one; used in citations. */
  title: z.string().min(5).optional(),
  /** File name (without .txt) of the article in the sources folder (SOURCES_DIR): the provenance key. */
  seed: sourceNameSchema,
  published: partialDateSchema,
});

export const personSchema = z.strictObject({
  name: z.string().min(2),
  role: z.string().min(2),
});

export function makeArticleSchema<T extends z.ZodType>(topicRef: T) {
  return z.strictObject({
    title: z.string({ error: 'cần tiêu đề bài (một dòng chữ)' }).min(5, 'tiêu đề quá ngắn (ít nhất 5 ký tự)'),
    summary: z.string({ error: 'cần tóm tắt một hai câu' }).min(20).max(400),
    slug: slugSchema,
    source: sourceSchema,
    /** When the reported event itself happened (a speech, a meeting, a year of results). */
    event: partialDateSchema,
    topics: z.array(topicRef).min(1, 'cần ít nhất một chủ đề (mã trong content/topics.yaml)'),
    people: z.array(personSchema).default([]),
    /**
     * Documents the source names: a line in the site's words, or `{ van-ban: id }` for a
     * document whose official title is kept verbatim in content/van-ban.toml.
     */
    documents: z.array(z.union([z.string().min(3), z.object({ 'van-ban': slugSchema }).strict()])).default([]),
    /** The explainer's own date: its last revision (YYYY-MM-DD); shown in the header and in citations. */
    updated: z.iso.date({ error: 'cần ngày bài giải thích được viết hoặc sửa lần cuối, dạng YYYY-MM-DD, ví dụ "2026-11-22"' }).optional(),
    /**
     * Corrections log ("Đính chính"): every change of fact after publication, newest last,
     * shown with its date at the end of the article.
     */
    corrections: z
      .array(
        z.strictObject({
          date: z.iso.date({ error: 'cần ngày đính chính dạng YYYY-MM-DD, ví dụ "2026-11-22"' }),
          text: z.string().min(10, 'cần một câu nói rõ điều gì đã được sửa'),
        }),
      )
      .default([]),
    /**
     * "Then and now": one short note where the article names an institution that has changed
     * since (from 01/07/2025 local government has two levels, province and commune; districts
     * and their Party committees no longer exist as such). `basis` names the law or resolution.
     * Shown once, under the provenance line (src/components/ContextNote.astro).
     */
    context: z
      .object({
        note: z.string({ error: 'cần "note": một hai câu nói điều gì đã thay đổi từ khi bài được đăng' }).min(20).max(400, 'ghi chú quá dài: tối đa 400 ký tự'),
        basis: z.string({ error: 'cần "basis": tên luật hoặc nghị quyết làm căn cứ' }).min(10),
      })
      .strict()
      .optional(),
    /** Figure ids (content/data/*.yaml) shown as "Những con số chính"; the content check resolves them. */
    keyFigures: z.array(z.string().min(1)).max(4, 'tối đa 4 con số chính').default([]),
  });
}
