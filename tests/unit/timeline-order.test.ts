import { describe, expect, it } from 'vitest';
import { compareWhen, spanOf, type WhenLike } from '../../src/lib/date-order';

const point = (date: string, precision: 'day' | 'month' | 'year'): WhenLike => ({ type: 'point', date, precision });
const period = (start: string, end: string): WhenLike => ({ type: 'period', start: { date: start, precision: 'year' }, end: { date: end, precision: 'year' } });
const label = (w: WhenLike) => (w.type === 'period' ? `${w.start.date}–${w.end.date}` : w.date);

describe('compareWhen', () => {
  it('orders 2022, 12/04/2022 and 2020–2025 by first day covered', () => {
    const items = [point('2022-04-12', 'day'), point('2022', 'year'), period('2020', '2025')];
    expect([...items].sort(compareWhen).map(label)).toEqual(['2020–2025', '2022', '2022-04-12']);
  });
  it('puts the wider item first when two start on the same day', () => {
    const items = [point('2025-01-01', 'day'), point('2025-01', 'month'), point('2025', 'year'), period('2025', '2030'), period('2025', '2026')];
    expect([...items].sort(compareWhen).map(label)).toEqual(['2025–2030', '2025–2026', '2025', '2025-01', '2025-01-01']);
  });
  it('is a total order: reversing the input gives the same result', () => {
    const items = [period('2007', '2022'), point('2012', 'year'), point('2022-05-05', 'day'), point('2023-10', 'month'), period('2021', '2025')];
    expect([...items].sort(compareWhen)).toEqual([...items].reverse().sort(compareWhen));
  });
});

describe('spanOf', () => {
  it('covers a whole year, a whole month, or from the start of a period to the end of its last year', () => {
    const iso = (w: WhenLike) => Object.values(spanOf(w)).map((d) => d.toISOString().slice(0, 10));
    expect(iso(point('2022', 'year'))).toEqual(['2022-01-01', '2022-12-31']);
    expect(iso(point('2023-02', 'month'))).toEqual(['2023-02-01', '2023-02-28']);
    expect(iso(point('2026-01-21', 'day'))).toEqual(['2026-01-21', '2026-01-21']);
    expect(iso(period('2020', '2025'))).toEqual(['2020-01-01', '2025-12-31']);
  });
});
