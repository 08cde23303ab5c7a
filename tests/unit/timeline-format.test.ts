import { describe, expect, it } from 'vitest';
import { formatPeriodOnly, formatWhen, inferenceReason, isInferred, periodParts } from '../../src/lib/date-format';

const y = (date: string, inferred = false, reason?: string) => ({ date, precision: 'year' as const, inferred, reason });

describe('formatWhen', () => {
  it('prints points at their precision, with "(ước đoán)" when inferred', () => {
    expect(formatWhen({ type: 'point', date: '2026-01-21', precision: 'day', inferred: false })).toBe('21/01/2026');
    expect(formatWhen({ type: 'point', date: '2022-04', precision: 'month', inferred: false })).toBe('tháng 4/2022');
    expect(formatWhen({ type: 'point', date: '2022', precision: 'year', inferred: true, reason: 'x' })).toBe('năm 2022 (ước đoán)');
  });
  it('prints periods the Vietnamese way, each end at its own precision', () => {
    expect(formatPeriodOnly({ date: '2020', precision: 'year' }, { date: '2025', precision: 'year' })).toBe('2020–2025');
    expect(formatPeriodOnly({ date: '2023-01', precision: 'month' }, { date: '2023-03', precision: 'month' })).toBe('tháng 1–3/2023');
    expect(formatPeriodOnly({ date: '2022-05-05', precision: 'day' }, { date: '2024', precision: 'year' })).toBe('05/05/2022 – năm 2024');
    expect(periodParts({ date: '2023-11', precision: 'month' }, { date: '2024-02', precision: 'month' })).toEqual(['tháng 11/2023', ' – ', 'tháng 2/2024']);
  });
  it('labels a period inferred when either end is, and gives the reason of each inferred end', () => {
    const when = { type: 'period' as const, start: y('2007'), end: y('2022', true, 'Tính “đến nay”.') };
    expect(isInferred(when)).toBe(true);
    expect(formatWhen(when)).toBe('2007–2022 (ước đoán)');
    expect(inferenceReason(when)).toBe('Mốc cuối: Tính “đến nay”.');
    expect(inferenceReason({ type: 'period', start: y('2020'), end: y('2025') })).toBeUndefined();
  });
});
