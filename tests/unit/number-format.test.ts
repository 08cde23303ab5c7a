import { describe, expect, it } from 'vitest';
import { decimalsOf, formatNumber, formatPercent, formatQuantity } from '../../src/lib/number-format';

describe('formatNumber (vi-VN)', () => {
  it('groups thousands with a dot and marks decimals with a comma', () => {
    expect(formatNumber(4954.8)).toBe('4.954,8');
    expect(formatNumber(5365)).toBe('5.365');
    expect(formatNumber(24106)).toBe('24.106');
    expect(formatNumber(1234567.25)).toBe('1.234.567,25');
  });
  it('keeps the decimals the value carries, or the ones asked for', () => {
    expect(formatNumber(5.08)).toBe('5,08');
    expect(formatNumber(509)).toBe('509');
    expect(formatNumber(5311.88, 1)).toBe('5.311,9');
    expect(formatNumber(12, 1)).toBe('12,0');
  });
  it('refuses values that are not numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/not a finite number/);
  });
});

describe('decimalsOf', () => {
  it('counts decimals as written', () => {
    expect(decimalsOf(176.2)).toBe(1);
    expect(decimalsOf(3.32)).toBe(2);
    expect(decimalsOf(382)).toBe(0);
  });
});

describe('formatPercent and formatQuantity', () => {
  it('writes percentages without a space', () => {
    expect(formatPercent(49.2)).toBe('49,2%');
    expect(formatQuantity(124.7, '%')).toBe('124,7%');
  });
  it('writes a unit after the number and a hedge before it', () => {
    expect(formatQuantity(509, 'nghìn tỷ đồng', { qualifier: 'hon' })).toBe('hơn 509 nghìn tỷ đồng');
    expect(formatQuantity(4954.8, 'tỷ đồng', { qualifier: 'uoc' })).toBe('ước 4.954,8 tỷ đồng');
    expect(formatQuantity(27, '%', { qualifier: 'khoang' })).toBe('khoảng 27%');
    expect(formatQuantity(24106, 'lượt')).toBe('24.106 lượt');
  });
  it('writes a year or another non-quantity without a thousands separator', () => {
    expect(formatQuantity(2045, '', { plain: true })).toBe('2045');
    expect(formatQuantity(2045, 'năm')).toBe('2.045 năm');
    expect(formatQuantity(5.5, '', { plain: true })).toBe('5,5');
  });
});

describe('countWords', () => {
  it('writes counts up to ten in words and larger ones in digits', async () => {
    const { countWords, countWordsCapitalised } = await import('../../src/lib/count-words');
    expect(countWords(5)).toBe('năm');
    expect(countWords(6)).toBe('sáu');
    expect(countWordsCapitalised(6)).toBe('Sáu');
    expect(countWords(1200)).toBe('1.200');
  });
});

describe('valueText of a figure', () => {
  it('writes a year figure as "2050", a quantity with separators', async () => {
    const { valueText } = await import('../../src/lib/charts/figure-text');
    const base = { id: 'x', label: 'Năm', kind: 'reported' as const, status: 'target' as const, article: 'a' };
    expect(valueText({ ...base, value: 2050, unit: '', format: 'year' })).toBe('2050');
    expect(valueText({ ...base, value: 2050, unit: 'xã' })).toBe('2.050 xã');
  });
});
