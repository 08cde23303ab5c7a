/** The figure shape the chart modules work with: schema output, with the article as an id. */
import type { ComputeOp } from '../../schemas/dataset';
import type { Qualifier } from '../number-format';

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  /** `year`/`plain`: digits without a thousands separator (src/schemas/dataset.ts). */
  format?: 'number' | 'year' | 'plain' | undefined;
  qualifier?: Qualifier | undefined;
  period?: string | undefined;
  kind: 'reported' | 'computed';
  status: 'result' | 'target' | 'plan';
  /** `slogan`: part of a phrase, never drawn or listed (src/lib/measure.ts). */
  measure?: 'quantity' | 'slogan' | undefined;
  article: string;
  evidence?: string | undefined;
  compute?: { op: ComputeOp; from: [string, string] } | undefined;
}
