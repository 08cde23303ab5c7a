/** How a figure reads in labels, tables, CSV and sentences: one wording everywhere. */
import { OPS } from '../figure-math';
import { formatQuantity } from '../number-format';
import type { Figure } from './types';

export const COMPUTED_LABEL = 'số tính toán';
export const STATUS_LABEL = { result: 'kết quả', target: 'mục tiêu', plan: 'dự kiến' } as const;

/** "hơn 509 nghìn tỷ đồng", "49,2%"; computed figures show one decimal at most. */
export function valueText(figure: Figure): string {
  return formatQuantity(figure.value, figure.unit, { qualifier: figure.qualifier });
}

/** The formula in words, with the inputs' labels: "Thu ngân sách … ÷ Tỷ lệ …%". */
export function formulaText(figure: Figure, byId: ReadonlyMap<string, Figure>): string | undefined {
  if (!figure.compute) return undefined;
  const [a, b] = figure.compute.from.map((id) => {
    const input = byId.get(id);
    return input ? `${input.label} (${valueText(input)})` : id;
  }) as [string, string];
  return OPS[figure.compute.op].formula(a, b);
}

/** A label that never passes a computed figure off as reported. */
export function labelWithKind(figure: Figure): string {
  return figure.kind === 'computed' ? `${figure.label} (${COMPUTED_LABEL})` : figure.label;
}

/**
 * Evidence as it sits inside the page's own quotation marks (<q>): quotation marks inside it
 * become single ones, so a fragment ending in a quote never shows two closing marks.
 */
export function evidenceText(evidence: string): string {
  return evidence.replace(/["“]([^"”]*)["”]/g, '‘$1’');
}
