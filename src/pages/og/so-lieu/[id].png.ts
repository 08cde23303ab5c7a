/**
 * Open Graph card of each chart page: /og/so-lieu/<id>.png. A drawn chart's card is the chart
 * itself, the figure of the SVG download set on a 1200×630 ground and rasterised
 * (src/lib/charts/figure-svg.ts, raster.ts); a dataset shown as a table keeps the text card
 * of src/lib/og-image.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from 'astro:content';
import { datasetsInOrder, type Dataset } from '../../../data/collections';
import { cardFromFigure, CARD_WIDTH } from '../../../lib/charts/figure-svg';
import { rasterise } from '../../../lib/charts/raster';
import { renderOgPng } from '../../../lib/og-image';
import { chartFigure } from '../../so-lieu/_chart-figure';

export const getStaticPaths = (async () =>
  (await datasetsInOrder()).map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props, site }) => {
  const { data } = props.dataset;
  const figure = await chartFigure(props.dataset, site);
  if (figure) return new Response(await rasterise(cardFromFigure(figure), CARD_WIDTH), { headers: { 'Content-Type': 'image/png' } });
  const topics = await getEntries(data.topics);
  const png = await renderOgPng({
    kicker: ['Số liệu', topics[0]?.data.name].filter(Boolean).join(' · '),
    title: data.title,
    text: data.takeaway,
    footer: 'Mỗi con số ghi rõ bài báo nguồn',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
