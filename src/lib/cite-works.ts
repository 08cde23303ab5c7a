/**
 * What "Cite this page" says about each kind of page, from plain content data: explainers,
 * chart pages and glossary terms. Pure functions; pages pass the absolute URL.
 */
import type { CiteWork, OriginalArticle } from './citation';
import { datePartsAtPrecision } from './date-format';
import type { PartialDate } from '../schemas/partial-date';
import { SITE_NAME } from './site';
import { headlineOf } from './source-titles';

/** A source's publication date as the schema outputs it (only the parts a citation reads). */
type PartialDateLike = Pick<PartialDate, 'date' | 'precision' | 'inferred'>;

interface SourceLike {
  /** The seed file name: the key of the source's headline in content/van-ban.toml. */
  seed?: string | undefined;
  title?: string | undefined;
  outlet?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  published: PartialDateLike;
}

export interface ArticleLike {
  id: string;
  title: string;
  updated?: string | undefined;
  corrections: ReadonlyArray<{ date: string }>;
  source: SourceLike;
}


/** The explainer's own date: its `updated` field, else its newest correction, else none. */
export function explainerDate(a: ArticleLike): string | undefined {
  const dates = [a.updated, ...a.corrections.map((c) => c.date)].filter((d): d is string => Boolean(d));
  return dates.sort().at(-1);
}

export function originalOf(a: ArticleLike): OriginalArticle {
  return {
    title: headlineOf(a.source),
    outlet: a.source.outlet,
    author: a.source.author,
    url: a.source.url,
    date: datePartsAtPrecision(a.source.published),
    inferred: a.source.published.inferred,
  };
}


export function articleWork(a: ArticleLike, url: string): CiteWork {
  return { key: a.id, title: a.title, genre: 'Bài giải thích', url, updated: explainerDate(a), siteName: SITE_NAME, originals: [originalOf(a)] };
}

/** A chart page: dated by the newest of the explainers its figures come from. */
export function datasetWork(id: string, title: string, articles: readonly ArticleLike[], url: string): CiteWork {
  const updated = articles.map(explainerDate).filter((d): d is string => Boolean(d)).sort().at(-1);
  return { key: `so-lieu-${id}`, title, genre: 'Số liệu', url, updated, siteName: SITE_NAME, originals: articles.map(originalOf) };
}

export function termWork(id: string, term: string, updated: string, url: string): CiteWork {
  return { key: `thuat-ngu-${id}`, title: `Thuật ngữ: ${term}`, genre: 'Thuật ngữ', url, updated, siteName: SITE_NAME, originals: [] };
}

/** An overview explainer: its own date, and every source article it draws on as an original. */
export function guideWork(id: string, title: string, updated: string, articles: readonly ArticleLike[], url: string): CiteWork {
  return { key: id, title, genre: 'Bài tổng quan', url, updated, siteName: SITE_NAME, originals: articles.map(originalOf) };
}
