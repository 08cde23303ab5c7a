/**
 * The visual header of an explainer: its own timeline events on one line, between the first and
 * the last year they touch, drawn at build (ArticleStrip.astro prints the SVG). Pure geometry
 * with d3-scale; dates are the events' partial dates ("2022", "2022-04", "2022-04-12"), placed
 * at the middle of the period they name (a year in its middle, a month in its middle).
 */
import { scaleLinear } from 'd3-scale';

export interface StripEvent {
  id: string;
  /** A point in time, or a period's start. */
  start: string;
  /** A period's end (its last year, month or day). */
  end?: string | undefined;
  planned: boolean;
}

export interface StripMark {
  id: string;
  x: number;
  /** The end of a period's bar; absent for a point. */
  x2?: number | undefined;
  planned: boolean;
}

export interface StripLayout {
  firstYear: number;
  lastYear: number;
  marks: StripMark[];
  /** Where the axis runs, in the drawing's units. */
  x0: number;
  x1: number;
}

/** A partial date as a fractional year: "2022" → 2022.5, "2022-04" → 2022.29, "2022-04-12" → 2022.28. */
export function yearOf(date: string, at: 'middle' | 'end' = 'middle'): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + (at === 'end' ? 1 : 0.5);
  if (d === undefined) return y + (m - (at === 'end' ? 0 : 0.5)) / 12;
  return y + (m - 1) / 12 + d / 365;
}

/** Lays the events out between x0 and x1, the axis running from the first year's start to the last year's end. */
export function layOutStrip(events: readonly StripEvent[], x0: number, x1: number): StripLayout | undefined {
  if (events.length === 0) return undefined;
  const starts = events.map((e) => yearOf(e.start));
  const ends = events.map((e) => (e.end ? yearOf(e.end, 'end') : yearOf(e.start)));
  const firstYear = Math.floor(Math.min(...starts));
  const lastYear = Math.max(Math.ceil(Math.max(...ends)) - 1, firstYear);
  const x = scaleLinear().domain([firstYear, lastYear + 1]).range([x0, x1]);
  const marks = events.map((e, i) => ({
    id: e.id,
    x: x(starts[i]!),
    x2: e.end ? x(ends[i]!) : undefined,
    planned: e.planned,
  }));
  return { firstYear, lastYear, marks, x0, x1 };
}
