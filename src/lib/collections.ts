/**
 * Collection access shared by pages. Loading checks every cross-reference first (see
 * references.ts), so a typo in an id stops the build with the file and field named, and
 * returns the articles in reading order (newest first) so every page, the RSS feed and
 * previous/next agree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './article-order';
import { assertReferences } from './references';

export type Article = CollectionEntry<'articles'>;

let checked: Promise<void> | undefined;

async function checkReferencesOnce(): Promise<void> {
  const [topics, articles] = await Promise.all([getCollection('topics'), getCollection('articles')]);
  const topicIds = new Set(topics.map((t) => t.id));
  assertReferences(
    articles.flatMap((a) => a.data.topics.map((t, i) => ({ file: a.filePath ?? a.id, field: `topics[${i}]`, id: t.id }))),
    topicIds,
    'topic',
  );
}

export async function articlesNewestFirst(): Promise<Article[]> {
  checked ??= checkReferencesOnce();
  await checked;
  const all = await getCollection('articles');
  return newestFirst(all, (a) => a.data.source.published, (a) => a.id);
}
