/**
 * Measured quantities and slogan counts (src/schemas/dataset.ts, `measure`). Slogan counts stay
 * in content/data with their evidence, explained in words in the text, but they are not data:
 * these functions decide, for the chart models, the /so-lieu/ pages and the key figures, what
 * counts as a measured figure.
 */
import type { Figure } from './charts/types';

export function isSlogan(figure: Pick<Figure, 'measure'>): boolean {
  return figure.measure === 'slogan';
}

/** The figures that may be drawn, listed or shown as key figures. */
export function measuredFigures<F extends Pick<Figure, 'measure'>>(figures: readonly F[]): F[] {
  return figures.filter((f) => !isSlogan(f));
}

/**
 * The datasets of /so-lieu/ and the chart pages: each with its measured figures only; a
 * dataset holding nothing but slogan counts has no page and no card.
 */
export function listedDatasets<D extends { figures: readonly Pick<Figure, 'measure'>[] }>(datasets: readonly D[]): D[] {
  return datasets.filter((d) => measuredFigures(d.figures).length > 0);
}
