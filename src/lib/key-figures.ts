/**
 * "Những con số chính": the figures an article's frontmatter names in `keyFigures`, resolved
 * against every dataset, each with the address of the place its evidence is shown (the row of
 * its table on the chart's own page, /so-lieu/<dataset>/#<rowId>).
 */
import { routes } from './routes';
import type { Figure } from './charts/types';
import { isSlogan } from './measure';

export interface DatasetFigures {
  id: string;
  figures: readonly Figure[];
}

export interface KeyFigure {
  figure: Figure;
  dataset: string;
  /** Link to the figure's row, with its verbatim evidence, on the chart's page. */
  href: string;
}

/** The id of a figure's table row: one anchor per figure, on every page that shows the chart. */
export function figureRowId(figureId: string): string {
  return `so-lieu-${figureId}`;
}

/**
 * Resolves `keyFigures` ids in order. An unknown id stops the build with the file and field
 * named, like every other content error.
 */
export function resolveKeyFigures(file: string, ids: readonly string[], datasets: readonly DatasetFigures[]): KeyFigure[] {
  const where = new Map<string, { figure: Figure; dataset: string }>();
  for (const d of datasets) for (const f of d.figures) where.set(f.id, { figure: f, dataset: d.id });
  return ids.map((id, i) => {
    const hit = where.get(id);
    if (!hit) {
      throw new Error(
        `${file}: field "keyFigures[${i}]": không có con số mang mã "${id}" trong content/data/*.yaml (unknown figure id)`,
      );
    }
    if (isSlogan(hit.figure)) {
      throw new Error(
        `${file}: field "keyFigures[${i}]": "${id}" là con số của một khẩu hiệu (measure: slogan), không phải số đo; chọn một số liệu đo được (a slogan count is never a key figure)`,
      );
    }
    return { ...hit, href: `${routes.dataset(hit.dataset)}#${figureRowId(id)}` };
  });
}
