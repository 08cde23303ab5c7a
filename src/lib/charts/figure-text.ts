/** How a figure reads in labels, tables, CSV and sentences: one wording everywhere. */
import { OPS } from '../figure-math';
import { formatQuantity } from '../number-format';
import type { Figure } from './types';

export const COMPUTED_LABEL = 'số tính toán';
export const STATUS_LABEL = { result: 'kết quả', target: 'mục tiêu', plan: 'dự kiến' } as const;

/** "hơn 509 nghìn tỷ đồng", "49,2%", a year as "2045"; computed figures show one decimal at most. */
export function valueText(figure: Figure): string {
  const plain = figure.format === 'year' || figure.format === 'plain';
  return formatQuantity(figure.value, figure.unit, { qualifier: figure.qualifier, plain });
}

/**
 * The formula on the values, then what each value is: "5.365 tỷ đồng ÷ 101% (từ: Thu ngân
 * sách …: 5.365 tỷ đồng; Tỷ lệ …: 101%)" would nest brackets inside labels that have their
 * own, so the inputs follow after a dash instead.
 */
export function formulaText(figure: Figure, byId: ReadonlyMap<string, Figure>): string | undefined {
  if (!figure.compute) return undefined;
  const inputs = figure.compute.from.map((id) => byId.get(id));
  const [a, b] = inputs.map((input, i) => (input ? valueText(input) : figure.compute!.from[i]!)) as [string, string];
  const names = inputs.map((input, i) => (input ? `${input.label}: ${valueText(input)}` : figure.compute!.from[i]!));
  return `${OPS[figure.compute.op].formula(a, b)} — từ ${names.join('; ')}`;
}

/** A label that never passes a computed figure off as reported. */
export function labelWithKind(figure: Figure): string {
  return figure.kind === 'computed' ? `${figure.label} (${COMPUTED_LABEL})` : figure.label;
}
