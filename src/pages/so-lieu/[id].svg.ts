import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetsInOrder, figuresOf, type Dataset } from '../../data/collections';
import { buildChartModel } from '../../lib/charts/chart-model';
import { describeChart } from '../../lib/charts/describe';
import { barChartSvg, waffleSvg } from '../../lib/charts/svg';

/** The chart as a file: the same markup as on the page, with colours embedded. */
export const getStaticPaths = (async () => {
  const datasets = await datasetsInOrder();
  return datasets.filter((d) => d.data.chart.kind !== 'table').map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  const model = buildChartModel(dataset.data.chart, figuresOf(dataset));
  const options = { idPrefix: `bieu-do-${dataset.id}-svg`, title: dataset.data.title, description: describeChart(model), standalone: true };
  const svg = model.type === 'bars' ? barChartSvg(model, options).svg : model.type === 'waffle' ? waffleSvg(model, options) : '';
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
