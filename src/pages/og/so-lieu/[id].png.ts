/** Open Graph card of each chart page: /og/so-lieu/<id>.png (see src/lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from 'astro:content';
import { datasetsInOrder, type Dataset } from '../../../data/collections';
import { renderOgPng } from '../../../lib/og-image';

export const getStaticPaths = (async () =>
  (await datasetsInOrder()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props }) => {
  const { data } = props.dataset;
  const topics = await getEntries(data.topics);
  const png = await renderOgPng({
    kicker: ['Số liệu', topics[0]?.data.name].filter(Boolean).join(' · '),
    title: data.title,
    text: data.takeaway,
    footer: 'Mỗi con số ghi rõ bài báo nguồn',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
