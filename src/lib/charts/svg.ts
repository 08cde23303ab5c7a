/**
 * SVG markup for the charts, as strings: the page inlines them and the download endpoint
 * serves the very same markup (plus a <style>, since a downloaded file has no page CSS).
 * Marks carry classes named after their style (palette.ts), not colours, so the page's
 * light/dark/print tokens apply; the file embeds the light theme's colours.
 *
 * Each mark that stands for a figure sits in a <g data-figure> (a bar, a plan marker, a group
 * of waffle cells): the script of src/client/charts/ makes those the targets of the values
 * shown on touch, hover and keyboard, reading the figure's row of the table on the page.
 */
import { layoutBars, LINE, MARKER_OVERHANG, type BarLayout } from './bar-layout';
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

function open(width: string, height: number, o: SvgOptions, viewBox?: string, extraClass = ''): string {
  const ids = `${o.idPrefix}-title ${o.idPrefix}-desc`;
  const size = o.standalone ? `width="${STANDALONE_WIDTH}" height="${height}"` : `width="${width}" height="${height}"`;
  const ns = 'xmlns="http://www.w3.org/2000/svg"';
  const cls = `chart-svg${o.width ? ` chart-svg--${o.width}` : ''}${extraClass}`;
  // The wide copy repeats the narrow one's words: the search index reads only one of them.
  const ignore = o.width === 'wide' && !o.standalone ? ' data-pagefind-ignore=""' : '';
  return `<svg ${ns} class="${cls}"${ignore} role="img" aria-labelledby="${ids}" ${size}${viewBox ? ` viewBox="${viewBox}"` : ''}><title id="${o.idPrefix}-title">${x(o.title)}</title><desc id="${o.idPrefix}-desc">${x(o.description)}</desc>${o.standalone ? `<style>\n${standaloneStyle()}\n</style><rect class="chart-bg" width="100%" height="100%" fill="${CHART_COLOURS.light['--chart-bg']}"/>` : ''}`;
}

const SWATCH_W = 24;
const SWATCH_H = 12;

/** A legend swatch: a filled or outlined block, or a marker line across a short bar. */
function swatch(entry: LegendEntry, y: number): string {
  if (entry.style === 'plan') {
    const cx = SWATCH_W / 2;
    return `<line class="mark mark--plan" x1="${cx}" x2="${cx}" y1="${y + 2}" y2="${y + 20}"/>`;
  }
  return `<rect class="mark mark--${entry.style}" x="0.75" y="${y + 5}" width="${SWATCH_W}" height="${SWATCH_H}"/>`;
}

/** The legend as SVG rows at the top of the chart: one swatch and one name a row. */
function legendRows(legend: readonly LegendEntry[]): { svg: string; height: number } {
  const rows = legend.map((entry, i) => {
    const y = i * LINE;
    return `<g class="chart-legend" data-style="${entry.style}">${swatch(entry, y)}<text x="${SWATCH_W + 8}" y="${y + 16}">${x(entry.label)}</text></g>`;
  });
  return { svg: rows.join(''), height: legend.length > 0 ? legend.length * LINE + 10 : 0 };
}

const pct = (value: number) => `${value.toFixed(3)}%`;

/** Gridlines, zero line and tick labels of a value axis, drawn before the bars (behind them). */
function axisSvg(layout: BarLayout): string {
  const axis = layout.axis;
  if (!axis) return '';
  const last = axis.ticks.length - 1;
  const parts = axis.ticks.map((t, i) => {
    // The first label starts at the zero line, the last may end at the right edge; the others centre on their line.
    const anchor = i === 0 ? 'start' : i === last && t.pct > 92 ? 'end' : 'middle';
    const line = t.value === 0 ? '' : `<line class="chart-grid" x1="${pct(t.pct)}" x2="${pct(t.pct)}" y1="${axis.gridTop}" y2="${axis.gridBottom}"/>`;
    return `${line}<text x="${i === 0 ? '0.75' : pct(t.pct)}" y="${axis.labelY}" text-anchor="${anchor}">${x(t.label)}</text>`;
  });
  // The zero line is drawn at each bar only: a full-height line would run through the labels at the left edge.
  const zero = layout.sections.flatMap((s) => s.bars.map((b) => `<line class="chart-zero" x1="0.5" x2="0.5" y1="${b.barY - 3}" y2="${b.barY + b.height + 3}"/>`));
  return `<g class="chart-axis" aria-hidden="true">${parts.join('')}${zero.join('')}<text x="100%" y="${axis.unitY}" text-anchor="end">${x(axis.unitText)}</text></g>`;
}

/**
 * A label wrapped onto several <text> lines keeps the space between its words in the text a
 * screen reader and axe read (the lines' textContent, joined): "khoảng 408,2", not
 * "khoảng408,2", which would not match the mark's name (WCAG 2.5.3, label in name). SVG does
 * not draw a line's trailing space.
 */
function wordBreak(lines: readonly string[], i: number): string {
  return i < lines.length - 1 ? ' ' : '';
}

export function barChartSvg(model: BarChartModel, o: SvgOptions): { svg: string; layout: BarLayout } {
  const legend = legendRows(model.legend);
  const wide = o.standalone || o.width === 'wide';
  const layout = layoutBars(model.sections, model.scale, { maxChars: wide ? WIDE_LINE_CHARS : MAX_LINE_CHARS, top: legend.height, axisUnit: model.axisUnit, tickCount: wide ? 6 : 3 });
  const parts: string[] = [open('100%', layout.height, o, undefined, layout.axis ? ' chart-svg--axis' : ''), legend.svg, axisSvg(layout)];
  for (const section of layout.sections) {
    section.titleLines?.forEach((line, i) => parts.push(`<text class="chart-section-title" x="0" y="${section.titleYs![i]}">${x(line)}</text>`));
    if (section.note && section.noteY !== undefined) parts.push(`<text class="chart-note" x="100%" y="${section.noteY}" text-anchor="end">${x(section.note)}</text>`);
    for (const bar of section.bars) {
      parts.push(`<g class="bar" data-figure="${x(bar.key)}" data-value="${bar.value}" data-style="${bar.style}">`);
      bar.lines.forEach((line, i) => parts.push(`<text x="0" y="${bar.lineYs[i]}">${x(line)}${wordBreak(bar.lines, i)}</text>`));
      // A zero-length bar is still drawn as a hairline so that "0" is visible, not missing.
      // Outlines are inset by half their stroke so the stroke is not cut at the edge.
      const width = bar.widthPct > 0 ? pct(bar.widthPct) : '1';
      parts.push(`<rect class="mark mark--${bar.style}" x="0.75" y="${bar.barY}" width="${width}" height="${bar.height}"><title>${x(bar.text)}</title></rect>`);
      parts.push('</g>');
      const m = bar.placedMarker;
      if (m) {
        // The plan: a line across the bar (past its edges by MARKER_OVERHANG), set off by a halo.
        // Kept a hair inside the right edge so that a plan at the chart's maximum is not cut in half.
        const mx = pct(Math.min(m.xPct, 99.6));
        const y1 = bar.barY - MARKER_OVERHANG;
        const y2 = bar.barY + bar.height + MARKER_OVERHANG;
        parts.push(`<g class="bar bar--marker" data-figure="${x(m.key)}" data-value="${m.value}" data-style="${m.style}">`);
        m.lines.forEach((line, i) => parts.push(`<text x="0" y="${m.lineYs[i]}">${x(line)}${wordBreak(m.lines, i)}</text>`));
        // A wide invisible stroke gives the thin line a target a finger can hit (page CSS only).
        parts.push(`<line class="mark-hit" x1="${mx}" x2="${mx}" y1="${y1}" y2="${y2}"/><line class="mark-halo" x1="${mx}" x2="${mx}" y1="${y1}" y2="${y2}"/>`);
        parts.push(`<line class="mark mark--${m.style}" x1="${mx}" x2="${mx}" y1="${y1}" y2="${y2}"><title>${x(m.text)}</title></line>`);
        parts.push('</g>');
      }
    }
  }
  parts.push('</svg>');
  return { svg: parts.join(''), layout };
}

/** Cells a row: 20 on a phone (a cell of 11 px or more at 320 px), 40 where the chart is wide. */
export const WAFFLE_COLUMNS = 20;
export const WAFFLE_COLUMNS_WIDE = 40;
const CELL = 14;
const GAP = 2;

/**
 * The waffle: one cell per unit, 20 (or, wide, 40) to a row, each colour's cells in one
 * <g data-figure> (the figure that counts them), so a tap on any cell shows that group's figure.
 * The SVG scales to its box (viewBox): it fills the chart's width at any size.
 */
export function waffleSvg(model: WaffleModel, o: SvgOptions): string {
  const columns = o.width === 'wide' ? WAFFLE_COLUMNS_WIDE : WAFFLE_COLUMNS;
  const cells = waffleCells(model.total.value, model.levels.map((l) => l.count.value), columns);
  const rows = Math.ceil(cells.length / columns);
  const width = columns * CELL;
  const height = rows * CELL;
  const parts = [open('100%', height, o, `0 0 ${width} ${height}`)];
  const size = CELL - GAP;
  for (const group of model.groups) {
    const figure = group.level >= 0 ? model.levels[group.level]!.count : model.total;
    parts.push(`<g class="waffle-group" data-figure="${x(figure.id)}" data-value="${group.cells}" data-style="${group.style}" data-level="${group.level}"><title>${x(group.label)}</title>`);
    for (const cell of cells.filter((c) => c.level === group.level)) {
      const cx = cell.column * CELL;
      const cy = cell.row * CELL;
      parts.push(`<rect class="cell mark mark--${group.style}" data-level="${cell.level}" x="${cx}" y="${cy}" width="${size}" height="${size}"/>`);
      // The innermost level also gets a dot: the levels differ in shape, not only in colour.
      if (cell.level === model.levels.length - 1 && model.levels.length > 1) {
        parts.push(`<circle class="cell-dot" cx="${cx + size / 2}" cy="${cy + size / 2}" r="${size / 5}"/>`);
      }
    }
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('');
}
