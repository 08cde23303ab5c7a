import { describe, expect, it } from 'vitest';
import { datetimeAttribute, endOf, formatDateOnly, formatPartialDate, startOf } from '../../src/lib/date-format';

describe('formatPartialDate', () => {
  it('prints a day as dd/mm/yyyy', () => {
    expect(formatPartialDate({ date: '2026-01-21', precision: 'day', inferred: false })).toBe('21/01/2026');
  });
  it('prints a month without inventing a day', () => {
    expect(formatPartialDate({ date: '2022-04', precision: 'month', inferred: false })).toBe('tháng 4/2022');
  });
  it('prints a year and labels an inferred date', () => {
    expect(formatPartialDate({ date: '2022', precision: 'year', inferred: true })).toBe('năm 2022 (ước đoán)');
    expect(formatPartialDate({ date: '2022-04-12', precision: 'day', inferred: true })).toBe('12/04/2022 (ước đoán)');
  });
  it('never shows more than the precision, even if the text has more', () => {
    expect(formatDateOnly('2022-04-12', 'year')).toBe('năm 2022');
    expect(formatDateOnly('2022-04-12', 'month')).toBe('tháng 4/2022');
  });
});

describe('machine-readable dates', () => {
  it('gives <time datetime> values of the same precision', () => {
    expect(datetimeAttribute({ date: '2026-01-21', precision: 'day' })).toBe('2026-01-21');
    expect(datetimeAttribute({ date: '2022-04', precision: 'month' })).toBe('2022-04');
    expect(datetimeAttribute({ date: '2022', precision: 'year' })).toBe('2022');
  });
  it('knows where a partial date starts and ends', () => {
    expect(startOf({ date: '2022' }).toISOString().slice(0, 10)).toBe('2022-01-01');
    expect(endOf({ date: '2022', precision: 'year' }).toISOString().slice(0, 10)).toBe('2022-12-31');
    expect(endOf({ date: '2024-02', precision: 'month' }).toISOString().slice(0, 10)).toBe('2024-02-29');
  });
});
