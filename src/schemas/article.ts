/**
 * Frontmatter of an explainer (content/articles/*.mdx). The schema is built by a function so
 * that unit tests can pass a plain string schema where Astro passes `reference('topics')`.
 */
import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date';
import { slugSchema } from './slug';

export const sourceSchema = z.object({
  /** The newspaper or site; omitted when the article text does not say. */
  outlet: z.string().min(2).optional(),
  url: z.url({ error: 'expected a full link starting with https://' }).optional(),
  author: z.string().min(2).optional(),
  /** File name (without .txt) of the article in shared/seeds: the provenance key. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'expected a seed file name such as "000_dba8081fe6c437dd"'),
  published: partialDateSchema,
});

export const personSchema = z.object({
  name: z.string().min(2),
  role: z.string().min(2),
});

export function makeArticleSchema<T extends z.ZodType>(topicRef: T) {
  return z.object({
    title: z.string({ error: 'expected a title (text)' }).min(5, 'title is too short'),
    summary: z.string({ error: 'expected a one or two sentence summary' }).min(20).max(400),
    slug: slugSchema,
    source: sourceSchema,
    /** When the reported event itself happened (a speech, a meeting, a year of results). */
    event: partialDateSchema,
    topics: z.array(topicRef).min(1, 'expected at least one topic'),
    people: z.array(personSchema).default([]),
    documents: z.array(z.string().min(3)).default([]),
    /** The explainer's own date: when the site last wrote or checked it (YYYY-MM-DD). */
    updated: z.iso.date({ error: 'expected the date the explainer was written or last checked, as YYYY-MM-DD' }).optional(),
    /** Figure ids (content/data/*.yaml) shown as "Những con số chính"; checked when the page renders. */
    keyFigures: z.array(z.string().min(1)).max(4, 'at most 4 key figures').default([]),
  });
}
