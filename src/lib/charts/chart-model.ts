/**
 * Turns a dataset's chart spec into what is drawn: sections of labelled bars, or waffle
 * levels. Every number and label comes from the figures; nothing is typed twice.
 */
import type { ChartSpec } from '../../schemas/figure';
import { formatPercent } from '../number-format';
import type { BarInput, SectionInput } from './bar-layout';
import { COMPUTED_LABEL, valueText } from './figure-text';
import { wrapText } from './text-wrap';
import type { Figure } from './types';

export class ChartSpecError extends Error {}

export function figureIndex(figures: readonly Figure[]): Map<string, Figure> {
  return new Map(figures.map((f) => [f.id, f]));
}

function pick(byId: ReadonlyMap<string, Figure>, id: string, where: string): Figure {
  const figure = byId.get(id);
  if (!figure) throw new ChartSpecError(`${where} names figure "${id}", which is not in this dataset`);
  return figure;
}

const computedNote = (f: Figure) => (f.kind === 'computed' ? ` (${COMPUTED_LABEL})` : '');

function bar(key: string, role: string, text: string, figure: Figure, dashed = false): BarInput {
  return { key, role, lines: wrapText(text), value: figure.value, dashed };
}

export interface BarChartModel {
  type: 'bars';
  scale: 'shared' | 'per-section';
  sections: SectionInput[];
  /** The figures drawn, in drawing order, for the accessible description. */
  drawn: Figure[];
}

export interface WaffleModel {
  type: 'waffle';
  total: Figure;
  levels: Array<{ name: string; count: Figure; rate: Figure }>;
  drawn: Figure[];
}

export type ChartModel = BarChartModel | WaffleModel | { type: 'table'; drawn: Figure[] };

export function buildChartModel(spec: ChartSpec, figures: readonly Figure[]): ChartModel {
  const byId = figureIndex(figures);
  switch (spec.kind) {
    case 'budget': {
      const drawn: Figure[] = [];
      const sections = spec.rows.map((row, i) => {
        const where = `chart.rows[${i}]`;
        const plan = pick(byId, row.plan, `${where}.plan`);
        const actual = pick(byId, row.actual, `${where}.actual`);
        const share = pick(byId, row.share, `${where}.share`);
        const growth = row.growth ? pick(byId, row.growth, `${where}.growth`) : undefined;
        drawn.push(plan, actual, share, ...(growth ? [growth] : []));
        const actualText = `Thực hiện: ${valueText(actual)}, bằng ${formatPercent(share.value)} kế hoạch${growth ? `, tăng ${formatPercent(growth.value)} so với năm trước` : ''}`;
        return {
          title: row.name,
          bars: [
            bar(`${row.plan}`, 'plan', `Kế hoạch${computedNote(plan)}: ${valueText(plan)}`, plan, true),
            bar(`${row.actual}`, 'actual', actualText, actual),
          ],
        };
      });
      return { type: 'bars', scale: 'shared', sections, drawn };
    }
    case 'comparison': {
      const drawn: Figure[] = [];
      const sections = spec.metrics.map((metric, i) => {
        const hanoi = pick(byId, metric.hanoi, `chart.metrics[${i}].hanoi`);
        const country = pick(byId, metric.country, `chart.metrics[${i}].country`);
        drawn.push(hanoi, country);
        return {
          title: metric.name,
          bars: [
            bar(hanoi.id, 'hanoi', `Hà Nội: ${valueText(hanoi)}${computedNote(hanoi)}`, hanoi),
            bar(country.id, 'country', `Cả nước: ${valueText(country)}${computedNote(country)}`, country, true),
          ],
        };
      });
      return { type: 'bars', scale: 'per-section', sections, drawn };
    }
    case 'bars': {
      const drawn: Figure[] = [];
      const sections = spec.groups.map((group, g) => ({
        title: group.name,
        bars: group.bars.map((id, i) => {
          const figure = pick(byId, id, `chart.groups[${g}].bars[${i}]`);
          drawn.push(figure);
          return bar(figure.id, i % 2 === 0 ? 'actual' : 'country', `${figure.label}: ${valueText(figure)}${computedNote(figure)}`, figure, i % 2 === 1);
        }),
      }));
      return { type: 'bars', scale: 'shared', sections, drawn };
    }
    case 'waffle': {
      const total = pick(byId, spec.total, 'chart.total');
      const levels = spec.levels.map((level, i) => ({
        name: level.name,
        count: pick(byId, level.count, `chart.levels[${i}].count`),
        rate: pick(byId, level.rate, `chart.levels[${i}].rate`),
      }));
      return { type: 'waffle', total, levels, drawn: [total, ...levels.flatMap((l) => [l.count, l.rate])] };
    }
    case 'table':
      return { type: 'table', drawn: [...figures] };
  }
}

/** Every figure id a spec names, with the field that names it (checked at build). */
export function specReferences(spec: ChartSpec): Array<{ field: string; id: string }> {
  switch (spec.kind) {
    case 'budget':
      return spec.rows.flatMap((r, i) => [
        { field: `chart.rows[${i}].actual`, id: r.actual },
        { field: `chart.rows[${i}].plan`, id: r.plan },
        { field: `chart.rows[${i}].share`, id: r.share },
        ...(r.growth ? [{ field: `chart.rows[${i}].growth`, id: r.growth }] : []),
      ]);
    case 'comparison':
      return spec.metrics.flatMap((m, i) => [
        { field: `chart.metrics[${i}].hanoi`, id: m.hanoi },
        { field: `chart.metrics[${i}].country`, id: m.country },
      ]);
    case 'bars':
      return spec.groups.flatMap((g, i) => g.bars.map((id, j) => ({ field: `chart.groups[${i}].bars[${j}]`, id })));
    case 'waffle':
      return [
        { field: 'chart.total', id: spec.total },
        ...spec.levels.flatMap((l, i) => [
          { field: `chart.levels[${i}].count`, id: l.count },
          { field: `chart.levels[${i}].rate`, id: l.rate },
        ]),
      ];
    case 'table':
      return [];
  }
}
