/**
 * The vocabulary pages use to describe themselves to the search index. Every indexed page
 * type (articles, data pages, timeline, topics) renders <SearchMeta> with these names, so the
 * filters on /tim-kiem/ agree whoever wrote the page. See README "Search" for the contract.
 */

/** Page types, as readers see them in the "Loại trang" filter. */
export const PAGE_TYPES = {
  article: 'Bài giải thích',
  guide: 'Tổng quan',
  data: 'Số liệu',
  timeline: 'Dòng thời gian',
  topic: 'Chủ đề',
  term: 'Thuật ngữ',
} as const;
export type PageTypeKey = keyof typeof PAGE_TYPES;

/**
 * How search ranks a page type when two pages match a query equally well (lower first):
 * explainers, then pages of content (data), then pages that list other pages (timeline,
 * topics). Pages without a type (About) rank with the lists. A new type must say where it
 * ranks. An overview ("Tổng quan", the guides collection) ranks with the explainers. A glossary term page (3) supports the explainers: a reader who types "vành đai 4"
 * expects the explainer about it first and the definition among the next results (every
 * first use in an explainer already shows the definition in place).
 */
export const TYPE_RANK: Record<PageTypeKey, number> = { article: 0, guide: 0, data: 1, timeline: 2, topic: 2, term: 3 };
export const UNTYPED_RANK = 2;
/** From the filter value the index stores ("Bài giải thích") to its rank. */
export function typeRank(typeLabel: string | undefined): number {
  const key = (Object.keys(PAGE_TYPES) as PageTypeKey[]).find((k) => PAGE_TYPES[k] === typeLabel);
  return key ? TYPE_RANK[key] : UNTYPED_RANK;
}
/** Ranks at or above this are lists of other pages (or, from SUPPORTING_RANK, definitions). */
export const LISTING_RANK = 2;
/** Ranks at or above this support other pages: their titles earn no place above them. */
export const SUPPORTING_RANK = 3;

/** Filter names used in data-pagefind-filter and in the /tim-kiem/ URL, with their labels. */
export const FILTERS = {
  type: 'Loại trang',
  topic: 'Chủ đề',
  outlet: 'Nguồn báo',
  year: 'Năm',
} as const;
export type FilterKey = keyof typeof FILTERS;
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** Sort key (data-pagefind-sort="date:YYYY[-MM[-DD]]"): ISO text sorts like dates. */
export const SORT_DATE = 'date';

/**
 * Pagefind reads "key:value" attributes and would split a value at a comma; topic names have
 * commas ("Kiểm tra, giám sát"), so values are written as element text instead (SearchMeta).
 */
export function filterEntries(filters: Partial<Record<FilterKey, readonly string[] | string | undefined>>): Array<[FilterKey, string]> {
  const out: Array<[FilterKey, string]> = [];
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    const values = value === undefined ? [] : typeof value === 'string' ? [value] : value;
    const cleaned = values.map((v) => (key === 'outlet' ? outletFacet(v) : v.trim())).filter((v): v is string => Boolean(v));
    for (const v of new Set(cleaned)) out.push([key, v]);
  }
  return out;
}

/**
 * One facet value per outlet: the outlet's name without its bracketed short name ("Nhân Dân
 * (NDO)" and "Nhân Dân" are one outlet), and no value at all when the outlet is unknown (a
 * filter for "not known" finds nothing a reader asked for).
 */
export function outletFacet(outlet: string): string | undefined {
  const name = outlet.replace(/\s*\([^()]*\)\s*$/u, '').trim();
  if (!name || /^không rõ/iu.test(name)) return undefined;
  return name;
}

/** Aliases of a glossary term travel to the index as one meta value, joined by this. */
export const ALIAS_SEPARATOR = ' | ';

/** One entry of pagefind/pages.json (written by src/integrations/search-index.ts). */
export interface SearchPage {
  url: string;
  title: string;
  /** The "Loại trang" filter value ("Bài giải thích"). */
  type?: string;
  date?: string;
  dateLabel?: string;
  /** A glossary term's other names. */
  aliases?: string[];
  /** A glossary term's own abbreviations ("UBND", "CT/TU"). */
  abbr?: string[];
}

/** pagefind/pages.json: the pages by Pagefind's result id, and the site's accented spellings. */
export interface SearchPageList {
  pages: Record<string, SearchPage>;
  spellings: string;
}
