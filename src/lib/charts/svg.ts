/**
 * SVG markup for the charts, as strings: the page inlines them and the download endpoint
 * serves the very same markup (plus a <style>, since a downloaded file has no page CSS).
 * Marks carry classes, not colours, so the page's light/dark/print styles apply.
 */
import { layoutBars, type BarLayout } from './bar-layout';
import type { BarChartModel, WaffleModel } from './chart-model';
import { escapeXml as x } from './escape';
import { waffleCells } from './waffle';

export interface SvgOptions {
  /** Unique per page: prefixes the ids of <title> and <desc>. */
  idPrefix: string;
  title: string;
  description: string;
  /** A file of its own: fixed width, embedded colours. */
  standalone?: boolean;
}

/** Colours for a downloaded SVG (the light theme of the site). */
const STANDALONE_STYLE = `<style>
text{font-family:'Noto Sans',Arial,sans-serif;font-size:14px;fill:#1d1b18}
.chart-section-title{font-weight:700}
.mark--actual,.mark--hanoi{fill:#9c1f17}
.mark--plan,.mark--country{fill:#f3f0e8;stroke:#57524a;stroke-width:1.5;stroke-dasharray:4 3}
.cell{fill:#fdfcf8;stroke:#57524a}
.cell--l1{fill:#2f6f9f;stroke:#2f6f9f}
.cell--l2{fill:#9c1f17;stroke:#9c1f17}
.cell-dot{fill:#fdfcf8}
</style>`;

function open(width: string, height: number, o: SvgOptions, viewBox?: string): string {
  const ids = `${o.idPrefix}-title ${o.idPrefix}-desc`;
  const size = o.standalone ? `width="640" height="${height}"` : `width="${width}" height="${height}"`;
  const ns = 'xmlns="http://www.w3.org/2000/svg"';
  return `<svg ${ns} class="chart-svg" role="img" aria-labelledby="${ids}" ${size}${viewBox ? ` viewBox="${viewBox}"` : ''}><title id="${o.idPrefix}-title">${x(o.title)}</title><desc id="${o.idPrefix}-desc">${x(o.description)}</desc>${o.standalone ? STANDALONE_STYLE : ''}`;
}

export function barChartSvg(model: BarChartModel, o: SvgOptions): { svg: string; layout: BarLayout } {
  const layout = layoutBars(model.sections, model.scale);
  const parts: string[] = [open('100%', layout.height, o)];
  for (const section of layout.sections) {
    if (section.title && section.titleY !== undefined) {
      parts.push(`<text class="chart-section-title" x="0" y="${section.titleY}">${x(section.title)}</text>`);
    }
    for (const bar of section.bars) {
      parts.push(`<g class="bar" data-figure="${x(bar.key)}" data-value="${bar.value}">`);
      bar.lines.forEach((line, i) => parts.push(`<text x="0" y="${bar.lineYs[i]}">${x(line)}</text>`));
      // A zero-length bar is still drawn as a hairline so that "0" is visible, not missing.
      const width = bar.widthPct > 0 ? `${bar.widthPct.toFixed(3)}%` : '1';
      parts.push(
        `<rect class="mark mark--${x(bar.role)}${bar.dashed ? ' mark--dashed' : ''}" x="0" y="${bar.barY}" width="${width}" height="${layout.barHeight}"><title>${x(bar.lines.join(' '))}</title></rect>`,
      );
      parts.push('</g>');
    }
  }
  parts.push('</svg>');
  return { svg: parts.join(''), layout };
}

export const WAFFLE_COLUMNS = 20;
const CELL = 14;
const GAP = 2;

export function waffleSvg(model: WaffleModel, o: SvgOptions): string {
  const cells = waffleCells(model.total.value, model.levels.map((l) => l.count.value), WAFFLE_COLUMNS);
  const rows = Math.ceil(cells.length / WAFFLE_COLUMNS);
  const width = WAFFLE_COLUMNS * CELL;
  const height = rows * CELL;
  const parts = [open('100%', height, o, `0 0 ${width} ${height}`)];
  for (const cell of cells) {
    const cx = cell.column * CELL;
    const cy = cell.row * CELL;
    const size = CELL - GAP;
    parts.push(`<rect class="cell cell--l${cell.level}" data-level="${cell.level}" x="${cx}" y="${cy}" width="${size}" height="${size}"/>`);
    // The innermost level also gets a dot: the levels differ in shape, not only in colour.
    if (cell.level === model.levels.length - 1 && model.levels.length > 1) {
      parts.push(`<circle class="cell-dot" cx="${cx + size / 2}" cy="${cy + size / 2}" r="${size / 5}"/>`);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
