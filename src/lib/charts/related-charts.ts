/**
 * Where a chart page leads (no dead ends): the explainers that place the chart in their text,
 * and the charts that share its topics. Pure, so the order is unit-tested.
 */

/** True when an article's MDX places this dataset's chart: <Chart id="…" />. */
export function usesChart(mdx: string, datasetId: string): boolean {
  const id = datasetId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<Chart\\s[^>]*\\bid=["']${id}["']`).test(mdx);
}

interface Tagged {
  id: string;
  topics: readonly string[];
}

/**
 * Up to `count` other datasets, those sharing more topics first, then those sharing the first
 * topic (the dataset's main one), then the site's order (the order of `all`).
 */
export function relatedDatasets(of: Tagged, all: readonly Tagged[], count: number): string[] {
  const mine = new Set(of.topics);
  return all
    .map((d, index) => ({ id: d.id, index, shared: d.topics.filter((t) => mine.has(t)).length, main: d.topics.includes(of.topics[0] ?? '') ? 1 : 0 }))
    .filter((d) => d.id !== of.id && d.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.main - a.main || a.index - b.index)
    .slice(0, count)
    .map((d) => d.id);
}
