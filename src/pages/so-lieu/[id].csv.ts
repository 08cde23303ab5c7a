import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetsInOrder, figuresOf, type Dataset } from '../../data/collections';
import { datasetCsv } from '../../lib/csv';
import { routes } from '../../lib/routes';
import { LICENCE, SITE_NAME } from '../../lib/site';

export const getStaticPaths = (async () => {
  const datasets = await datasetsInOrder();
  return datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { dataset } = props as { dataset: Dataset };
  const licence = `${LICENCE.name}, ghi nguồn ${SITE_NAME}: ${new URL(routes.dataset(dataset.id), site).href}`;
  return new Response(datasetCsv(figuresOf(dataset), licence), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
