/**
 * Collection access shared by pages: the articles in reading order (newest first), so every
 * page, the RSS feed and previous/next agree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './article-order';
import { assertContentValid } from './content-checks';
import type { Figure } from './charts/types';

export type Article = CollectionEntry<'articles'>;

export async function articlesNewestFirst(): Promise<Article[]> {
  await assertContentValid();
  const all = await getCollection('articles');
  return newestFirst(all, (a) => a.data.source.published, (a) => a.id);
}

export type Dataset = CollectionEntry<'data'>;

/** A dataset's figures in the plain shape the chart modules use (article as an id). */
export function figuresOf(dataset: Dataset): Figure[] {
  return dataset.data.figures.map((f) => ({ ...f, article: f.article.id }));
}

/** All datasets in the order of /so-lieu/ (the `order` field, then title). */
export async function datasetsInOrder(): Promise<Dataset[]> {
  await assertContentValid();
  const all = await getCollection('data');
  return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi'));
}

export async function datasetById(id: string): Promise<Dataset> {
  const dataset = (await datasetsInOrder()).find((d) => d.id === id);
  if (!dataset) {
    const known = (await datasetsInOrder()).map((d) => d.id).join(', ');
    throw new Error(`<Chart id="${id}">: no dataset content/data/${id}.yaml (known: ${known})`);
  }
  return dataset;
}
