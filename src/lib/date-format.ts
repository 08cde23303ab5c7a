/**
 * Dates the way Vietnamese readers write them, never more precise than what is known:
 * "21/01/2026", "tháng 4/2022", "năm 2022", and "(ước đoán)" when the date is inferred.
 * The one home of the site's date helpers: pages, the timeline, citations (citation.ts,
 * cite-works.ts) and the citation block's access date (CiteThis.astro) all use these.
 */
import type { PartialDate, Precision } from '../schemas/partial-date';

export const INFERRED_LABEL = 'ước đoán';

/** A date as numbers, as precise as it is known (no month or day when they are not). */
export interface DateParts {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

/** Splits "2022-04-12" / "2022-04" / "2022" into numbers. The schema has validated the shape. */
export function dateParts(date: string): DateParts {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || Number.isNaN(y)) throw new RangeError(`dateParts: not a date: "${date}"`);
  return { year: y, month: m, day: d };
}

/** The parts a date's precision allows: the day of a month-precise date is dropped. */
export function datePartsAtPrecision(value: Pick<PartialDate, 'date' | 'precision'>): DateParts {
  const { year, month, day } = dateParts(value.date);
  if (value.precision === 'year') return { year };
  if (value.precision === 'month') return { year, month };
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "22/11/2026", "tháng 4/2022", "năm 2022": the site's date style, for the parts given. */
export function vietnameseDate(d: DateParts): string {
  if (d.month && d.day) return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
  if (d.month) return `tháng ${d.month}/${d.year}`;
  return `năm ${d.year}`;
}

/** A day of the reader's calendar (local time) in the site's style: the access date of a citation. */
export function vietnameseDay(date: Date): string {
  return vietnameseDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** The date alone: "21/01/2026", "tháng 4/2022", "năm 2022". */
export function formatDateOnly(date: string, precision: Precision): string {
  const { year, month, day } = dateParts(date);
  if (precision === 'year') return vietnameseDate({ year });
  if (precision === 'month') return vietnameseDate({ year, month: month ?? 1 });
  return vietnameseDate({ year, month: month ?? 1, day: day ?? 1 });
}

/** The date with its "(ước đoán)" label when inferred: "năm 2022 (ước đoán)". */
export function formatPartialDate(value: Pick<PartialDate, 'date' | 'precision' | 'inferred'>): string {
  const text = formatDateOnly(value.date, value.precision);
  return value.inferred ? `${text} (${INFERRED_LABEL})` : text;
}

/** A valid HTML `<time datetime>` value of the same precision: "2026-01-21", "2022-04", "2022". */
export function datetimeAttribute(value: Pick<PartialDate, 'date' | 'precision'>): string {
  const { year, month, day } = dateParts(value.date);
  const y = String(year).padStart(4, '0');
  if (value.precision === 'year') return y;
  if (value.precision === 'month') return `${y}-${pad(month ?? 1)}`;
  return `${y}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
}

/**
 * The first instant the date may refer to, in UTC: used for sorting ("newest first") and for
 * machine-readable metadata that has no notion of precision (RSS, article:published_time).
 */
export function startOf(value: Pick<PartialDate, 'date'>): Date {
  const { year, month, day } = dateParts(value.date);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** The last day the date may refer to: 2022 → 31/12/2022, 2022-04 → 30/04/2022. */
export function endOf(value: Pick<PartialDate, 'date' | 'precision'>): Date {
  const { year, month, day } = dateParts(value.date);
  if (value.precision === 'year') return new Date(Date.UTC(year, 11, 31));
  if (value.precision === 'month') return new Date(Date.UTC(year, month ?? 1, 0));
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

type DateValue = Pick<PartialDate, 'date' | 'precision' | 'inferred'> & { reason?: string | undefined };
export type WhenValue = (DateValue & { type: 'point' }) | { type: 'period'; start: DateValue; end: DateValue };

/**
 * A period as a reader writes it, in three parts (start, separator, end) so that each end can
 * sit in its own <time>: "2020–2025", "tháng 1–3/2023", "05/05/2022 – năm 2024". Each end
 * keeps its own precision; nothing finer than what is known is shown.
 */
export function periodParts(start: Pick<PartialDate, 'date' | 'precision'>, end: Pick<PartialDate, 'date' | 'precision'>): [string, string, string] {
  const a = dateParts(start.date);
  const b = dateParts(end.date);
  if (start.precision === 'year' && end.precision === 'year') return [`${a.year}`, '–', `${b.year}`];
  if (start.precision === 'month' && end.precision === 'month' && a.year === b.year) return [`tháng ${a.month}`, '–', `${b.month}/${b.year}`];
  return [formatDateOnly(start.date, start.precision), ' – ', formatDateOnly(end.date, end.precision)];
}

export function formatPeriodOnly(start: Pick<PartialDate, 'date' | 'precision'>, end: Pick<PartialDate, 'date' | 'precision'>): string {
  return periodParts(start, end).join('');
}

/** True when any part of the `when` is inferred rather than printed in an article. */
export function isInferred(when: WhenValue): boolean {
  return when.type === 'period' ? when.start.inferred || when.end.inferred : when.inferred;
}

/** A point or a period, with "(ước đoán)" when any part of it is inferred. */
export function formatWhen(when: WhenValue): string {
  const text = when.type === 'period' ? formatPeriodOnly(when.start, when.end) : formatDateOnly(when.date, when.precision);
  return isInferred(when) ? `${text} (${INFERRED_LABEL})` : text;
}

/** Why the date is inferred, one sentence per inferred end of a period. */
export function inferenceReason(when: WhenValue): string | undefined {
  if (when.type === 'point') return when.inferred ? when.reason : undefined;
  const parts = [
    when.start.inferred ? `Mốc đầu: ${when.start.reason ?? ''}` : '',
    when.end.inferred ? `Mốc cuối: ${when.end.reason ?? ''}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
