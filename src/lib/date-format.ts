/**
 * Dates the way Vietnamese readers write them, never more precise than what is known:
 * "21/01/2026", "tháng 4/2022", "năm 2022", and "(ước đoán)" when the date is inferred.
 */
import type { PartialDate, Precision } from '../schemas/partial-date';

export const INFERRED_LABEL = 'ước đoán';

interface Parts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits "2022-04-12" / "2022-04" / "2022" into numbers. The schema has validated the shape. */
export function dateParts(date: string): Parts {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || Number.isNaN(y)) throw new RangeError(`dateParts: not a date: "${date}"`);
  return { year: y, month: m, day: d };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date alone: "21/01/2026", "tháng 4/2022", "năm 2022". */
export function formatDateOnly(date: string, precision: Precision): string {
  const { year, month, day } = dateParts(date);
  switch (precision) {
    case 'day':
      return `${pad(day ?? 1)}/${pad(month ?? 1)}/${year}`;
    case 'month':
      return `tháng ${month ?? 1}/${year}`;
    case 'year':
      return `năm ${year}`;
  }
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
