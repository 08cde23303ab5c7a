/**
 * Turns a dataset's chart spec into what is drawn: sections of labelled bars, or waffle
 * groups. Every number and label comes from the figures; nothing is typed twice. The model
 * also carries the encoding: each mark's style (src/lib/charts/palette.ts, one meaning per
 * style) and the legend that names every style drawn, so the rules of the chart grammar are
 * unit-tested on the model rather than eyeballed on the page.
 */
import type { ChartSpec } from '../../schemas/dataset';
import { formatPercent, formatQuantity } from '../number-format';
import type { BarInput, SectionInput } from './bar-layout';
import { COMPUTED_LABEL, valueText } from './figure-text';
import type { MarkStyle } from './palette';
import type { Figure } from './types';
import { isSlogan, measuredFigures } from '../measure';

export class ChartSpecError extends Error {}

export function figureIndex(figures: readonly Figure[]): Map<string, Figure> {
  return new Map(figures.map((f) => [f.id, f]));
}

function pick(byId: ReadonlyMap<string, Figure>, id: string, where: string): Figure {
  const figure = byId.get(id);
  if (!figure) throw new ChartSpecError(`${where} names figure "${id}", which is not in this dataset`);
  if (isSlogan(figure)) throw new ChartSpecError(`${where} names figure "${id}", a slogan count (measure: slogan), which is never drawn`);
  return figure;
}

const computedNote = (f: Figure) => (f.kind === 'computed' ? ` (${COMPUTED_LABEL})` : '');

/** One line of the legend: a swatch of the style and what it stands for. */
export interface LegendEntry {
  style: MarkStyle;
  label: string;
  /** For unit charts: how many cells have this style. */
  cells?: number;
}

function bar(key: string, style: MarkStyle, text: string, figure: Figure): BarInput {
  return { key, style, text, value: figure.value };
}

export interface BarChartModel {
  type: 'bars';
  scale: 'shared' | 'per-section';
  sections: SectionInput[];
  legend: LegendEntry[];
  /**
   * The unit of a light value axis drawn under the bars, when the chart has one
   * (needsValueAxis): bars on one scale in several blocks are compared across blocks whose
   * labels sit apart, so gridlines let the eye read one against the other.
   */
  axisUnit?: string | undefined;
  /** The figures drawn, in drawing order, for the accessible description. */
  drawn: Figure[];
}

export interface WaffleLevel {
  name: string;
  count: Figure;
  rate: Figure;
}

/** The cells of one colour: those whose deepest level is `level` (-1: none). */
export interface WaffleGroup {
  level: number;
  style: MarkStyle;
  label: string;
  cells: number;
}

export interface WaffleModel {
  type: 'waffle';
  total: Figure;
  levels: WaffleLevel[];
  /** One entry per colour drawn, from the innermost level out; cells sum to the total. */
  groups: WaffleGroup[];
  legend: LegendEntry[];
  drawn: Figure[];
}

export type ChartModel = BarChartModel | WaffleModel | { type: 'table'; drawn: Figure[]; legend: LegendEntry[] };

/** Series of a `bars` chart take these hues in order: counts of different things. */
export const COUNT_STYLES: MarkStyle[] = ['count-1', 'count-2', 'count-3', 'count-4'];
/**
 * Waffle levels, outer to inner. The outer level holds the most cells, so it takes the
 * strongest hue in both themes (the largest group is never the faintest; see the tests).
 */
export const WAFFLE_STYLES: MarkStyle[] = ['count-2', 'count-1', 'count-3', 'count-4'];

export function buildChartModel(spec: ChartSpec, figures: readonly Figure[]): ChartModel {
  const byId = figureIndex(figures);
  switch (spec.kind) {
    case 'budget': {
      // One bullet a row: the actual as the bar, the plan as a marker line across it, the
      // share of plan said beside the row's name. The eye reads how far actual is past plan.
      const drawn: Figure[] = [];
      let planComputed = false;
      const sections = spec.rows.map((row, i) => {
        const where = `chart.rows[${i}]`;
        const plan = pick(byId, row.plan, `${where}.plan`);
        const actual = pick(byId, row.actual, `${where}.actual`);
        const share = pick(byId, row.share, `${where}.share`);
        const growth = row.growth ? pick(byId, row.growth, `${where}.growth`) : undefined;
        drawn.push(actual, plan, share, ...(growth ? [growth] : []));
        planComputed ||= plan.kind === 'computed';
        const actualText = `Thực hiện: ${valueText(actual)}${growth ? `, tăng ${formatPercent(growth.value)} so với năm trước` : ''}`;
        const marker = { key: row.plan, style: 'plan' as const, value: plan.value, text: `Kế hoạch${computedNote(plan)}: ${valueText(plan)}` };
        return {
          title: row.name,
          note: `${formatPercent(share.value)} kế hoạch`,
          bars: [{ ...bar(row.actual, 'actual', actualText, actual), marker }],
        };
      });
      const legend: LegendEntry[] = [
        { style: 'actual', label: 'Thực hiện' },
        { style: 'plan', label: planComputed ? `Kế hoạch (${COMPUTED_LABEL})` : 'Kế hoạch' },
      ];
      const model: BarChartModel = { type: 'bars', scale: 'shared', sections, legend, drawn };
      // Actual and plan share the scale; share and growth are percentages said in words.
      return withAxis(model, drawn.filter((f) => spec.rows.some((r) => r.actual === f.id || r.plan === f.id)));
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
            bar(hanoi.id, 'actual', `Hà Nội: ${valueText(hanoi)}${computedNote(hanoi)}`, hanoi),
            bar(country.id, 'comparison', `Cả nước: ${valueText(country)}${computedNote(country)}`, country),
          ],
        };
      });
      const legend: LegendEntry[] = [
        { style: 'actual', label: 'Hà Nội' },
        { style: 'comparison', label: 'Cả nước (để so sánh)' },
      ];
      return { type: 'bars', scale: 'per-section', sections, legend, drawn };
    }
    case 'bars': {
      const drawn: Figure[] = [];
      const width = Math.max(...spec.groups.map((g) => g.bars.length));
      if (width > COUNT_STYLES.length) throw new ChartSpecError(`chart.groups: at most ${COUNT_STYLES.length} bars a group (one hue each)`);
      if (spec.series && spec.series.length !== width) {
        throw new ChartSpecError(`chart.series names ${spec.series.length} series but the groups have ${width} bars`);
      }
      // The bar at position i of every group is the same kind of thing: it keeps one hue.
      const sections = spec.groups.map((group, g) => ({
        title: group.name,
        bars: group.bars.map((id, i) => {
          const figure = pick(byId, id, `chart.groups[${g}].bars[${i}]`);
          drawn.push(figure);
          return bar(figure.id, COUNT_STYLES[i]!, `${figure.label}: ${valueText(figure)}${computedNote(figure)}`, figure);
        }),
      }));
      const legend: LegendEntry[] = spec.series ? spec.series.map((label, i) => ({ style: COUNT_STYLES[i]!, label })) : [];
      return withAxis({ type: 'bars', scale: 'shared', sections, legend, drawn }, drawn);
    }
    case 'waffle': {
      const total = pick(byId, spec.total, 'chart.total');
      const levels = spec.levels.map((level, i) => ({
        name: level.name,
        count: pick(byId, level.count, `chart.levels[${i}].count`),
        rate: pick(byId, level.rate, `chart.levels[${i}].rate`),
      }));
      const groups = waffleGroups(total, levels);
      const legend = groups.map((g) => ({ style: g.style, label: g.label, cells: g.cells }));
      return { type: 'waffle', total, levels, groups, legend, drawn: [total, ...levels.flatMap((l) => [l.count, l.rate])] };
    }
    case 'table':
      // A table lists the measured figures; slogan counts are explained in the text instead.
      return { type: 'table', drawn: measuredFigures(figures), legend: [] };
  }
}

/**
 * A value axis helps where bars on one scale sit in several blocks (their labels apart), or
 * where some value is not written beside its mark. Small multiples (per-section scales) and a
 * single labelled block need none: every value is already read off its label.
 */
export function needsValueAxis(model: BarChartModel): boolean {
  if (model.scale !== 'shared') return false;
  const unlabelled = model.sections.some((s) => s.bars.some((b) => !/\d/.test(b.text) || (b.marker !== undefined && !/\d/.test(b.marker.text))));
  return model.sections.length > 1 || unlabelled;
}

/** Sets the axis unit when the chart needs an axis; its marks must then share one unit. */
function withAxis(model: BarChartModel, onScale: readonly Figure[]): BarChartModel {
  if (!needsValueAxis(model)) return model;
  const units = [...new Set(onScale.map((f) => f.unit))];
  if (units.length !== 1) throw new ChartSpecError(`the bars of one scale mix units (${units.join(', ')}): give each its own chart or section`);
  return { ...model, axisUnit: units[0] };
}

const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * Levels are nested (standard ⊃ advanced ⊃ model), so a cell has the colour of the deepest
 * level it reaches. Each colour's legend gives the cells of that colour, not the level's
 * total: "112 xã đạt chuẩn … nâng cao, chưa kiểu mẫu" next to the 112 cells of that colour.
 */
export function waffleGroups(total: Figure, levels: readonly WaffleLevel[]): WaffleGroup[] {
  const counts = levels.map((l) => l.count.value);
  const outerName = levels[0]?.name ?? '';
  // "Đạt chuẩn nông thôn mới nâng cao" → "nâng cao": what a level adds to the outer one.
  const short = (name: string) => (name.startsWith(outerName) && name.length > outerName.length ? name.slice(outerName.length).trim() : lower(name));
  const n = (value: number) => formatQuantity(value, '');
  const groups: WaffleGroup[] = levels.map((level, k) => {
    const next = levels[k + 1];
    const inner = next ? counts[k + 1]! : 0;
    const cells = counts[k]! - inner;
    const label = next
      ? `${formatQuantity(cells, total.unit)} ${lower(level.name)}, chưa ${short(next.name)} (${COMPUTED_LABEL}: ${n(counts[k]!)} − ${n(inner)})`
      : `${formatQuantity(cells, total.unit)} ${lower(level.name)}`;
    return { level: k, style: WAFFLE_STYLES[k]!, label, cells };
  });
  groups.reverse();
  const outside = total.value - (counts[0] ?? 0);
  if (outside > 0) groups.push({ level: -1, style: 'none', label: `${formatQuantity(outside, total.unit)} chưa ${lower(outerName)}`, cells: outside });
  return groups;
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
