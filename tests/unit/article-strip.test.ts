import { describe, expect, it } from 'vitest';
import { layOutStrip, yearOf } from '../../src/lib/article-strip';

describe('the visual header of an explainer (its events on one line)', () => {
  it('places partial dates in the middle of what they name', () => {
    expect(yearOf('2022')).toBe(2022.5);
    expect(yearOf('2022', 'end')).toBe(2023);
    expect(yearOf('2022-07')).toBeCloseTo(2022 + 6.5 / 12);
    expect(yearOf('2022-01-01')).toBeCloseTo(2022 + 1 / 365);
  });

  it('runs the axis from the first year to the end of the last, points inside, periods as bars', () => {
    const layout = layOutStrip(
      [
        { id: 'a', start: '2007', planned: false },
        { id: 'b', start: '2020', end: '2025', planned: false },
        { id: 'c', start: '2030', planned: true },
      ],
      0,
      240,
    )!;
    expect(layout.firstYear).toBe(2007);
    expect(layout.lastYear).toBe(2030);
    const [a, b, c] = layout.marks;
    expect(a!.x).toBeCloseTo((0.5 / 24) * 240);
    expect(b!.x2).toBeCloseTo(((2026 - 2007) / 24) * 240);
    expect(c!.planned).toBe(true);
    for (const m of layout.marks) expect(m.x).toBeGreaterThanOrEqual(0), expect(m.x).toBeLessThanOrEqual(240);
  });

  it('draws nothing for an article without events', () => {
    expect(layOutStrip([], 0, 100)).toBeUndefined();
  });
});
