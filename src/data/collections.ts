/**
 * Collection access shared by pages: the articles in reading order (newest first), so every
 * page, the RSS feed and previous/next agree.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/date-order';
import { assertContentValid } from './content-gate';
import type { Figure } from '../lib/charts/types';
import { linkingArticles, sortVietnamese } from '../lib/glossary';
import { listedDatasets, measuredFigures } from '../lib/measure';

export type Article = CollectionEntry<'articles'>;

export async function articlesNewestFirst(): Promise<Article[]> {
  await assertContentValid();
  const all = await getCollection('articles');
  return newestFirst(all, (a) => a.data.source.published, (a) => a.id);
}

export type Dataset = CollectionEntry<'data'>;

/** Every figure of a dataset, slogan counts included, in the plain shape (article as an id). */
export function allFiguresOf(dataset: Dataset): Figure[] {
  return dataset.data.figures.map((f) => ({ ...f, article: f.article.id }));
}

/**
 * A dataset's measured figures, as the chart, its table, the CSV and the cards show them:
 * slogan counts (measure: slogan) stay in the YAML with their evidence, not on the data pages.
 */
export function figuresOf(dataset: Dataset): Figure[] {
  return measuredFigures(allFiguresOf(dataset));
}

async function allDatasetsInOrder(): Promise<Dataset[]> {
  await assertContentValid();
  const all = await getCollection('data');
  return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi'));
}

/**
 * The datasets of /so-lieu/, in its order (the `order` field, then title): those with at least
 * one measured figure. A dataset of slogan counts only has no page, card or chart.
 */
export async function datasetsInOrder(): Promise<Dataset[]> {
  return listedDatasets((await allDatasetsInOrder()).map((d) => ({ dataset: d, figures: d.data.figures }))).map((d) => d.dataset);
}

/** Every dataset with every figure, for resolving key figures (which refuse slogan counts by name). */
export async function everyDatasetFigures(): Promise<Array<{ id: string; figures: Figure[] }>> {
  return (await allDatasetsInOrder()).map((d) => ({ id: d.id, figures: allFiguresOf(d) }));
}

export async function datasetById(id: string): Promise<Dataset> {
  const dataset = (await datasetsInOrder()).find((d) => d.id === id);
  if (!dataset) {
    const known = (await datasetsInOrder()).map((d) => d.id).join(', ');
    throw new Error(`<Chart id="${id}">: no dataset content/data/${id}.yaml (known: ${known})`);
  }
  return dataset;
}

export type GlossaryEntry = CollectionEntry<'glossary'>;

export interface GlossaryTerm {
  entry: GlossaryEntry;
  /** Articles that use the term: those linking it with <Term>, then those the term file lists. */
  articles: Article[];
}

/** The glossary in Vietnamese alphabetical order, each term with the articles that use it. */
export async function glossaryInOrder(): Promise<GlossaryTerm[]> {
  const [articles, entries] = await Promise.all([articlesNewestFirst(), getCollection('glossary')]);
  const linked = linkingArticles(articles.map((a) => ({ id: a.id, file: a.filePath ?? a.id, body: a.body ?? '' })));
  return sortVietnamese(entries, (e) => e.data.term).map((entry) => {
    const ids = new Set([...(linked.get(entry.id) ?? []), ...entry.data.articles.map((a) => a.id)]);
    return { entry, articles: articles.filter((a) => ids.has(a.id)) };
  });
}
