import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetsInOrder, figuresOf, type Dataset } from '../../data/collections';
import { datasetCsv } from '../../lib/csv';

export const getStaticPaths = (async () => {
  const datasets = await datasetsInOrder();
  return datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  return new Response(datasetCsv(figuresOf(dataset)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
