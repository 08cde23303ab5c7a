/** Open Graph card of each explainer: /og/bai-viet/<slug>.png (see src/lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { articlesNewestFirst, type Article } from '../../../data/collections';
import { renderOgPng } from '../../../lib/og-image';
import { formatPartialDate } from '../../../lib/date-format';
import { UNKNOWN_OUTLET } from '../../../lib/site';
import { headlineOf } from '../../../lib/source-titles';

export const getStaticPaths = (async () =>
  (await articlesNewestFirst()).map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const { data } = props.article;
  const topic = data.topics[0] ? await getEntry(data.topics[0]) : undefined;
  const png = await renderOgPng({
    kicker: ['Bài giải thích', topic?.data.name].filter(Boolean).join(' · '),
    title: data.title,
    text: headlineOf(data.source) ? `Bài gốc: “${headlineOf(data.source)}”` : undefined,
    footer: `Nguồn: ${data.source.outlet ?? UNKNOWN_OUTLET}, ${formatPartialDate(data.source.published)}`,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
