import { describe, expect, it } from 'vitest';
import { compareDates, neighbours, newestFirst } from '../../src/lib/date-order';
import type { PartialDate } from '../../src/schemas/partial-date';

const d = (date: string, precision: PartialDate['precision']): PartialDate => ({ date, precision, inferred: false });

describe('compareDates', () => {
  it('orders mixed precisions by start, coarser first at the same start', () => {
    const items = [d('2022-04-12', 'day'), d('2022', 'year'), d('2021-12', 'month'), d('2022-01-01', 'day')];
    expect([...items].sort(compareDates).map((x) => x.date)).toEqual(['2021-12', '2022', '2022-01-01', '2022-04-12']);
  });
});

describe('newestFirst and neighbours', () => {
  const articles = [
    { id: 'b', at: d('2022', 'year') },
    { id: 'a', at: d('2026-01-21', 'day') },
    { id: 'c', at: d('2023-04-19', 'day') },
  ];
  it('puts the newest article first', () => {
    expect(newestFirst(articles, (x) => x.at, (x) => x.id).map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });
  it('gives the newer and older neighbour of an article', () => {
    const list = newestFirst(articles, (x) => x.at, (x) => x.id);
    expect(neighbours(list, 0)).toEqual({ previous: undefined, next: list[1] });
    expect(neighbours(list, 2)).toEqual({ previous: list[1], next: undefined });
  });
});
