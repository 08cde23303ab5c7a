import { describe, expect, it } from 'vitest';
import type { WhenLike } from '../../src/lib/date-order';
import { assignLanes, type Extent } from '../../src/lib/timeline/lanes';
import { DEFAULT_AXIS, layoutAxis, shapeOf } from '../../src/lib/timeline/axis';
import { groupByTerm, termsFrom } from '../../src/lib/timeline/terms';

const point = (date: string, precision: 'day' | 'month' | 'year'): WhenLike => ({ type: 'point', date, precision });
const period = (start: string, end: string): WhenLike => ({ type: 'period', start: { date: start, precision: 'year' }, end: { date: end, precision: 'year' } });

function overlapsInLane(extents: Extent[], lanes: number[], gap: number): boolean {
  return extents.some((a, i) => extents.some((b, j) => i < j && lanes[i] === lanes[j] && a.start < b.end + gap && b.start < a.end + gap));
}

describe('assignLanes', () => {
  it('keeps overlapping extents in different lanes and reuses a lane once it is free', () => {
    const extents = [
      { start: 0, end: 100 },
      { start: 50, end: 150 },
      { start: 120, end: 200 },
      { start: 160, end: 180 },
    ];
    const lanes = assignLanes(extents, 10);
    expect(lanes).toEqual([0, 1, 0, 1]);
    expect(overlapsInLane(extents, lanes, 10)).toBe(false);
  });
  it('uses no more lanes than the most extents that overlap at one place', () => {
    const extents = Array.from({ length: 40 }, (_, i) => ({ start: (i * 37) % 500, end: ((i * 37) % 500) + 60 + (i % 5) * 20 }));
    const lanes = assignLanes(extents);
    expect(overlapsInLane(extents, lanes, 0)).toBe(false);
    const depth = Math.max(...extents.map((e) => extents.filter((o) => o.start <= e.start && e.start < o.end).length));
    expect(Math.max(...lanes) + 1).toBe(depth);
  });
});

describe('layoutAxis', () => {
  const items = [
    { id: 'nhiem-ky', when: period('2020', '2025'), label: 'Nhiệm kỳ 2020–2025' },
    { id: 'nam', when: point('2022', 'year'), label: 'Một sự kiện năm 2022' },
    { id: 'ngay', when: point('2022-04-12', 'day'), label: 'Ngày 12/4' },
    { id: 'thang', when: point('2022-04', 'month'), label: 'Tháng 4' },
  ];
  const layout = layoutAxis(items);
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  it('marks each precision with its own glyph, and draws only a period as a bar', () => {
    expect(items.map((i) => shapeOf(i.when))).toEqual(['period', 'year', 'day', 'month']);
    for (const id of ['nam', 'ngay', 'thang']) expect(mark(id).x1, id).toBe(mark(id).x2);
    expect(mark('nhiem-ky').x2).toBeGreaterThan(mark('nhiem-ky').x1);
  });
  // Time is linear: one day has the same width everywhere, so a leap year is one day wider.
  const dayPx = (layout.axisEnd - layout.axisStart) / (366 * 2 + 365 * 4);
  const yearStart = (year: number) => layout.ticks.find((t) => t.year === year)!.x;
  it('puts a year-only event at the middle of its year (a point, never a year-long bar), a month at the middle of its month, a period across its years', () => {
    expect(mark('nam').x1).toBeCloseTo(yearStart(2022) + (365 * dayPx) / 2, 6);
    expect(mark('thang').x1).toBeCloseTo(yearStart(2022) + (31 + 28 + 31 + 15) * dayPx, 6);
    expect(mark('nhiem-ky').x2 - mark('nhiem-ky').x1).toBeCloseTo(layout.axisEnd - layout.axisStart, 6);
    expect(Math.abs(365 * dayPx - DEFAULT_AXIS.pxPerYear)).toBeLessThan(1);
  });
  it('places the day inside its month and its year', () => {
    expect(Math.abs(mark('ngay').x1 - mark('thang').x1)).toBeLessThan(15 * dayPx);
    expect(mark('ngay').x1).toBeGreaterThan(yearStart(2022));
    expect(mark('ngay').x1).toBeLessThan(yearStart(2023));
  });
  it('labels one tick per year from the first to the last year covered', () => {
    expect(layout.ticks.map((t) => t.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(layout.ticks[1]!.x - layout.ticks[0]!.x).toBeCloseTo(366 * dayPx, 6);
    expect(layout.ticks[0]!.x).toBe(layout.axisStart);
  });
  it('never lets two labels in one lane overlap, and fits every label in the width', () => {
    for (const a of layout.marks) {
      for (const b of layout.marks) {
        if (a === b || a.lane !== b.lane) continue;
        expect(a.labelEnd <= b.labelX || b.labelEnd <= a.labelX).toBe(true);
      }
      expect(a.labelEnd).toBeLessThanOrEqual(layout.width);
      expect(a.y).toBeLessThan(layout.axisY);
    }
    expect(new Set(layout.marks.map((m) => m.lane)).size).toBe(layout.lanes);
  });
});

describe('layoutAxis with empty years', () => {
  // The content's shape: 2007 and 2012, then dense years 2020–2026, a target ending 2030.
  const items = [
    { id: 'nq', when: point('2007', 'year'), label: 'Nghị quyết' },
    { id: 'dai-han', when: period('2007', '2022'), label: 'Kiểm tra 15 năm' },
    { id: 'nq11', when: point('2012', 'year'), label: 'NQ 11' },
    { id: 'nk', when: period('2020', '2025'), label: 'Nhiệm kỳ' },
    { id: 'ngay', when: point('2022-04-12', 'day'), label: 'Ngày 12/4' },
    { id: 'dh', when: point('2026-01-21', 'day'), label: 'Đại hội XIV' },
    { id: 'mt', when: period('2025', '2030'), label: 'Mục tiêu' },
  ];
  const layout = layoutAxis(items);
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  it('compresses each run of three or more empty years into one break', () => {
    expect(layout.breaks.map((b) => [b.fromYear, b.toYear])).toEqual([[2008, 2011], [2013, 2019], [2027, 2029]]);
    for (const b of layout.breaks) expect(b.x2 - b.x1).toBeCloseTo(DEFAULT_AXIS.breakWidth, 6);
    expect(layout.ticks.map((t) => t.year)).toEqual([2007, 2012, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2030]);
  });
  it('opens on events: the first mark at the left edge, the axis far shorter than equal years', () => {
    // A year-only event sits at the middle of its year: half a year from the axis's start.
    expect(mark('nq').x1).toBeCloseTo(DEFAULT_AXIS.side + DEFAULT_AXIS.pxPerYear / 2, 0);
    const equalYears = (2031 - 2007) * DEFAULT_AXIS.pxPerYear;
    expect(layout.axisEnd - layout.axisStart).toBeLessThan(equalYears * 0.5);
  });
  it('keeps time linear and in order outside the breaks', () => {
    expect(mark('ngay').x1).toBeGreaterThan(mark('nk').x1);
    expect(mark('dh').x1).toBeGreaterThan(mark('ngay').x1);
    const y2021 = layout.ticks.find((t) => t.year === 2021)!;
    const y2022 = layout.ticks.find((t) => t.year === 2022)!;
    expect(y2022.x - y2021.x).toBeCloseTo(DEFAULT_AXIS.pxPerYear, 6);
    // A period across a break is drawn through it, from its first to its last year.
    expect(mark('dai-han').x1).toBeLessThan(layout.breaks[0]!.x1);
    expect(mark('dai-han').x2).toBeGreaterThan(layout.breaks[1]!.x2);
  });
});

describe('terms', () => {
  const terms = termsFrom([period('2025', '2030'), period('2020', '2025'), point('2022', 'year')]);
  it('are derived from the periods given, in order', () => {
    expect(terms).toEqual([
      { startYear: 2020, endYear: 2025 },
      { startYear: 2025, endYear: 2030 },
    ]);
  });
  it('group events by the term they start in; a shared year goes to the later term', () => {
    const events = [
      { id: 'nq-2007', when: point('2007', 'year') },
      { id: 'nk-2020', when: period('2020', '2025') },
      { id: 'ngay-2022', when: point('2022-04-12', 'day') },
      { id: 'dai-hoi-2025', when: point('2025', 'year') },
      { id: 'dai-hoi-xiv', when: point('2026-01-21', 'day') },
      { id: 'sau', when: point('2031', 'year') },
    ];
    const groups = groupByTerm(events, (e) => e.when, terms);
    expect(groups.map((g) => [g.id, g.label, g.items.map((e) => e.id)])).toEqual([
      ['giai-doan-truoc-2020', 'Trước năm 2020', ['nq-2007']],
      ['giai-doan-2020-2025', 'Nhiệm kỳ 2020–2025', ['nk-2020', 'ngay-2022']],
      ['giai-doan-2025-2030', 'Nhiệm kỳ 2025–2030', ['dai-hoi-2025', 'dai-hoi-xiv']],
      ['giai-doan-sau-2030', 'Sau năm 2030', ['sau']],
    ]);
  });
  it('make one group when the content names no term', () => {
    expect(groupByTerm([{ when: point('2022', 'year') }], (e) => e.when, []).map((g) => g.label)).toEqual(['Các sự kiện']);
  });
});

describe('years of the timeline', () => {
  it('groups events in timeline order by the year they start, one heading a year, with anchors that are never event ids', async () => {
    const { groupByYear, precisionOf } = await import('../../src/lib/timeline/years');
    const items = [
      { id: 'a', when: point('2020', 'year') },
      { id: 'b', when: period('2020', '2025') },
      { id: 'c', when: point('2020-03-02', 'day') },
      { id: 'd', when: point('2024-05', 'month') },
    ];
    const groups = groupByYear(items, (i) => i.when);
    expect(groups.map((g) => [g.id, g.items.map((i) => i.id)])).toEqual([['nam-2020', ['a', 'b', 'c']], ['nam-2024', ['d']]]);
    expect(items.map((i) => precisionOf(i.when))).toEqual(['year', 'period', 'day', 'month']);
  });
});
