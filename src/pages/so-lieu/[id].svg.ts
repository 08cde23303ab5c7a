import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetsInOrder, type Dataset } from '../../data/collections';
import { chartFigure } from './_chart-figure';

/**
 * The chart as a file: the same model and marks as on the page, with its title, takeaway,
 * legend, source, address and licence, colours embedded (src/lib/charts/figure-svg.ts).
 */
export const getStaticPaths = (async () => {
  const datasets = await datasetsInOrder();
  return datasets.filter((d) => d.data.chart.kind !== 'table').map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset } = props as { dataset: Dataset };
  const svg = await chartFigure(dataset, site);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
