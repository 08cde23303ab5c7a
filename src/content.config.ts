/**
 * The content collections. Editors write in content/; every shape lives in src/schemas/.
 * CONTENT_DIR lets tests build the site from a fixture tree (tests/fixtures/*) to prove that
 * bad content stops the build with the file and field named. Checks that span entries
 * (references, figure evidence and arithmetic) run in src/data/content-gate.ts.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { vietnameseError } from './schemas/messages';
import { makeArticleSchema } from './schemas/article';
import { makeDatasetSchema } from './schemas/dataset';
import { makeGlossaryTermSchema } from './schemas/glossary';
import { makeGuideSchema } from './schemas/guide';
import { makeTimelineEventSchema } from './schemas/timeline-event';
import { topicSchema } from './schemas/topic';

// Zod's own messages (a missing field, a value not in a list) in Vietnamese, as in `npm run kiem-tra`.
z.config({ customError: vietnameseError });

const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '');

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: topicSchema,
});

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/articles` }),
  schema: makeArticleSchema(reference('topics')),
});

const data = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/data` }),
  schema: makeDatasetSchema(reference('articles'), reference('topics')),
});

const timeline = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/timeline` }),
  schema: makeTimelineEventSchema(reference('articles'), reference('topics')),
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/glossary` }),
  schema: makeGlossaryTermSchema(reference('glossary'), reference('articles')),
});

// Overview explainers ("Bắt đầu từ đây"): the way in for a reader who knows nothing yet.
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/guides` }),
  schema: makeGuideSchema(reference('articles')),
});

export const collections = { topics, articles, data, timeline, glossary, guides };
