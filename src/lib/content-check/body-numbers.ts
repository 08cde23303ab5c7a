/**
 * "Mỗi con số đều ghi nguồn", checked rather than trusted: every number written in digits in an
 * explainer's text must be a figure of a dataset the article cites (its own figures, the charts
 * it places, its key figures), or a date, an ordinal or a document number, or be marked by the
 * editor with `{/* số: lý do *\/}` right after it. Pure: the text blocks come from mdx-body.ts.
 *
 * A number matches a figure when it is the figure's value as written in the text, rounded to
 * the decimals the text shows ("hơn 509 nghìn tỷ" for 509,1), also when a scale word follows it
 * ("509 nghìn tỷ đồng" for 509.000 tỷ đồng). "12.500" for a figure of 12.450 does not match.
 */
import type { TextBlock } from './mdx-body';

export interface FigureValue {
  id: string;
  value: number;
}

export interface UnsourcedNumber {
  text: string;
  line: number;
  column: number;
  /** The nearest figure, when one is close (a likely typing slip or stale number). */
  nearest?: FigureValue | undefined;
}

/** A number as Vietnamese text writes it: 4.954,8 · 12.450 · 49,2 · 382 · a fraction 188/382. */
const NUMBER = /(?<![\p{L}\d.,/-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\/(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))?/gu;

export function parseVietnameseNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

const decimalsIn = (text: string) => (text.includes(',') ? text.length - text.indexOf(',') - 1 : 0);

/** Words before a number that make it an ordinal or a document number, not a quantity. */
const ORDINAL_BEFORE =
  /(?:^|[^\p{L}])(?:thứ|số|khóa|khoá|trung ương|điều|khoản|điểm|chương|mục|phần|kỳ họp|phiên|hội nghị|quý|phụ lục|nghị quyết|chỉ thị|kết luận|quyết định|chương trình|luật|nghị định|thông tư|công văn|quy định|kế hoạch|đề án|hướng dẫn|thông báo|tờ trình|báo cáo)\s*$/iu;
/** Words before a number that make it a day or a month. */
const DATE_BEFORE = /(?:^|[^\p{L}])(?:ngày|hôm|mùng|tháng|đêm|sáng|trưa|chiều|tối)\s*$/iu;
/** A document number: 24-CT/TU, 15-NQ/TW, 01-CTr/TU, 39/2024/QH15. */
const DOCUMENT_AFTER = /^(?:-[\p{Lu}\p{Ll}]*\p{Lu}[\p{L}]*(?:\/[\p{Lu}\d]+)?|\/\d{4}\/[\p{Lu}])/u;
/** Scale words that may follow a number: "509 nghìn tỷ đồng". */
const SCALE_AFTER: Array<[RegExp, number]> = [
  [/^\s*nghìn\b/iu, 1e3],
  [/^\s*ngàn\b/iu, 1e3],
  [/^\s*triệu\b/iu, 1e6],
  [/^\s*tỷ\b/iu, 1e9],
];

function isYear(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100;
}

function isDayMonth(a: string, b: string, before: string, after: string): boolean {
  const d = Number(a);
  const m = Number(b);
  if (!/^\d{1,2}$/.test(a) || !/^\d{1,2}$/.test(b) || d < 1 || d > 31 || m < 1 || m > 12) return false;
  // "20/12" after "ngày" or followed by "/2023" is a date; "9/9 tổ dân phố" is a fraction.
  return DATE_BEFORE.test(before) || /^\/\d{4}/.test(after);
}

function matchesFigure(text: string, after: string, figures: readonly FigureValue[]): boolean {
  const n = parseVietnameseNumber(text);
  const decimals = decimalsIn(text);
  const scales = [1, ...SCALE_AFTER.filter(([re]) => re.test(after)).map(([, s]) => s)];
  // The figure in the text's own scale: 509.000 tỷ đồng is "509 nghìn tỷ đồng".
  return figures.some((f) => scales.some((scale) => Math.abs(f.value / scale - n) <= 0.5 * 10 ** -decimals + 1e-9));
}

function nearestFigure(text: string, figures: readonly FigureValue[]): FigureValue | undefined {
  const n = parseVietnameseNumber(text);
  let best: FigureValue | undefined;
  let bestGap = Infinity;
  for (const f of figures) {
    const gap = Math.abs(f.value - n) / Math.max(Math.abs(n), 1e-9);
    if (gap < bestGap) {
      best = f;
      bestGap = gap;
    }
  }
  return best && bestGap <= 0.1 ? best : undefined;
}

/** `figuresFor` gives the figures a block may cite (the article's, and those of articles it links to). */
export function findUnsourcedNumbers(blocks: readonly TextBlock[], figuresFor: (block: TextBlock) => readonly FigureValue[]): UnsourcedNumber[] {
  const out: UnsourcedNumber[] = [];
  for (const block of blocks) {
    const figures = figuresFor(block);
    const text = block.segments.map((s) => s.text).join('');
    // Where each segment starts in the joined text, to give file lines and columns.
    const starts: number[] = [];
    block.segments.reduce((n, s) => (starts.push(n), n + s.text.length), 0);
    const position = (index: number) => {
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= index) k++;
      const seg = block.segments[k]!;
      const before = seg.text.slice(0, index - starts[k]!);
      const newlines = before.split('\n');
      return newlines.length > 1
        ? { line: seg.line + newlines.length - 1, column: newlines.at(-1)!.length + 1 }
        : { line: seg.line, column: seg.column + before.length };
    };
    const found: Array<{ index: number; end: number; text: string }> = [];
    for (const m of text.matchAll(NUMBER)) {
      const [whole, a = '', b] = m;
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      const after = text.slice(m.index + whole.length, m.index + whole.length + 24);
      if (DOCUMENT_AFTER.test(after) || ORDINAL_BEFORE.test(before)) continue;
      if (b !== undefined) {
        if (isDayMonth(a, b, before, after) || (isYear(b) && /^\d{1,2}$/.test(a))) continue;
        const parts = [a, b].filter((p) => !isYear(p) && !matchesFigure(p, '', figures));
        if (parts.length > 0) found.push({ index: m.index, end: m.index + whole.length, text: whole });
        continue;
      }
      if (isYear(a) || (DATE_BEFORE.test(before) && /^\d{1,2}$/.test(a))) continue;
      if (!matchesFigure(a, after, figures)) found.push({ index: m.index, end: m.index + whole.length, text: whole });
    }
    for (const number of found) {
      // A mark vouches for the number it follows, within a few words (after its unit).
      const marked = block.marks.some((mark) => mark.at >= number.end && mark.at - number.end <= 30 && !found.some((o) => o.index > number.index && o.index < mark.at));
      if (marked) continue;
      out.push({ text: number.text, ...position(number.index), nearest: nearestFigure(number.text.split('/')[0]!, figures) });
    }
  }
  return out;
}

/** Marks without a reason: the guide asks for one ("{/* số: lý do *\/}"). */
export function marksWithoutReason(blocks: readonly TextBlock[]): number[] {
  return blocks.flatMap((b) => b.marks.filter((m) => m.reason.trim().length < 3).map((m) => m.line));
}
