import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetsInOrder, type Dataset } from '../../data/collections';
import { rasterise } from '../../lib/charts/raster';
import { chartFigure, PNG_WIDTH } from './_chart-figure';

/** The chart as a picture: the SVG download, rasterised at build (src/lib/charts/raster.ts). */
export const getStaticPaths = (async () => {
  const datasets = await datasetsInOrder();
  return datasets.filter((d) => d.data.chart.kind !== 'table').map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset } = props as { dataset: Dataset };
  const png = await rasterise((await chartFigure(dataset, site))!, PNG_WIDTH);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
