/**
 * Ordering of dated items whose dates have different precisions. An item dated "2022" is
 * placed at the start of 2022, before "12/04/2022"; at the same start a coarser date comes
 * first. The same rule orders the home page (reversed) and the timeline.
 */
import type { PartialDate, Precision } from '../schemas/partial-date';
import type { When } from '../schemas/timeline-event';
import { endOf, startOf } from './date-format';

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export function compareDates(a: Pick<PartialDate, 'date' | 'precision'>, b: Pick<PartialDate, 'date' | 'precision'>): number {
  const byStart = startOf(a).getTime() - startOf(b).getTime();
  if (byStart !== 0) return byStart;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** Newest first, by a date picked from each item; ties keep a stable order by `tieBreak`. */
export function newestFirst<T>(items: readonly T[], dateOf: (item: T) => PartialDate, tieBreak: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareDates(dateOf(b), dateOf(a)) || tieBreak(a).localeCompare(tieBreak(b)));
}

/** The neighbours of an item in a list: previous is the one before it (newer), next after. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: index < items.length - 1 ? items[index + 1] : undefined };
}

/** A timeline `when` (the schema's When, src/schemas/timeline-event.ts): only the parts ordering reads. */
export type DateLike = Pick<PartialDate, 'date' | 'precision'>;
type Point = Extract<When, { type: 'point' }>;
type Period = Extract<When, { type: 'period' }>;
export type WhenLike = (Pick<Point, 'date' | 'precision'> & { type: Point['type'] }) | { type: Period['type']; start: Pick<Period['start'], 'date' | 'precision'>; end: Pick<Period['end'], 'date' | 'precision'> };

/** The first and the last day a `when` may cover: "2022" → 01/01/2022 to 31/12/2022. */
export function spanOf(when: WhenLike): { start: Date; end: Date } {
  return when.type === 'period' ? { start: startOf(when.start), end: endOf(when.end) } : { start: startOf(when), end: endOf(when) };
}

/**
 * Timeline order: by the first day covered; at the same first day the wider item comes first
 * (2020–2025, then 2020, then 01/2020, then 01/01/2020), as a heading comes before its details.
 */
export function compareWhen(a: WhenLike, b: WhenLike): number {
  const sa = spanOf(a);
  const sb = spanOf(b);
  return sa.start.getTime() - sb.start.getTime() || sb.end.getTime() - sa.end.getTime();
}
