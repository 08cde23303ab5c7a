/**
 * The chart grammar as checks on a chart model (DESIGN.md "Chart grammar"). Each function
 * returns the problems it finds, in English for developers; an empty list means the chart
 * keeps the rule. tests/unit/chart-grammar.test.ts runs them on every dataset in content/.
 */
import { formatQuantity } from '../number-format';
import type { ChartModel } from './chart-model';
import { MARK_STYLES, markStrength, type MarkStyle, type Theme } from './palette';
import { waffleCells } from './waffle';

/** A bar names itself when its text starts with a name before the value ("Cả nước: 409 tỷ USD"). */
export const isDirectlyLabelled = (text: string) => /^[^:]{2,}:\s*\S/.test(text);

/** Every style drawn is named in the legend, or every mark of that style is labelled directly. */
export function unexplainedStyles(model: ChartModel): string[] {
  if (model.type === 'table') return [];
  const named = new Set(model.legend.map((l) => l.style));
  if (model.type === 'waffle') {
    return [...new Set(model.groups.filter((g) => g.cells > 0).map((g) => g.style))].filter((s) => !named.has(s)).map((s) => `style ${s} has cells but no legend entry`);
  }
  // Bars and the markers drawn across them: each is a mark with a style and a text.
  const marks = model.sections.flatMap((s) => s.bars.flatMap((b) => [b, ...(b.marker ? [b.marker] : [])]));
  const styles = [...new Set(marks.map((b) => b.style))];
  return styles
    .filter((s) => !named.has(s) && !marks.filter((b) => b.style === s).every((b) => isDirectlyLabelled(b.text)))
    .map((s) => `style ${s} is drawn without a legend entry or a direct label`);
}

/** Two legend entries never share a style: one style, one meaning. */
export function sharedStyles(model: ChartModel): string[] {
  const seen = new Map<MarkStyle, string>();
  const problems: string[] = [];
  for (const entry of model.legend) {
    const before = seen.get(entry.style);
    if (before !== undefined && before !== entry.label) problems.push(`style ${entry.style} means both "${before}" and "${entry.label}"`);
    seen.set(entry.style, entry.label);
  }
  return problems;
}

interface Drawn {
  value: number;
  style: MarkStyle;
}

/** Groups of marks that share one scale: the whole chart, or each small multiple. */
function scaleGroups(model: ChartModel): Drawn[][] {
  if (model.type === 'bars') {
    const bySection = model.sections.map((s) => s.bars.flatMap((b) => [{ value: b.value, style: b.style }, ...(b.marker ? [{ value: b.marker.value, style: b.marker.style }] : [])]));
    return model.scale === 'shared' ? [bySection.flat()] : bySection;
  }
  if (model.type === 'waffle') return [model.groups.map((g) => ({ value: g.cells, style: g.style }))];
  return [];
}

/** The largest value is never drawn in the faintest style of its chart (palette.ts markStrength), in either theme. */
export function largestIsFaintest(model: ChartModel, themes: readonly Theme[] = ['light', 'dark']): string[] {
  const problems: string[] = [];
  for (const group of scaleGroups(model)) {
    if (group.length < 2) continue;
    const largest = group.reduce((a, b) => (b.value > a.value ? b : a));
    for (const theme of themes) {
      const strengths = group.map((d) => markStrength(d.style, theme));
      const faintest = Math.min(...strengths);
      const allEqual = strengths.every((c) => c === faintest);
      if (!allEqual && markStrength(largest.style, theme) <= faintest) {
        problems.push(`the largest value (${largest.value}) is drawn in the faintest style, ${largest.style}, in the ${theme} theme`);
      }
    }
  }
  return problems;
}

/** The waffle legend counts the cells of each colour, and the counts add up to the total. */
export function waffleLegendMismatch(model: ChartModel, columns = 20): string[] {
  if (model.type !== 'waffle') return [];
  const cells = waffleCells(model.total.value, model.levels.map((l) => l.count.value), columns);
  const problems: string[] = [];
  const sum = model.legend.reduce((n, e) => n + (e.cells ?? 0), 0);
  if (sum !== cells.length) problems.push(`legend counts add up to ${sum}, the chart has ${cells.length} cells`);
  for (const group of model.groups) {
    const drawn = cells.filter((c) => c.level === group.level).length;
    const entry = model.legend.find((e) => e.style === group.style);
    if (drawn !== group.cells) problems.push(`${group.style}: ${drawn} cells drawn, group says ${group.cells}`);
    if (entry?.cells !== drawn) problems.push(`${group.style}: ${drawn} cells drawn, legend says ${entry?.cells}`);
    if (!entry?.label.startsWith(`${formatQuantity(drawn, '')} `)) problems.push(`${group.style}: legend text "${entry?.label}" does not start with ${drawn}`);
  }
  return problems;
}

/**
 * A marker style is drawn only as a marker across a bar, an area style only as a bar: the plan
 * is never a bar of its own beside the actual (the old two-bar budget chart), and a marker
 * never floats without the bar it is read against.
 */
export function misplacedMarks(model: ChartModel): string[] {
  if (model.type !== 'bars') return [];
  const problems: string[] = [];
  for (const bar of model.sections.flatMap((s) => s.bars)) {
    if (MARK_STYLES[bar.style].shape === 'marker') problems.push(`bar ${bar.key} is drawn as a bar in the marker style ${bar.style}`);
    if (bar.marker && MARK_STYLES[bar.marker.style].shape !== 'marker') problems.push(`marker ${bar.marker.key} across ${bar.key} is in the area style ${bar.marker.style}`);
  }
  return problems;
}

/** Text that carries a number: a value written beside its mark. */
const saysValue = (text: string) => /\d/.test(text);

/**
 * Every value can be read: written beside its mark, or read off a value axis. A bar or marker
 * whose text has no number needs the axis (model.axisUnit).
 */
export function unreadableValues(model: ChartModel): string[] {
  if (model.type !== 'bars' || model.axisUnit !== undefined) return [];
  return model.sections
    .flatMap((s) => s.bars.flatMap((b) => [b, ...(b.marker ? [b.marker] : [])]))
    .filter((m) => !saysValue(m.text))
    .map((m) => `${m.key}: its value is neither written beside it nor readable off an axis`);
}

export function chartRuleProblems(model: ChartModel): string[] {
  return [...unexplainedStyles(model), ...sharedStyles(model), ...largestIsFaintest(model), ...waffleLegendMismatch(model), ...misplacedMarks(model), ...unreadableValues(model)];
}
