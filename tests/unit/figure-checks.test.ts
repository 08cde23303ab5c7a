import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkFigures, evidenceContains, printedForms, type FigureInFile } from '../../src/lib/figure-checks';
import { applyOp, matchesWithinRounding } from '../../src/lib/figure-math';
import { makeFigureSchema } from '../../src/schemas/figure';

const file = 'content/data/nong-thon-moi-2024.yaml';
const reported = (id: string, value: number, evidence: string): FigureInFile => ({ file, figure: { id, value, kind: 'reported', evidence } });

describe('evidenceContains', () => {
  it('finds the value as the article prints it', () => {
    expect(evidenceContains('ước đạt 4.954,8 tỷ đồng', 4954.8)).toBe(true);
    expect(evidenceContains('188/382 xã đạt chuẩn nông thôn mới nâng cao (đạt 49,2%)', 49.2)).toBe(true);
    expect(evidenceContains('kiểm tra 24.106 lượt tổ chức đảng', 24106)).toBe(true);
    expect(evidenceContains('hoàn thành vượt mức 17/17 chỉ tiêu', 17)).toBe(true);
  });
  it('does not find a number inside a larger one or with other decimals', () => {
    expect(evidenceContains('thu 1.509 tỷ đồng', 509)).toBe(false);
    expect(evidenceContains('đạt 49,25%', 49.2)).toBe(false);
    expect(evidenceContains('đạt 4954.8 tỷ đồng', 4954.8)).toBe(false);
  });
  it('lists the printed forms of a value', () => {
    expect(printedForms(5300)).toEqual(['5.300', '5300']);
    expect(printedForms(5.08)).toEqual(['5,08']);
  });
});

describe('figure arithmetic', () => {
  it('recomputes rates, plans and previous years', () => {
    expect(applyOp('ratio-percent', 188, 382)).toBeCloseTo(49.21, 2);
    expect(applyOp('plan-from-share', 5365, 101)).toBeCloseTo(5311.88, 2);
    expect(applyOp('previous-from-growth', 509, 23.8)).toBeCloseTo(411.15, 2);
    expect(matchesWithinRounding(49.2147, 49.2, 1)).toBe(true);
    expect(matchesWithinRounding(49.26, 49.2, 1)).toBe(false);
  });
});

describe('checkFigures', () => {
  const base = [reported('tong-so-xa', 382, 'tất cả 382 xã'), reported('xa-nang-cao', 188, '188/382 xã đạt chuẩn')];

  it('accepts consistent figures', () => {
    const rate: FigureInFile = {
      file,
      figure: { id: 'ty-le-nang-cao', value: 49.2, kind: 'reported', evidence: '(đạt 49,2%)', check: { op: 'ratio-percent', from: ['xa-nang-cao', 'tong-so-xa'] } },
    };
    expect(checkFigures([...base, rate])).toEqual([]);
  });
  it('fails evidence without the number, naming file and figure', () => {
    expect(checkFigures([reported('xa-kieu-mau', 76, 'xã đạt chuẩn nông thôn mới kiểu mẫu')])).toEqual([
      `${file}: figure "xa-kieu-mau": evidence "xã đạt chuẩn nông thôn mới kiểu mẫu" does not contain the value 76`,
    ]);
  });
  it('fails a wrong rate with what disagrees', () => {
    const wrong: FigureInFile = {
      file,
      figure: { id: 'ty-le-nang-cao', value: 51.2, kind: 'reported', evidence: 'đạt 51,2%', check: { op: 'ratio-percent', from: ['xa-nang-cao', 'tong-so-xa'] } },
    };
    expect(checkFigures([...base, wrong])).toEqual([
      `${file}: figure "ty-le-nang-cao": check ratio-percent(xa-nang-cao = 188, tong-so-xa = 382) gives 49,215, but the value is 51,2`,
    ]);
  });
  it('fails a computed figure built from an unknown id, and duplicate ids', () => {
    const computed: FigureInFile = { file, figure: { id: 'ke-hoach', value: 1, kind: 'computed', compute: { op: 'ratio', from: ['tong-so-xa', 'khong-co'] } } };
    expect(checkFigures([...base, computed, base[0]!])).toEqual([
      `${file}: figure "tong-so-xa": id already used in ${file}`,
      `${file}: figure "ke-hoach": compute.from names unknown figure "khong-co"`,
    ]);
  });
});

describe('figure schema', () => {
  const schema = makeFigureSchema(z.string());
  const ok = { id: 'x', label: 'Một con số', value: 1, unit: 'xã', kind: 'reported', article: 'a', evidence: 'có 1 xã' };
  const messages = (v: unknown) => schema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  it('requires a formula on a computed figure', () => {
    expect(messages({ ...ok, kind: 'computed', evidence: undefined })).toEqual(['compute: computed figure "x" needs a formula: compute: { op, from: [id, id] }']);
  });
  it('requires evidence on a reported figure and keeps it short', () => {
    expect(messages({ ...ok, evidence: undefined })[0]).toMatch(/^evidence: reported figure "x" needs evidence/);
    expect(messages({ ...ok, evidence: Array.from({ length: 26 }, () => 'chữ').join(' ') })[0]).toMatch(/longer than 25 words/);
  });
  it('requires the article the figure comes from', () => {
    const { article: _a, ...rest } = ok;
    expect(messages(rest)[0]).toMatch(/^article:/);
  });
});
