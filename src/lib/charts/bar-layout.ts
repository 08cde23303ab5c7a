/**
 * Geometry of labelled horizontal bars: each bar has a line of text above it and a length
 * proportional to its value. Lengths are percentages of the chart width (d3-scale), so the
 * SVG fills any screen from 320 px up while its text keeps the page's font size.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { MarkStyle } from './palette';
import { MAX_LINE_CHARS, wrapText } from './text-wrap';

export interface BarInput {
  key: string;
  /** Text above the bar: it names the bar, so every bar is directly labelled. */
  text: string;
  value: number;
  /** The mark's style (palette.ts): one meaning per style across the site. */
  style: MarkStyle;
}

export interface SectionInput {
  title?: string;
  bars: BarInput[];
}

export interface PlacedBar extends BarInput {
  /** The text wrapped to the chart's width (SVG text does not wrap). */
  lines: string[];
  /** Baseline of each text line. */
  lineYs: number[];
  barY: number;
  /** Length in percent of the plotting width, 0–100. */
  widthPct: number;
}

export interface PlacedSection {
  title?: string;
  /** The title wrapped like the labels, with the baseline of each line. */
  titleLines?: string[];
  titleYs?: number[];
  bars: PlacedBar[];
}

export interface BarLayout {
  height: number;
  sections: PlacedSection[];
  barHeight: number;
}

export const LINE = 22;
export const BAR_HEIGHT = 16;
const GAP_AFTER_BAR = 10;
const GAP_AFTER_SECTION = 14;

/**
 * `shared` scale: every bar on one axis (same unit). `per-section`: each section has its own
 * axis, for small multiples of different units (a growth rate next to a GRDP in USD).
 */
export function layoutBars(sections: readonly SectionInput[], scale: 'shared' | 'per-section', maxChars = MAX_LINE_CHARS, top = 0): BarLayout {
  const chartMax = max(sections.flatMap((s) => s.bars.map((b) => b.value))) ?? 0;
  let y = top;
  const placed = sections.map((section) => {
    const domainMax = scale === 'shared' ? chartMax : (max(section.bars, (b) => b.value) ?? 0);
    const x = scaleLinear().domain([0, domainMax || 1]).range([0, 100]);
    const out: PlacedSection = { bars: [] };
    if (section.title) {
      out.title = section.title;
      out.titleLines = wrapText(section.title, maxChars);
      out.titleYs = out.titleLines.map(() => {
        y += LINE;
        return y - 5;
      });
    }
    for (const bar of section.bars) {
      if (bar.value < 0) throw new RangeError(`bar "${bar.key}" has a negative value; bar charts start at zero`);
      const lines = wrapText(bar.text, maxChars);
      const lineYs = lines.map(() => {
        y += LINE;
        return y - 5;
      });
      const barY = y;
      y += BAR_HEIGHT + GAP_AFTER_BAR;
      out.bars.push({ ...bar, lines, lineYs, barY, widthPct: Math.max(0, x(bar.value)) });
    }
    y += GAP_AFTER_SECTION;
    return out;
  });
  return { height: Math.ceil(y), sections: placed, barHeight: BAR_HEIGHT };
}
