/**
 * The components an explainer may use without an import (the `components={{ … }}` the article
 * page passes to <Content>; tests/unit/mdx-components.test.ts keeps the two lists equal), with
 * the attributes each needs and what an attribute's value must name. The content check reads
 * this to refuse an unknown component ("có phải ý bạn là <PullQuote>?") or a missing attribute
 * before Astro would fail in English.
 */
export type Target = 'dataset' | 'article' | 'article-with-events' | 'term' | 'van-ban';

export interface ComponentRule {
  /** Attributes it cannot do without, with what the value must name, if anything. */
  required: Record<string, Target | 'text'>;
  optional: readonly string[];
  /** Written `<Chart id="…" />`: it wraps nothing. */
  selfClosing: boolean;
  /** How an editor writes it, for messages. */
  example: string;
}

export const MDX_COMPONENTS: Record<string, ComponentRule> = {
  Chart: { required: { id: 'dataset' }, optional: ['headingLevel'], selfClosing: true, example: '<Chart id="ten-bo-so-lieu" />' },
  Timeline: { required: { article: 'article-with-events' }, optional: [], selfClosing: true, example: '<Timeline article="slug-cua-bai" />' },
  PullQuote: { required: { who: 'text' }, optional: [], selfClosing: false, example: '<PullQuote who="Họ Tên, chức vụ">cụm từ ngắn</PullQuote>' },
  Figure: { required: {}, optional: ['caption', 'credit'], selfClosing: false, example: '<Figure caption="…" credit="Ảnh: …">…</Figure>' },
  Term: { required: { id: 'term' }, optional: [], selfClosing: false, example: '<Term id="ma-thuat-ngu">từ</Term>' },
  // The id names an entry of content/van-ban.toml (src/lib/source-titles.ts resolves it).
  VanBan: { required: { id: 'van-ban' }, optional: ['short'], selfClosing: true, example: '<VanBan id="chi-thi-24-ct-tu" />' },
  // An inline citation of an explainer in an overview text (content/guides).
  Ref: { required: { article: 'article' }, optional: [], selfClosing: true, example: '<Ref article="slug-cua-bai" />' },
};

/** What each page passes to MDX: explainers (src/pages/bai-viet/[slug].astro) and overviews (src/pages/bat-dau-tu-day.astro). */
export const COMPONENTS_OF = {
  article: ['Chart', 'Timeline', 'PullQuote', 'Figure', 'Term', 'VanBan'],
  guide: ['Chart', 'PullQuote', 'Term', 'VanBan', 'Ref'],
} as const;

/** HTML elements an explainer may write as they are (lowercase names are HTML in MDX). */
export const HTML_ELEMENTS = new Set(['a', 'abbr', 'b', 'br', 'cite', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'wbr', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'figure', 'figcaption', 'img', 'details', 'summary', 'hr', 'time', 'data', 'dfn', 'kbd', 'code', 'pre']);
