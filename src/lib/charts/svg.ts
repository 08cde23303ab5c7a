/**
 * SVG markup for the charts, as strings: the page inlines them and the download endpoint
 * serves the very same markup (plus a <style>, since a downloaded file has no page CSS).
 * Marks carry classes named after their style (palette.ts), not colours, so the page's
 * light/dark/print tokens apply; the file embeds the light theme's colours.
 */
import { layoutBars, LINE, type BarLayout } from './bar-layout';
import type { BarChartModel, LegendEntry, WaffleModel } from './chart-model';
import { escapeXml as x } from './escape';
import { CHART_COLOURS, standaloneStyle } from './palette';
import { MAX_LINE_CHARS, WIDE_LINE_CHARS } from './text-wrap';
import { waffleCells } from './waffle';

export interface SvgOptions {
  /** Unique per page: prefixes the ids of <title> and <desc>. */
  idPrefix: string;
  title: string;
  description: string;
  /** A file of its own: fixed width, embedded colours. */
  standalone?: boolean;
  /**
   * Labels wrapped for a narrow screen (about 34 characters a line) or for the chart's full
   * width (about 80). The page carries both and shows one by the chart's width (CSS container
   * query), so labels use the width available without JavaScript.
   */
  width?: 'narrow' | 'wide';
}

export const STANDALONE_WIDTH = 640;

function open(width: string, height: number, o: SvgOptions, viewBox?: string): string {
  const ids = `${o.idPrefix}-title ${o.idPrefix}-desc`;
  const size = o.standalone ? `width="${STANDALONE_WIDTH}" height="${height}"` : `width="${width}" height="${height}"`;
  const ns = 'xmlns="http://www.w3.org/2000/svg"';
  const cls = `chart-svg${o.width ? ` chart-svg--${o.width}` : ''}`;
  // The wide copy repeats the narrow one's words: the search index reads only one of them.
  const ignore = o.width === 'wide' && !o.standalone ? ' data-pagefind-ignore=""' : '';
  return `<svg ${ns} class="${cls}"${ignore} role="img" aria-labelledby="${ids}" ${size}${viewBox ? ` viewBox="${viewBox}"` : ''}><title id="${o.idPrefix}-title">${x(o.title)}</title><desc id="${o.idPrefix}-desc">${x(o.description)}</desc>${o.standalone ? `<style>\n${standaloneStyle()}\n</style><rect class="chart-bg" width="100%" height="100%" fill="${CHART_COLOURS.light['--chart-bg']}"/>` : ''}`;
}

const SWATCH_W = 24;
const SWATCH_H = 12;

/** The legend as SVG rows at the top of the chart: one swatch and one name a row. */
function legendRows(legend: readonly LegendEntry[]): { svg: string; height: number } {
  const rows = legend.map((entry, i) => {
    const y = i * LINE;
    return `<g class="chart-legend" data-style="${entry.style}"><rect class="mark mark--${entry.style}" x="0.75" y="${y + 5}" width="${SWATCH_W}" height="${SWATCH_H}"/><text x="${SWATCH_W + 8}" y="${y + 16}">${x(entry.label)}</text></g>`;
  });
  return { svg: rows.join(''), height: legend.length > 0 ? legend.length * LINE + 10 : 0 };
}

export function barChartSvg(model: BarChartModel, o: SvgOptions): { svg: string; layout: BarLayout } {
  const legend = legendRows(model.legend);
  const wide = o.standalone || o.width === 'wide';
  const layout = layoutBars(model.sections, model.scale, wide ? WIDE_LINE_CHARS : MAX_LINE_CHARS, legend.height);
  const parts: string[] = [open('100%', layout.height, o), legend.svg];
  for (const section of layout.sections) {
    section.titleLines?.forEach((line, i) => parts.push(`<text class="chart-section-title" x="0" y="${section.titleYs![i]}">${x(line)}</text>`));
    for (const bar of section.bars) {
      parts.push(`<g class="bar" data-figure="${x(bar.key)}" data-value="${bar.value}" data-style="${bar.style}">`);
      bar.lines.forEach((line, i) => parts.push(`<text x="0" y="${bar.lineYs[i]}">${x(line)}</text>`));
      // A zero-length bar is still drawn as a hairline so that "0" is visible, not missing.
      // Outlines are inset by half their stroke so the stroke is not cut at the edge.
      const width = bar.widthPct > 0 ? `${bar.widthPct.toFixed(3)}%` : '1';
      parts.push(
        `<rect class="mark mark--${bar.style}" x="0.75" y="${bar.barY}" width="${width}" height="${layout.barHeight}"><title>${x(bar.text)}</title></rect>`,
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
  const styleOf = new Map(model.groups.map((g) => [g.level, g.style]));
  const rows = Math.ceil(cells.length / WAFFLE_COLUMNS);
  const width = WAFFLE_COLUMNS * CELL;
  const height = rows * CELL;
  const parts = [open('100%', height, o, `0 0 ${width} ${height}`)];
  for (const cell of cells) {
    const cx = cell.column * CELL;
    const cy = cell.row * CELL;
    const size = CELL - GAP;
    parts.push(`<rect class="cell mark mark--${styleOf.get(cell.level)}" data-level="${cell.level}" x="${cx}" y="${cy}" width="${size}" height="${size}"/>`);
    // The innermost level also gets a dot: the levels differ in shape, not only in colour.
    if (cell.level === model.levels.length - 1 && model.levels.length > 1) {
      parts.push(`<circle class="cell-dot" cx="${cx + size / 2}" cy="${cy + size / 2}" r="${size / 5}"/>`);
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
