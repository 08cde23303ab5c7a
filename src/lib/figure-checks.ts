/**
 * Checks that need every figure at once. They run at build (src/data/content-gate.ts) and
 * stop it with the file, the figure id and what disagrees.
 *  - the evidence fragment contains the value written the Vietnamese way;
 *  - a rate that can be recomputed from its parts (check:) matches within rounding;
 *  - a computed figure (compute:) equals its formula within rounding, from figures that exist.
 */
import type { ComputeOp, DatasetFigure } from '../schemas/dataset';
import type { Loose } from './charts/types';
import { applyOp, matchesWithinRounding } from './figure-math';
import { decimalsOf, formatNumber, formatPlain } from './number-format';

/** What the figure checks read of a figure: the schema's output, defaults optional. */
export type CheckableFigure = Pick<DatasetFigure, 'id' | 'value' | 'kind'> & Loose<Pick<DatasetFigure, 'evidence' | 'written' | 'format' | 'compute' | 'check'>>;

export interface FigureInFile {
  file: string;
  figure: CheckableFigure;
}

/** The ways an article may print a value: 4954.8 → "4.954,8"; 5300 → "5.300" or "5300"; a year 2045 → "2045". */
export function printedForms(value: number, format: CheckableFigure['format'] = 'number'): string[] {
  if (format === 'year' || format === 'plain') return [formatPlain(value)];
  const forms = new Set([formatNumber(value, decimalsOf(value))]);
  if (Number.isInteger(value)) forms.add(String(value));
  return [...forms];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The number stands alone in the text: "509" is not found inside "1.509" or "509,5". */
export function evidenceContains(evidence: string, value: number, format: CheckableFigure['format'] = 'number'): boolean {
  return printedForms(value, format).some((form) => new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?![\\d]|[.,]\\d)`).test(evidence));
}

/** A number written in words ("hai con số") is found as whole words, ignoring case. */
export function evidenceContainsWords(evidence: string, written: string): boolean {
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(written.normalize('NFC'))}(?![\\p{L}\\d])`, 'iu').test(evidence.normalize('NFC'));
}

export function checkFigures(figures: readonly FigureInFile[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, FigureInFile>();
  for (const entry of figures) {
    const twin = byId.get(entry.figure.id);
    if (twin) problems.push(`${entry.file}: số liệu "${entry.figure.id}": mã này đã dùng trong ${twin.file}; mỗi số liệu cần một mã riêng trên toàn trang`);
    byId.set(entry.figure.id, entry);
  }
  for (const { file, figure } of figures) {
    const where = `${file}: số liệu "${figure.id}"`;
    if (figure.evidence !== undefined && figure.written !== undefined) {
      if (!evidenceContainsWords(figure.evidence, figure.written)) {
        problems.push(`${where}: evidence "${figure.evidence}" không chứa "${figure.written}" (trường written). Chép lại đoạn trích có chữ đó, hoặc sửa written`);
      }
    } else if (figure.evidence !== undefined && !evidenceContains(figure.evidence, figure.value, figure.format)) {
      problems.push(
        `${where}: evidence "${figure.evidence}" không chứa giá trị ${printedForms(figure.value, figure.format).join(' hoặc ')}. Chép đoạn trích có đúng con số như bài in; nếu bài viết số bằng chữ, thêm written: "…"`,
      );
    }
    for (const [field, rule] of [['compute', figure.compute], ['check', figure.check]] as const) {
      if (!rule) continue;
      const inputs = rule.from.map((id) => byId.get(id)?.figure);
      const missing = rule.from.filter((_, i) => !inputs[i]);
      if (missing.length > 0) {
        problems.push(`${where}: ${field}.from gọi số liệu không có: ${missing.map((m) => `"${m}"`).join(', ')}`);
        continue;
      }
      const [a, b] = inputs as [CheckableFigure, CheckableFigure];
      const result = applyOp(rule.op, a.value, b.value);
      const decimals = decimalsOf(figure.value);
      if (!matchesWithinRounding(result, figure.value, decimals)) {
        problems.push(
          `${where}: ${field} ${rule.op}(${a.id} = ${a.value}, ${b.id} = ${b.value}) ra ${formatNumber(result, decimals + 2)}, nhưng value là ${formatNumber(figure.value, decimals)}. Kiểm tra lại các con số`,
        );
      }
    }
  }
  return problems;
}
