/**
 * The figure shape the chart modules work with: the schema's output (src/schemas/dataset.ts),
 * with the fields the schema fills by default (format, measure) optional, so chart tests and
 * callers may leave them out; the article is an id.
 */
import type { DatasetFigure } from '../../schemas/dataset';

/** The keys of T made optional, each also accepting undefined (the project sets exactOptionalPropertyTypes). */
export type Loose<T> = { [K in keyof T]?: T[K] | undefined };

export type Figure = Pick<DatasetFigure, 'id' | 'label' | 'value' | 'unit' | 'kind' | 'status' | 'article'> &
  Loose<Pick<DatasetFigure, 'format' | 'qualifier' | 'period' | 'measure' | 'evidence' | 'compute'>>;
