/**
 * Groups of the timeline by term of office ("nhiệm kỳ"), derived from the events of kind
 * `term` rather than written by hand: a new term in the content makes a new group. An event
 * belongs to the term in which it starts; a year shared by two terms (2025 ends one and opens
 * the next) belongs to the later one, because the congress that opens it is held that year.
 * Events before the first term form "Trước năm …", after the last "Sau năm …".
 */
import type { WhenLike } from '../date-order';
import { spanOf } from '../date-order';

export interface Term {
  startYear: number;
  endYear: number;
}

export interface Group<T> {
  /** Anchor of the group heading; prefixed so it never equals an event id. */
  id: string;
  label: string;
  items: T[];
}

/** The terms named by the given periods, in order, without duplicates. */
export function termsFrom(periods: readonly WhenLike[]): Term[] {
  const seen = new Map<string, Term>();
  for (const when of periods) {
    if (when.type !== 'period') continue;
    const term = { startYear: spanOf(when).start.getUTCFullYear(), endYear: spanOf(when).end.getUTCFullYear() };
    seen.set(`${term.startYear}-${term.endYear}`, term);
  }
  return [...seen.values()].sort((a, b) => a.startYear - b.startYear);
}

type Slot = { kind: 'before' } | { kind: 'term'; term: Term } | { kind: 'after' } | { kind: 'all' };

function slotOf(year: number, terms: readonly Term[]): Slot {
  if (terms.length === 0) return { kind: 'all' };
  if (year < terms[0]!.startYear) return { kind: 'before' };
  for (let i = terms.length - 1; i >= 0; i--) {
    const term = terms[i]!;
    if (year >= term.startYear) return year <= term.endYear ? { kind: 'term', term } : { kind: 'after' };
  }
  return { kind: 'after' };
}

function describe(slot: Slot, terms: readonly Term[]): { id: string; label: string } {
  switch (slot.kind) {
    case 'all':
      return { id: 'giai-doan-tat-ca', label: 'Các sự kiện' };
    case 'before':
      return { id: `giai-doan-truoc-${terms[0]!.startYear}`, label: `Trước năm ${terms[0]!.startYear}` };
    case 'after':
      return { id: `giai-doan-sau-${terms.at(-1)!.endYear}`, label: `Sau năm ${terms.at(-1)!.endYear}` };
    case 'term':
      return { id: `giai-doan-${slot.term.startYear}-${slot.term.endYear}`, label: `Nhiệm kỳ ${slot.term.startYear}–${slot.term.endYear}` };
  }
}

/** Splits items (already in timeline order) into groups; empty groups are left out. */
export function groupByTerm<T>(items: readonly T[], whenOf: (item: T) => WhenLike, terms: readonly Term[]): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const { id, label } = describe(slotOf(spanOf(whenOf(item)).start.getUTCFullYear(), terms), terms);
    let group = groups.get(id);
    if (!group) {
      group = { id, label, items: [] };
      groups.set(id, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
