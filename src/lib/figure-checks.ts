/**
 * Checks that need every figure at once. They run at build (src/lib/content-checks.ts) and
 * stop it with the file, the figure id and what disagrees.
 *  - the evidence fragment contains the value written the Vietnamese way;
 *  - a rate that can be recomputed from its parts (check:) matches within rounding;
 *  - a computed figure (compute:) equals its formula within rounding, from figures that exist.
 */
import type { ComputeOp } from '../schemas/figure';
import { applyOp, matchesWithinRounding } from './figure-math';
import { decimalsOf, formatNumber } from './number-format';

export interface CheckableFigure {
  id: string;
  value: number;
  kind: 'reported' | 'computed';
  evidence?: string | undefined;
  compute?: { op: ComputeOp; from: [string, string] } | undefined;
  check?: { op: ComputeOp; from: [string, string] } | undefined;
}

export interface FigureInFile {
  file: string;
  figure: CheckableFigure;
}

/** The ways an article may print a value: 4954.8 → "4.954,8"; 5300 → "5.300" or "5300". */
export function printedForms(value: number): string[] {
  const forms = new Set([formatNumber(value, decimalsOf(value))]);
  if (Number.isInteger(value)) forms.add(String(value));
  return [...forms];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The number stands alone in the text: "509" is not found inside "1.509" or "509,5". */
export function evidenceContains(evidence: string, value: number): boolean {
  return printedForms(value).some((form) => new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?![\\d]|[.,]\\d)`).test(evidence));
}

export function checkFigures(figures: readonly FigureInFile[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, FigureInFile>();
  for (const entry of figures) {
    const twin = byId.get(entry.figure.id);
    if (twin) problems.push(`${entry.file}: figure "${entry.figure.id}": id already used in ${twin.file}`);
    byId.set(entry.figure.id, entry);
  }
  for (const { file, figure } of figures) {
    const where = `${file}: figure "${figure.id}"`;
    if (figure.evidence !== undefined && !evidenceContains(figure.evidence, figure.value)) {
      problems.push(`${where}: evidence "${figure.evidence}" does not contain the value ${printedForms(figure.value).join(' or ')}`);
    }
    for (const [field, rule] of [['compute', figure.compute], ['check', figure.check]] as const) {
      if (!rule) continue;
      const inputs = rule.from.map((id) => byId.get(id)?.figure);
      const missing = rule.from.filter((_, i) => !inputs[i]);
      if (missing.length > 0) {
        problems.push(`${where}: ${field}.from names unknown figure ${missing.map((m) => `"${m}"`).join(', ')}`);
        continue;
      }
      const [a, b] = inputs as [CheckableFigure, CheckableFigure];
      const result = applyOp(rule.op, a.value, b.value);
      const decimals = decimalsOf(figure.value);
      if (!matchesWithinRounding(result, figure.value, decimals)) {
        problems.push(
          `${where}: ${field} ${rule.op}(${a.id} = ${a.value}, ${b.id} = ${b.value}) gives ${formatNumber(result, decimals + 2)}, but the value is ${formatNumber(figure.value, decimals)}`,
        );
      }
    }
  }
  return problems;
}
