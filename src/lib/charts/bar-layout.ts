/**
 * Geometry of labelled horizontal bars: each bar has a line of text above it and a length
 * proportional to its value. Lengths are percentages of the chart width (d3-scale), so the
 * SVG fills any screen from 320 px up while its text keeps the page's font size. A bar may
 * carry a marker (the plan, drawn as a line across the actual bar: a bullet chart), and a
 * chart on one shared scale may carry a light value axis with gridlines.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { formatNumber } from '../number-format';
import type { MarkStyle } from './palette';
import { MAX_LINE_CHARS, wrapText } from './text-wrap';

/** A second value drawn across a bar as a line: the plan on the actual bar. */
export interface MarkerInput {
  key: string;
  value: number;
  /** Text that names the marker and says its value ("Kế hoạch: 5.300 tỷ đồng"). */
  text: string;
  style: MarkStyle;
}

export interface BarInput {
  key: string;
  /** Text above the bar: it names the bar, so every bar is directly labelled. */
  text: string;
  value: number;
  /** The mark's style (palette.ts): one meaning per style across the site. */
  style: MarkStyle;
  marker?: MarkerInput | undefined;
}

export interface SectionInput {
  title?: string;
  /** A short figure said beside the title, right-aligned ("101% kế hoạch"). */
  note?: string | undefined;
  bars: BarInput[];
}

export interface PlacedMarker extends MarkerInput {
  lines: string[];
  lineYs: number[];
  /** Position in percent of the plotting width. */
  xPct: number;
}

export interface PlacedBar extends BarInput {
  /** The text wrapped to the chart's width (SVG text does not wrap). */
  lines: string[];
  /** Baseline of each text line. */
  lineYs: number[];
  barY: number;
  /** Thickness: a bar crossed by a marker is thicker (BULLET_HEIGHT). */
  height: number;
  /** Length in percent of the plotting width, 0–100. */
  widthPct: number;
  placedMarker?: PlacedMarker | undefined;
}

export interface PlacedSection {
  title?: string;
  /** The title wrapped like the labels, with the baseline of each line. */
  titleLines?: string[];
  titleYs?: number[];
  note?: string | undefined;
  /** Baseline of the note: the title's first line, or a line of its own when both do not fit. */
  noteY?: number;
  bars: PlacedBar[];
}

export interface AxisTick {
  value: number;
  pct: number;
  label: string;
}

export interface PlacedAxis {
  ticks: AxisTick[];
  /** Gridlines run from here… */
  gridTop: number;
  /** …to the axis line. */
  gridBottom: number;
  labelY: number;
  /** "Đơn vị: tỷ đồng", under the tick labels. */
  unitText: string;
  unitY: number;
}

export interface BarLayout {
  height: number;
  sections: PlacedSection[];
  barHeight: number;
  axis?: PlacedAxis | undefined;
}

export const LINE = 22;
export const BAR_HEIGHT = 16;
/** A bar crossed by a marker is thicker, so the marker's overhang reads as a tick across it. */
export const BULLET_HEIGHT = 22;
/** How far a marker reaches past the bar's edges. */
export const MARKER_OVERHANG = 5;
const GAP_AFTER_BAR = 10;
const GAP_AFTER_SECTION = 14;

export interface LayoutOptions {
  maxChars?: number;
  /** Room above the first section (the legend). */
  top?: number;
  /** Draw a value axis with this unit under the bars (shared scale only). */
  axisUnit?: string | undefined;
  /** How many axis intervals to aim for (d3's ticks(count)): fewer on a narrow chart. */
  tickCount?: number;
}

/**
 * `shared` scale: every bar on one axis (same unit). `per-section`: each section has its own
 * axis, for small multiples of different units (a growth rate next to a GRDP in USD).
 */
export function layoutBars(sections: readonly SectionInput[], scale: 'shared' | 'per-section', options: LayoutOptions | number = {}, legacyTop = 0): BarLayout {
  const o: LayoutOptions = typeof options === 'number' ? { maxChars: options, top: legacyTop } : options;
  const maxChars = o.maxChars ?? MAX_LINE_CHARS;
  const valuesOf = (bars: readonly BarInput[]) => bars.flatMap((b) => [b.value, ...(b.marker ? [b.marker.value] : [])]);
  const chartMax = max(sections.flatMap((s) => valuesOf(s.bars))) ?? 0;
  let y = o.top ?? 0;
  const line = () => {
    y += LINE;
    return y - 5;
  };
  let firstBarTop: number | undefined;
  const placed = sections.map((section) => {
    const domainMax = scale === 'shared' ? chartMax : (max(valuesOf(section.bars)) ?? 0);
    const x = scaleLinear().domain([0, domainMax || 1]).range([0, 100]);
    const out: PlacedSection = { bars: [] };
    if (section.title) {
      out.title = section.title;
      out.titleLines = wrapText(section.title, maxChars);
      out.titleYs = out.titleLines.map(line);
      if (section.note) {
        out.note = section.note;
        // The note shares the title's first line when both fit, else takes a line of its own.
        const fits = out.titleLines.length === 1 && out.titleLines[0]!.length + section.note.length + 3 <= maxChars;
        out.noteY = fits ? out.titleYs[0]! : line();
      }
    }
    for (const bar of section.bars) {
      if (bar.value < 0 || (bar.marker && bar.marker.value < 0)) throw new RangeError(`bar "${bar.key}" has a negative value; bar charts start at zero`);
      const lines = wrapText(bar.text, maxChars);
      const lineYs = lines.map(line);
      let placedMarker: PlacedMarker | undefined;
      if (bar.marker) {
        const markerLines = wrapText(bar.marker.text, maxChars);
        placedMarker = { ...bar.marker, lines: markerLines, lineYs: markerLines.map(line), xPct: Math.max(0, x(bar.marker.value)) };
      }
      const height = bar.marker ? BULLET_HEIGHT : BAR_HEIGHT;
      const barY = y + (bar.marker ? MARKER_OVERHANG : 0);
      firstBarTop ??= barY - (bar.marker ? MARKER_OVERHANG : 0);
      y = barY + height + (bar.marker ? MARKER_OVERHANG : 0) + GAP_AFTER_BAR;
      out.bars.push({ ...bar, lines, lineYs, barY, height, widthPct: Math.max(0, x(bar.value)), placedMarker });
    }
    y += GAP_AFTER_SECTION;
    return out;
  });
  const barHeight = sections.some((s) => s.bars.some((b) => b.marker)) ? BULLET_HEIGHT : BAR_HEIGHT;
  let axis: PlacedAxis | undefined;
  if (o.axisUnit !== undefined && scale === 'shared' && chartMax > 0) {
    const x = scaleLinear().domain([0, chartMax]).range([0, 100]);
    const ticks = x.ticks(o.tickCount ?? 5).map((value) => ({ value, pct: x(value), label: formatNumber(value) }));
    const gridBottom = y - GAP_AFTER_SECTION + 4;
    const labelY = gridBottom + 16;
    axis = { ticks, gridTop: firstBarTop ?? 0, gridBottom, labelY, unitText: `Đơn vị: ${o.axisUnit}`, unitY: labelY + 18 };
    y = axis.unitY + 8;
  }
  return { height: Math.ceil(y), sections: placed, barHeight, axis };
}
