/**
 * The timeline by year: the sticky year headings of the list and the year index that stays at
 * the top on a phone (a compact overview that jumps to a year and shows where the reader is).
 * An event belongs to the year in which it starts, as it belongs to the term that holds that
 * year (./terms.ts), so a year never straddles two term groups.
 */
import type { WhenLike } from '../date-order';
import { spanOf } from '../date-order';

export interface YearGroup<T> {
  year: number;
  /** Anchor of the year heading ("nam-2024"); never an event id (those are slugs of words). */
  id: string;
  items: T[];
}

export const yearAnchor = (year: number) => `nam-${year}`;

export const startYear = (when: WhenLike) => spanOf(when).start.getUTCFullYear();

/** Splits items (in timeline order) into runs of one start year, in order. */
export function groupByYear<T>(items: readonly T[], whenOf: (item: T) => WhenLike): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const year = startYear(whenOf(item));
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, id: yearAnchor(year), items: [item] });
  }
  return groups;
}

/** The precision class of an event's rail mark: each precision its own glyph, a period a bar. */
export function precisionOf(when: WhenLike): 'day' | 'month' | 'year' | 'period' {
  return when.type === 'period' ? 'period' : when.precision;
}
