/**
 * Counts in running Vietnamese text: "năm bài báo", "sáu bài giải thích". Pages derive every
 * count from the content, so a sixth article changes the words without editing a page.
 */
import { formatNumber } from './number-format';

const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'] as const;

/** 5 → "năm", 12 → "12": words up to ten, as Vietnamese prose writes them; digits after. */
export function countWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? WORDS[n]! : formatNumber(n);
}

/** The same, capitalised to open a heading: "Năm bài giải thích". */
export function countWordsCapitalised(n: number): string {
  const text = countWords(n);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
