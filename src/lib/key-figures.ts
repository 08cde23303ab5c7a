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

/**
 * A key figure's label or period without its "ước đoán" notes: the strip at the top of an
 * explainer says it once, in the provenance line (issue 18), and each label links to the table
 * row that keeps the whole wording. "(2007, ước đoán)" → "(2007)", "2024 (ước đoán)" → "2024",
 * "(ước đoán; bài gọi là …)" → "(bài gọi là …)", "(năm cuối ước đoán)" → "".
 */
export function withoutInferenceNotes(text: string): string {
  return text.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    const parts = inner.split(/\s*[,;]\s*/);
    const kept = parts.filter((part) => !/ước đoán$/.test(part.trim()));
    if (kept.length === parts.length) return whole;
    return kept.length === 0 ? '' : ` (${kept.join(', ')})`;
  });
}

/** The id of a figure's table row: one anchor per figure, on every page that shows the chart. */
export function figureRowId(figureId: string): string {
  return `so-lieu-${figureId}`;
}

/**
 * Why an id cannot be a key figure, in Vietnamese with the fix, or undefined when it can: the
 * one rule, used by the content check (with the file's line) and by the pages (which stop the
 * build with the same words).
 */
export function keyFigureProblem(id: string, figure: Pick<Figure, 'measure'> | undefined): string | undefined {
  if (!figure) return `không có số liệu "${id}" trong content/data/. Viết đúng id của một số liệu (trường "id" trong figures)`;
  if (isSlogan(figure)) return `"${id}" là con số của một khẩu hiệu (measure: slogan), không phải số đo. Con số chính phải là số liệu đo được (tiền, tỷ lệ, số văn bản, số xã…)`;
  return undefined;
}

/**
 * Resolves `keyFigures` ids in order. An id keyFigureProblem refuses stops the build with the
 * file and field named, like every other content error.
 */
export function resolveKeyFigures(file: string, ids: readonly string[], datasets: readonly DatasetFigures[]): KeyFigure[] {
  const where = new Map<string, { figure: Figure; dataset: string }>();
  for (const d of datasets) for (const f of d.figures) where.set(f.id, { figure: f, dataset: d.id });
  return ids.map((id, i) => {
    const hit = where.get(id);
    const problem = keyFigureProblem(id, hit?.figure);
    if (problem || !hit) throw new Error(`${file}: trường "keyFigures[${i}]": ${problem}`);
    return { ...hit, href: `${routes.dataset(hit.dataset)}#${figureRowId(id)}` };
  });
}
