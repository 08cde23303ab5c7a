/**
 * Collection access shared by pages: the articles in reading order (newest first), so every
 * page, the RSS feed and previous/next agree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './article-order';
import { assertContentValid } from './content-checks';

export type Article = CollectionEntry<'articles'>;

export async function articlesNewestFirst(): Promise<Article[]> {
  await assertContentValid();
  const all = await getCollection('articles');
  return newestFirst(all, (a) => a.data.source.published, (a) => a.id);
}
