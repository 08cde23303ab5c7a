/**
 * An overview explainer (content/guides/*.mdx): a page that synthesises the explainers for a
 * reader who starts from nothing ("Bắt đầu từ đây"). Every fact in it is cited to a source with
 * <Ref article="…" />, and `articles` names the explainers it draws on. Built by a function so
 * unit tests can pass a plain string schema where Astro passes `reference('articles')`.
 */
import { z } from 'astro/zod';

export function makeGuideSchema<A extends z.ZodType>(articleRef: A) {
  return z.strictObject({
    title: z.string({ error: 'cần tiêu đề (một dòng chữ)' }).min(5, 'tiêu đề quá ngắn (ít nhất 5 ký tự)'),
    summary: z.string({ error: 'cần tóm tắt một hai câu' }).min(20).max(400),
    /** The guide's own date: its last revision (YYYY-MM-DD); shown in the header and in citations. */
    updated: z.iso.date({ error: 'cần ngày sửa gần nhất, dạng YYYY-MM-DD, ví dụ "2026-12-03"' }),
    /** The explainers the guide draws on, in the order it uses them. */
    articles: z.array(articleRef).min(1, 'cần ít nhất một bài giải thích mà bài tổng quan dựa vào'),
    /** Figure ids shown as "Những con số chính" (measured quantities only, as for explainers). */
    keyFigures: z.array(z.string().min(1)).max(4, 'tối đa 4 con số chính').default([]),
  });
}
