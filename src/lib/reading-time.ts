import readingTime from 'reading-time';

/**
 * Minutes to read an explainer from its MDX body. Vietnamese writes one syllable per word, so
 * "words" here are syllables: about 200 a minute for an adult reading attentively. Markup is
 * not read (component tags, heading marks, link targets), but each chart or timeline is: a
 * reader spends about half a minute on a chart with its takeaway and table.
 */
const SYLLABLES_PER_MINUTE = 200;
const MINUTES_PER_GRAPHIC = 0.5;

/** The words a reader reads: the MDX body without component tags and Markdown syntax. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>[\]`|-]+/g, ' ');
}

/** Charts and timelines placed in the body with <Chart …/> or <Timeline …/>. */
export function graphicCount(mdx: string): number {
  return (mdx.match(/<(Chart|Timeline)\b/g) ?? []).length;
}

export function readingMinutes(mdx: string): number {
  const words = readingTime(readableText(mdx), { wordsPerMinute: SYLLABLES_PER_MINUTE }).minutes;
  return Math.max(1, Math.round(words + graphicCount(mdx) * MINUTES_PER_GRAPHIC));
}

export function readingLabel(mdx: string): string {
  return `${readingMinutes(mdx)} phút đọc`;
}
