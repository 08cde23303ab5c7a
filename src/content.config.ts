/**
 * The content collections. Editors write in content/; every shape lives in src/schemas/.
 * CONTENT_DIR lets tests build the site from a fixture tree (tests/fixtures/*) to prove that
 * bad content stops the build with the file and field named.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { makeArticleSchema } from './schemas/article';
import { topicSchema } from './schemas/topic';

const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '');

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: topicSchema,
});

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/articles` }),
  schema: makeArticleSchema(reference('topics')),
});

export const collections = { topics, articles };
