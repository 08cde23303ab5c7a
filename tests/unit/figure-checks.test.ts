import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkFigures, evidenceContains, printedForms, type FigureInFile } from '../../src/lib/figure-checks';
import { applyOp, matchesWithinRounding } from '../../src/lib/figure-math';
import { makeFigureSchema } from '../../src/schemas/dataset';

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
      `${file}: số liệu "xa-kieu-mau": evidence "xã đạt chuẩn nông thôn mới kiểu mẫu" không chứa giá trị 76. Chép đoạn trích có đúng con số như bài in; nếu bài viết số bằng chữ, thêm written: "…"`,
    ]);
  });
  it('fails a wrong rate with what disagrees', () => {
    const wrong: FigureInFile = {
      file,
      figure: { id: 'ty-le-nang-cao', value: 51.2, kind: 'reported', evidence: 'đạt 51,2%', check: { op: 'ratio-percent', from: ['xa-nang-cao', 'tong-so-xa'] } },
    };
    expect(checkFigures([...base, wrong])).toEqual([
      `${file}: số liệu "ty-le-nang-cao": check ratio-percent(xa-nang-cao = 188, tong-so-xa = 382) ra 49,215, nhưng value là 51,2. Kiểm tra lại các con số`,
    ]);
  });
  it('fails a computed figure built from an unknown id, and duplicate ids', () => {
    const computed: FigureInFile = { file, figure: { id: 'ke-hoach', value: 1, kind: 'computed', compute: { op: 'ratio', from: ['tong-so-xa', 'khong-co'] } } };
    expect(checkFigures([...base, computed, base[0]!])).toEqual([
      `${file}: số liệu "tong-so-xa": mã này đã dùng trong ${file}; mỗi số liệu cần một mã riêng trên toàn trang`,
      `${file}: số liệu "ke-hoach": compute.from gọi số liệu không có: "khong-co"`,
    ]);
  });
  it('reads a year without a thousands separator, and a number written in words from its words', () => {
    const year = (evidence: string): FigureInFile => ({ file, figure: { id: 'nam-muc-tieu', value: 2045, kind: 'reported', format: 'year', evidence } });
    expect(checkFigures([year('đến năm 2045')])).toEqual([]);
    expect(checkFigures([year('đến năm 2.045')])[0]).toContain('không chứa giá trị 2045');
    const words = (evidence: string): FigureInFile => ({ file, figure: { id: 'so-con-so', value: 2, kind: 'reported', written: 'hai', evidence } });
    expect(checkFigures([words('tăng trưởng hai con số')])).toEqual([]);
    expect(checkFigures([words('tăng trưởng 2 con số')])).toEqual([
      `${file}: số liệu "so-con-so": evidence "tăng trưởng 2 con số" không chứa "hai" (trường written). Chép lại đoạn trích có chữ đó, hoặc sửa written`,
    ]);
    // "hai" inside another word does not count.
    expect(checkFigures([words('thứ hairm')])).toHaveLength(1);
  });
});

describe('figure schema', () => {
  const schema = makeFigureSchema(z.string());
  const ok = { id: 'x', label: 'Một con số', value: 1, unit: 'xã', kind: 'reported', article: 'a', evidence: 'có 1 xã' };
  const messages = (v: unknown) => schema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
  it('requires a formula on a computed figure', () => {
    expect(messages({ ...ok, kind: 'computed', evidence: undefined })).toEqual(['compute: số liệu "x" là kind: computed nên cần công thức: compute: { op, from: [mã, mã] }']);
  });
  it('requires evidence on a reported figure and keeps it short', () => {
    expect(messages({ ...ok, evidence: undefined })[0]).toMatch(/^evidence: số liệu "x" là kind: reported nên cần evidence/);
    expect(messages({ ...ok, evidence: Array.from({ length: 26 }, () => 'chữ').join(' ') })[0]).toMatch(/dài hơn 25 chữ/);
  });
  it('requires the article the figure comes from', () => {
    const { article: _a, ...rest } = ok;
    expect(messages(rest)[0]).toMatch(/^article:/);
  });
});
