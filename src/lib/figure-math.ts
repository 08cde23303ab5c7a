/**
 * The arithmetic behind computed figures and recomputable rates. One function per op named
 * in src/schemas/dataset.ts, each with the formula a reader sees next to the number. The
 * formula receives its inputs as display text with units ("Tỷ lệ (101%)"), so percentages
 * read correctly: actual ÷ 101%, current ÷ (100% + 23,8%).
 */
import type { ComputeOp } from '../schemas/dataset';

export const OPS: Record<ComputeOp, { apply: (a: number, b: number) => number; formula: (a: string, b: string) => string }> = {
  'ratio-percent': { apply: (a, b) => (a / b) * 100, formula: (a, b) => `${a} ÷ ${b} × 100` },
  'plan-from-share': { apply: (a, b) => a / (b / 100), formula: (a, b) => `${a} ÷ ${b}` },
  'previous-from-growth': { apply: (a, b) => a / (1 + b / 100), formula: (a, b) => `${a} ÷ (100% + ${b})` },
  difference: { apply: (a, b) => a - b, formula: (a, b) => `${a} − ${b}` },
  ratio: { apply: (a, b) => a / b, formula: (a, b) => `${a} ÷ ${b}` },
};

export function applyOp(op: ComputeOp, a: number, b: number): number {
  const result = OPS[op].apply(a, b);
  if (!Number.isFinite(result)) throw new RangeError(`${op}(${a}, ${b}) is not a finite number`);
  return result;
}

/** True when `expected` is `actual` rounded to the decimals `expected` is written with. */
export function matchesWithinRounding(actual: number, expected: number, decimals: number): boolean {
  return Math.abs(actual - expected) <= 0.5 * 10 ** -decimals + 1e-9;
}
