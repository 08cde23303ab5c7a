/**
 * Geometry of the time-axis overview, computed at build with d3-scale and d3-time (no d3 in
 * the browser). Within the years where something starts or ends, time is linear: a day takes
 * the same width everywhere (a year is about `pxPerYear` wide). A run of `minBreakYears` or
 * more years where nothing starts or ends is compressed into a narrow break (`breakWidth`),
 * drawn as such, so that the overview opens on events rather than on empty years (2008–2011
 * and 2013–2019 in the content today). An event known to the day, the month or the year is a
 * point at the middle of that day, month or year, each precision with its own glyph (a dot, a
 * diamond, a ring): a year-only event is never drawn as a year-long bar, which would read as a
 * duration. Only a period is a bar, from its start to its end. Labels sit above their mark;
 * lanes (./lanes.ts) keep any two labels from colliding.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcYear } from 'd3-time';
import type { WhenLike } from '../date-order';
import { spanOf } from '../date-order';
import { assignLanes } from './lanes';

/** The glyph of a mark: one per precision of a date, and a bar for a period. */
export type MarkShape = 'day' | 'month' | 'year' | 'period';

export interface AxisItem {
  id: string;
  when: WhenLike;
  label: string;
}

export interface AxisOptions {
  pxPerYear: number;
  /** Average advance of one label character, in px, at the label font size. */
  charWidth: number;
  laneHeight: number;
  /** Room above the first lane, for the year labels repeated at the top. */
  top: number;
  /** Room below the last lane, for the axis and its year labels. */
  axisHeight: number;
  side: number;
  pointRadius: number;
  /** Minimum free space between two labels in one lane. */
  gap: number;
  /** Runs of at least this many years without a start or an end are compressed… */
  minBreakYears: number;
  /** …to this width. */
  breakWidth: number;
}

export const DEFAULT_AXIS: AxisOptions = { pxPerYear: 84, charWidth: 7, laneHeight: 32, top: 26, axisHeight: 30, side: 12, pointRadius: 5, gap: 12, minBreakYears: 3, breakWidth: 32 };

export interface Mark {
  id: string;
  shape: MarkShape;
  label: string;
  lane: number;
  /** Left and right edge of the bar; equal for a point. */
  x1: number;
  x2: number;
  /** Centre line of the bar or point. */
  y: number;
  labelX: number;
  labelY: number;
  /** Right edge of the label, used to prove labels never overlap. */
  labelEnd: number;
}

export interface Tick {
  year: number;
  /** Where the year begins. */
  x: number;
  /** The middle of the year, where its label goes. */
  labelX: number;
}

/** A compressed run of empty years: from the start of `fromYear` to the end of `toYear`. */
export interface AxisBreak {
  fromYear: number;
  toYear: number;
  x1: number;
  x2: number;
}

export interface AxisLayout {
  width: number;
  height: number;
  axisY: number;
  /** Where the axis line starts and ends (the first and the last new year). */
  axisStart: number;
  axisEnd: number;
  lanes: number;
  marks: Mark[];
  ticks: Tick[];
  breaks: AxisBreak[];
}

export function shapeOf(when: WhenLike): MarkShape {
  return when.type === 'period' ? 'period' : when.precision;
}

/** Estimated width of a label; generous, so that estimates never let two labels touch. */
export function labelWidth(label: string, charWidth: number): number {
  return Math.ceil([...label].length * charWidth);
}

export function layoutAxis(items: readonly AxisItem[], options: AxisOptions = DEFAULT_AXIS): AxisLayout {
  const o = options;
  if (items.length === 0) return { width: 2 * o.side, height: o.top + o.axisHeight, axisY: o.top, axisStart: o.side, axisEnd: o.side, lanes: 0, marks: [], ticks: [], breaks: [] };
  const spans = items.map((item) => spanOf(item.when));
  const first = utcYear.floor(new Date(Math.min(...spans.map((s) => s.start.getTime()))));
  // The last covered day ends at the next midnight; the axis ends at the following new year.
  const last = utcYear.ceil(utcDay.offset(new Date(Math.max(...spans.map((s) => s.end.getTime()))), 1));
  const { domain, range, breaks: runs } = brokenDomain(first, last, spans, o);
  const x = scaleUtc().domain(domain).range(range);
  const breaks: AxisBreak[] = runs.map((r) => ({ fromYear: r.start.getUTCFullYear(), toYear: r.end.getUTCFullYear() - 1, x1: x(r.start), x2: x(r.end) }));
  const inBreak = (year: number) => breaks.some((b) => year >= b.fromYear && year <= b.toYear);

  const geometry = items.map((item, i) => {
    const span = spans[i]!;
    const shape = shapeOf(item.when);
    // A dated point sits at the middle of the day, month or year it names; a period runs from
    // its first to past its last day.
    const end = x(utcDay.offset(span.end, 1));
    const x1 = shape === 'period' ? x(span.start) : (x(span.start) + end) / 2;
    const x2 = shape === 'period' ? end : x1;
    const labelX = shape === 'period' ? x1 : x1 - o.pointRadius;
    const labelEnd = labelX + labelWidth(item.label, o.charWidth);
    return { item, shape, x1, x2, labelX, labelEnd, extent: { start: Math.min(labelX, x1 - o.pointRadius), end: Math.max(labelEnd, x2 + o.pointRadius) } };
  });
  const lanes = assignLanes(
    geometry.map((g) => g.extent),
    o.gap,
  );
  const laneCount = Math.max(...lanes) + 1;
  const marks: Mark[] = geometry.map((g, i) => {
    const top = o.top + lanes[i]! * o.laneHeight;
    return {
      id: g.item.id,
      shape: g.shape,
      label: g.item.label,
      lane: lanes[i]!,
      x1: g.x1,
      x2: g.x2,
      y: top + o.laneHeight - 9,
      labelX: g.labelX,
      labelY: top + 13,
      labelEnd: g.labelEnd,
    };
  });
  const axisY = o.top + laneCount * o.laneHeight + 4;
  const ticks: Tick[] = x.ticks(utcYear.every(1)!).map((t) => ({
    year: t.getUTCFullYear(),
    x: x(t),
    labelX: (x(t) + x(utcYear.offset(t, 1))) / 2,
  }));
  // The domain's end is itself a year start: it closes the axis but labels no year; years
  // inside a break are not labelled either (the break says they are left out).
  const labelled = ticks.filter((t) => t.x < x(last) && !inBreak(t.year));
  const rightmost = Math.max(x(last), ...marks.map((m) => m.labelEnd));
  return { width: Math.ceil(rightmost + o.side), height: axisY + o.axisHeight, axisY, axisStart: x(first), axisEnd: x(last), lanes: laneCount, marks, ticks: labelled, breaks };
}

/**
 * The piecewise-linear domain of the scale: year starts mapped to x, every year `pxPerYear`
 * wide except runs of empty years, which share one `breakWidth`. A year is empty when no
 * span starts or ends in it (a long period passing through does not fill it).
 */
export function brokenDomain(first: Date, last: Date, spans: readonly { start: Date; end: Date }[], o: AxisOptions) {
  const busy = new Set(spans.flatMap((s) => [s.start.getUTCFullYear(), s.end.getUTCFullYear()]));
  const domain: Date[] = [first];
  const range: number[] = [o.side];
  const breaks: Array<{ start: Date; end: Date }> = [];
  let x = o.side;
  let year = first;
  while (year < last) {
    let runEnd = year;
    while (runEnd < last && !busy.has(runEnd.getUTCFullYear())) runEnd = utcYear.offset(runEnd, 1);
    const run = utcYear.count(year, runEnd);
    if (run >= o.minBreakYears) {
      breaks.push({ start: year, end: runEnd });
      x += o.breakWidth;
      year = runEnd;
    } else {
      x += o.pxPerYear * utcDay.count(year, utcYear.offset(year, 1)) / 365;
      year = utcYear.offset(year, 1);
    }
    domain.push(year);
    range.push(x);
  }
  return { domain, range, breaks };
}
