/**
 * A unit chart: one cell per unit (one commune), filled by the deepest level it belongs to.
 * Levels are nested (model ⊂ advanced ⊂ standard), so cell i is at level k when i < count(k).
 */
import { range } from 'd3-array';

export interface WaffleCell {
  index: number;
  column: number;
  row: number;
  /** Index of the deepest level containing this cell, or -1 for none. */
  level: number;
}

export function waffleCells(total: number, nestedCounts: readonly number[], columns: number): WaffleCell[] {
  if (!Number.isInteger(total) || total <= 0) throw new RangeError(`waffle total must be a positive whole number, got ${total}`);
  nestedCounts.forEach((count, i) => {
    const outer = i === 0 ? total : nestedCounts[i - 1]!;
    if (count > outer) throw new RangeError(`waffle level ${i} (${count}) is larger than the level that contains it (${outer})`);
  });
  return range(total).map((index) => {
    let level = -1;
    nestedCounts.forEach((count, k) => {
      if (index < count) level = k;
    });
    return { index, column: index % columns, row: Math.floor(index / columns), level };
  });
}
