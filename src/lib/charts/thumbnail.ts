/**
 * A small preview of a chart for the cards of /so-lieu/ and topic pages: the same marks in
 * the same styles, without text (the card's title and takeaway say what it shows). It is
 * decorative (aria-hidden): the chart's page has the full, accessible chart.
 */
import { layoutBars } from './bar-layout';
import type { ChartModel } from './chart-model';
import { waffleCells } from './waffle';

const WIDTH = 160;
const BAR = 7;
const GAP = 4;
const SECTION_GAP = 6;

export function thumbnailSvg(model: ChartModel): string | undefined {
  if (model.type === 'bars') {
    const layout = layoutBars(model.sections, model.scale);
    const rects: string[] = [];
    let y = 0;
    layout.sections.forEach((section, i) => {
      if (i > 0) y += SECTION_GAP;
      for (const bar of section.bars) {
        const w = Math.max(1, (bar.widthPct / 100) * (WIDTH - 2));
        const m = bar.placedMarker;
        // A bar with a plan marker: thicker, the marker a line across it past both edges.
        const top = m ? y + 2 : y;
        const h = m ? BAR + 2 : BAR;
        rects.push(`<rect class="mark mark--${bar.style}" x="1" y="${top}" width="${w.toFixed(1)}" height="${h}"/>`);
        if (m) {
          const mx = (1 + (Math.min(m.xPct, 99) / 100) * (WIDTH - 2)).toFixed(1);
          rects.push(`<line class="mark-halo" x1="${mx}" x2="${mx}" y1="${y}" y2="${top + h + 2}"/><line class="mark mark--${m.style}" x1="${mx}" x2="${mx}" y1="${y}" y2="${top + h + 2}"/>`);
        }
        y = top + h + (m ? 2 : 0) + GAP;
      }
    });
    const height = y - GAP;
    return `<svg class="chart-thumb" aria-hidden="true" focusable="false" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${rects.join('')}</svg>`;
  }
  if (model.type === 'waffle') {
    const columns = 40;
    const cell = 4;
    const styleOf = new Map(model.groups.map((g) => [g.level, g.style]));
    const cells = waffleCells(model.total.value, model.levels.map((l) => l.count.value), columns);
    const rects = cells.map((c) => `<rect class="mark mark--${styleOf.get(c.level)}" x="${c.column * cell}" y="${c.row * cell}" width="${cell - 1}" height="${cell - 1}"/>`);
    const height = Math.ceil(cells.length / columns) * cell;
    return `<svg class="chart-thumb" aria-hidden="true" focusable="false" width="${columns * cell}" height="${height}" viewBox="0 0 ${columns * cell} ${height}">${rects.join('')}</svg>`;
  }
  return undefined;
}
