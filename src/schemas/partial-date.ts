/**
 * A date that may be known only to the month or the year, and may be inferred rather than
 * printed in the article. The site must never show a day it does not know, so the precision
 * travels with the date everywhere.
 */
import { z } from 'astro/zod';

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

const PATTERN: Record<Precision, { re: RegExp; shape: string }> = {
  day: { re: /^(\d{4})-(\d{2})-(\d{2})$/, shape: 'NNNN-TT-NN (ví dụ 2024-05-17)' },
  month: { re: /^(\d{4})-(\d{2})$/, shape: 'NNNN-TT (ví dụ 2024-05)' },
  year: { re: /^(\d{4})$/, shape: 'NNNN (ví dụ 2024)' },
};

/** YAML turns `2022-04-12` into a Date and `2022` into a number: bring both back to text. */
const dateText = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string({ error: 'cần một ngày viết NNNN-TT-NN, NNNN-TT hoặc NNNN (ví dụ 2024-05-17, 2024-05, 2024)' }),
);

function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The fields of a partial date, shared by the date schema and by timeline points. */
export const partialDateFields = {
  date: dateText,
  precision: z.enum(PRECISIONS, {
    error: (issue) => `precision phải là day (biết ngày), month (biết tháng) hoặc year (chỉ biết năm); đang là ${JSON.stringify(issue.input)}`,
  }),
  inferred: z.boolean().default(false),
  /** Why the date is inferred: shown to readers next to the "ước đoán" label. */
  reason: z.string().min(1).optional(),
};

/** The checks a partial date must pass; exported so that objects extending the fields reuse them. */
export function checkPartialDate(value: { date: string; precision: Precision; inferred: boolean; reason?: string | undefined }, ctx: z.RefinementCtx): void {
  const rule = PATTERN[value.precision];
  const match = rule.re.exec(value.date);
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: `precision "${value.precision}" cần ngày viết ${rule.shape}; đang là "${value.date}". Sửa date, hoặc đổi precision cho khớp`,
    });
    return;
  }
  const [, y, m = '01', d = '01'] = match;
  if (Number(m) < 1 || Number(m) > 12 || !isRealDay(Number(y), Number(m), Number(d))) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: `"${value.date}" không phải một ngày có thật trên lịch` });
  }
  if (value.inferred && !value.reason) {
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message: 'ngày ước đoán (inferred: true) cần reason: lý do, hiện cho bạn đọc cạnh chữ "ước đoán"',
    });
  }
}

export const partialDateSchema = z.strictObject(partialDateFields).superRefine(checkPartialDate);

export type PartialDate = z.output<typeof partialDateSchema>;
