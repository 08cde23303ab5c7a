/**
 * The chart of a dataset as a figure that leaves the page (src/lib/charts/figure-svg.ts): the
 * SVG and PNG downloads and the sharing card all come from chartFigure(), so they are one
 * drawing. (Astro does not route files starting with "_".)
 */
import { getEntries } from 'astro:content';
import { figuresOf, type Dataset } from '../../data/collections';
import { buildChartModel } from '../../lib/charts/chart-model';
import { describeChart } from '../../lib/charts/describe';
import { chartFigureSvg } from '../../lib/charts/figure-svg';
import { formatPartialDate } from '../../lib/date-format';
import { routes } from '../../lib/routes';
import { LICENCE, SITE_NAME, UNKNOWN_OUTLET } from '../../lib/site';

/** The figure's SVG document, or undefined for a dataset shown as a table only. */
export async function chartFigure(dataset: Dataset, site: URL | undefined): Promise<string | undefined> {
  const model = buildChartModel(dataset.data.chart, figuresOf(dataset));
  if (model.type === 'table') return undefined;
  const articleIds = [...new Set(dataset.data.figures.map((f) => f.article.id))];
  const articles = await getEntries(articleIds.map((id) => ({ collection: 'articles' as const, id })));
  const sources = articles.map((a) => `${a.data.source.outlet ?? UNKNOWN_OUTLET}, ${formatPartialDate(a.data.source.published)}: “${a.data.title}”`);
  const url = new URL(routes.dataset(dataset.id), site ?? 'http://localhost:4321').href;
  return chartFigureSvg(model, { title: dataset.data.title, takeaway: dataset.data.takeaway, sources, url, siteName: SITE_NAME, licence: LICENCE.name }, `bieu-do-${dataset.id}`, describeChart(model));
}

/** Width in pixels of the PNG download: the figure at twice its size, sharp on a high-density screen or in print. */
export const PNG_WIDTH = 1360;
