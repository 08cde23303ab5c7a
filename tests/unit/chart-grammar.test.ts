/**
 * The chart grammar (DESIGN.md) as tests of the chart models: on every dataset in content/
 * and on small cases built to break each rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildChartModel, type BarChartModel, type ChartModel, type WaffleModel } from '../../src/lib/charts/chart-model';
import { chartRuleProblems, largestIsFaintest, misplacedMarks, sharedStyles, unexplainedStyles, unreadableValues, waffleLegendMismatch } from '../../src/lib/charts/chart-rules';
import { CHART_COLOURS, contrastRatio, edgeContrast, MARK_STYLES, markContrast, type MarkStyle } from '../../src/lib/charts/palette';
import { barChartSvg, waffleSvg } from '../../src/lib/charts/svg';
import { thumbnailSvg } from '../../src/lib/charts/thumbnail';
import { chartSpecSchema } from '../../src/schemas/dataset';
import type { Figure } from '../../src/lib/charts/types';

const datasets = readdirSync('content/data')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const raw = parse(readFileSync(`content/data/${f}`, 'utf8'));
    const figures: Figure[] = raw.figures.map((x: Figure) => ({ ...x, status: x.status ?? 'result' }));
    return { file: f, model: buildChartModel(chartSpecSchema.parse(raw.chart), figures), raw };
  });
const drawnCharts = datasets.filter((d) => d.model.type !== 'table');

const fig = (id: string, value: number, unit = 'lượt', extra: Partial<Figure> = {}): Figure => ({
  id, label: `Nhãn ${id}`, value, unit, kind: 'reported', status: 'result', article: 'a', evidence: String(value), ...extra,
});

describe('every chart in content/data', () => {
  it('has charts to check', () => {
    expect(drawnCharts.length).toBeGreaterThanOrEqual(4);
  });
  it.each(drawnCharts.map((d) => [d.file, d.model] as const))('%s keeps the chart grammar', (_file, model) => {
    expect(chartRuleProblems(model)).toEqual([]);
    expect(model.legend.length).toBeGreaterThan(0);
  });
  it('uses each style with one meaning across the site', () => {
    const labels = new Map<MarkStyle, Set<string>>();
    for (const { model } of drawnCharts) for (const e of model.legend) labels.set(e.style, new Set([...(labels.get(e.style) ?? []), e.label]));
    for (const label of labels.get('plan') ?? []) expect(label).toMatch(/^Kế hoạch/);
    for (const label of labels.get('comparison') ?? []) expect(label).toMatch(/so sánh/);
    // Plans are marker lines, comparisons grey: neither is ever drawn as the solid accent.
    const marks = drawnCharts.flatMap(({ model }) => (model.type === 'bars' ? model.sections.flatMap((s) => s.bars.flatMap((b) => [b, ...(b.marker ? [b.marker] : [])])) : []));
    const planLike = marks.filter((b) => /^Kế hoạch|^Cả nước/.test(b.text));
    expect(planLike.filter((m) => m.text.startsWith('Kế hoạch')).length).toBeGreaterThan(0);
    expect(planLike.filter((m) => m.text.startsWith('Cả nước')).length).toBeGreaterThan(0);
    for (const bar of planLike) expect(bar.style, bar.text).not.toBe('actual');
  });
  it('draws every plan of the budget charts as a marker across its actual bar, with the share of plan beside the name', () => {
    const budgets = datasets.filter((d) => d.raw.chart.kind === 'budget');
    expect(budgets.map((d) => d.file).sort()).toEqual(['thu-ngan-sach-ha-noi-2024.yaml', 'thu-ngan-sach-quan-2024.yaml']);
    for (const { model, raw } of budgets) {
      const m = model as BarChartModel;
      expect(m.sections).toHaveLength(raw.chart.rows.length);
      for (const [i, section] of m.sections.entries()) {
        expect(section.bars).toHaveLength(1);
        expect(section.bars[0]!.style).toBe('actual');
        expect(section.bars[0]!.marker?.key).toBe(raw.chart.rows[i].plan);
        expect(MARK_STYLES[section.bars[0]!.marker!.style].shape).toBe('marker');
        expect(section.note).toMatch(/^\d+(,\d+)?% kế hoạch$/);
      }
    }
    // The two districts share one scale in two blocks: they get a value axis; the city alone does not need one.
    expect((budgets.find((d) => d.file === 'thu-ngan-sach-quan-2024.yaml')!.model as BarChartModel).axisUnit).toBe('tỷ đồng');
    expect((budgets.find((d) => d.file === 'thu-ngan-sach-ha-noi-2024.yaml')!.model as BarChartModel).axisUnit).toBeUndefined();
  });
  it('draws the largest inspection count (35.633 lượt giám sát đảng viên) in a strong hue in both themes', () => {
    const model = datasets.find((d) => d.file === 'kiem-tra-giam-sat.yaml')!.model as BarChartModel;
    const bar = model.sections.flatMap((s) => s.bars).find((b) => b.value === 35633)!;
    expect(MARK_STYLES[bar.style].shape).toBe('solid');
    for (const theme of ['light', 'dark'] as const) expect(markContrast(bar.style, theme)).toBeGreaterThanOrEqual(4.5);
  });
  it('gives the commune waffle a legend that counts the cells of each colour', () => {
    const model = datasets.find((d) => d.file === 'nong-thon-moi-2024.yaml')!.model as WaffleModel;
    expect(model.legend.map((e) => e.cells)).toEqual([76, 112, 194]);
    expect(model.legend[2]!.label).toMatch(/^194 xã đạt chuẩn nông thôn mới, chưa nâng cao \(số tính toán: 382 − 188\)/);
    const svg = waffleSvg(model, { idPrefix: 'w', title: 't', description: 'd' });
    for (const entry of model.legend) expect(svg.match(new RegExp(`mark--${entry.style}"`, 'g'))?.length, entry.style).toBe(entry.cells);
  });
});

describe('card previews', () => {
  it.each(drawnCharts.map((d) => [d.file, d.model] as const))('%s: the preview draws the same marks in the same styles', (_file, model) => {
    const svg = thumbnailSvg(model)!;
    expect(svg).toMatch(/aria-hidden="true"/);
    const styles = [...svg.matchAll(/mark--([\w-]+)/g)].map((m) => m[1]);
    if (model.type === 'bars') expect(styles).toEqual(model.sections.flatMap((s) => s.bars.flatMap((b) => [b.style, ...(b.marker ? [b.marker.style] : [])])));
    if (model.type === 'waffle') for (const e of model.legend) expect(styles.filter((s) => s === e.style).length).toBe(e.cells);
  });
  it('tables have no preview (the card says how many figures they hold)', () => {
    expect(thumbnailSvg(datasets.find((d) => d.model.type === 'table')!.model)).toBeUndefined();
  });
});

describe('the palette', () => {
  it('gives every mark at least 3:1 against the page in both themes (WCAG non-text contrast)', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const style of Object.keys(MARK_STYLES) as MarkStyle[]) {
        if (style === 'none') continue;
        expect(edgeContrast(style, theme), `${style} ${theme}`).toBeGreaterThanOrEqual(3);
      }
      expect(contrastRatio(CHART_COLOURS[theme]['--chart-label']!, CHART_COLOURS[theme]['--chart-bg']!)).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('declares the same colours in src/styles/charts.css', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    const block = (start: RegExp) => {
      const from = css.search(start);
      const body = css.slice(from, css.indexOf('}', from));
      return Object.fromEntries([...body.matchAll(/(--chart-[\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
    };
    const { '--chart-bg': _l, ...light } = CHART_COLOURS.light;
    const { '--chart-bg': _d, ...dark } = CHART_COLOURS.dark;
    expect(block(/^:root \{/m)).toEqual(light);
    expect(block(/^:root\[data-theme='dark'\] \{/m)).toEqual(dark);
    expect(block(/:root:not\(\[data-theme='light'\]\) \{/)).toEqual(dark);
  });
  it('embeds the light colours in a downloaded SVG', () => {
    const model = datasets.find((d) => d.model.type === 'bars')!.model as BarChartModel;
    const { svg } = barChartSvg(model, { idPrefix: 'x', title: 't', description: 'd', standalone: true });
    for (const style of new Set(model.sections.flatMap((s) => s.bars.map((b) => b.style)))) {
      expect(svg).toContain(`.mark--${style}{fill:${CHART_COLOURS.light[MARK_STYLES[style].token]}`);
    }
    const budget = datasets.find((d) => d.raw.chart.kind === 'budget')!.model as BarChartModel;
    const file = barChartSvg(budget, { idPrefix: 'x', title: 't', description: 'd', standalone: true }).svg;
    expect(file).toContain(`.mark--plan{fill:none;stroke:${CHART_COLOURS.light['--chart-plan']};stroke-width:`);
    expect(file).toContain(`.mark-halo{stroke:${CHART_COLOURS.light['--chart-bg']}`);
  });
  it('sets the plan marker off the actual bar it crosses: its line contrasts with the page, its halo is the page', () => {
    for (const theme of ['light', 'dark'] as const) {
      const c = CHART_COLOURS[theme];
      expect(contrastRatio(c['--chart-plan']!, c['--chart-bg']!), theme).toBeGreaterThanOrEqual(4.5);
      // The halo (page colour) against the bar, and the line against the halo: both edges are visible.
      expect(contrastRatio(c['--chart-actual']!, c['--chart-bg']!), theme).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('each rule fails when broken', () => {
  const bars = (styles: Array<[MarkStyle, number, string]>, legend: ChartModel['legend'] = []): BarChartModel => ({
    type: 'bars', scale: 'shared', legend, drawn: [],
    sections: [{ bars: styles.map(([style, value, text], i) => ({ key: `b${i}`, style, value, text })) }],
  });
  it('a style with neither a legend entry nor direct labels', () => {
    expect(unexplainedStyles(bars([['count-1', 5, '24.106 lượt'], ['count-2', 7, '25.180 lượt']]))).toHaveLength(2);
    expect(unexplainedStyles(bars([['count-1', 5, 'Tổ chức đảng: 24.106 lượt']]))).toEqual([]);
    expect(unexplainedStyles(bars([['count-1', 5, '24.106 lượt']], [{ style: 'count-1', label: 'Tổ chức đảng' }]))).toEqual([]);
  });
  it('a plan drawn as a bar of its own, or a marker in an area style', () => {
    expect(misplacedMarks(bars([['actual', 5365, 'Thực hiện: 5.365'], ['plan', 5300, 'Kế hoạch: 5.300']]))).toHaveLength(1);
    const crossed = bars([['actual', 5365, 'Thực hiện: 5.365']]);
    crossed.sections[0]!.bars[0]!.marker = { key: 'k', value: 5300, text: 'Kế hoạch: 5.300', style: 'count-1' };
    expect(misplacedMarks(crossed)).toHaveLength(1);
    crossed.sections[0]!.bars[0]!.marker!.style = 'plan';
    expect(misplacedMarks(crossed)).toEqual([]);
  });
  it('a value neither written beside its mark nor readable off an axis', () => {
    const unlabelled = bars([['count-1', 5, 'Tổ chức đảng'], ['count-2', 7, 'Đảng viên: 25.180 lượt']]);
    expect(unreadableValues(unlabelled)).toEqual(['b0: its value is neither written beside it nor readable off an axis']);
    expect(unreadableValues({ ...unlabelled, axisUnit: 'lượt' })).toEqual([]);
    // A marker counts too: a plan line with no number said needs the axis.
    const crossed = bars([['actual', 5365, 'Thực hiện: 5.365 tỷ đồng']]);
    crossed.sections[0]!.bars[0]!.marker = { key: 'k', value: 5300, text: 'Kế hoạch', style: 'plan' };
    expect(unreadableValues(crossed)).toHaveLength(1);
  });
  it('a marker larger than every bar counts in the largest-value rule, judged by its stroke', () => {
    const crossed = bars([['actual', 100, 'Thực hiện: 100']]);
    crossed.sections[0]!.bars[0]!.marker = { key: 'k', value: 150, text: 'Kế hoạch: 150', style: 'plan' };
    expect(largestIsFaintest(crossed)).toEqual([]);
    crossed.sections[0]!.bars[0]!.marker!.style = 'none';
    expect(largestIsFaintest(crossed).length).toBeGreaterThan(0);
  });
  it('two meanings in one style', () => {
    expect(sharedStyles(bars([], [{ style: 'plan', label: 'Kế hoạch' }, { style: 'plan', label: 'Cả nước' }]))).toHaveLength(1);
  });
  it('the largest value in the faintest style (the old inspection chart: a pale dashed 35.633)', () => {
    const old = bars([['count-1', 24106, 'a: 1'], ['none', 35633, 'b: 1']]);
    expect(largestIsFaintest(old)).toHaveLength(2);
    expect(largestIsFaintest(bars([['count-1', 24106, 'a: 1'], ['count-2', 35633, 'b: 1']]))).toEqual([]);
  });
  it('a waffle legend that gives level totals instead of the cells of each colour', () => {
    const figures = [fig('tong', 382, 'xã'), fig('chuan', 382, 'xã'), fig('r1', 100, '%'), fig('nc', 188, 'xã'), fig('r2', 49.2, '%')];
    const spec = { kind: 'waffle' as const, total: 'tong', levels: [{ name: 'Đạt chuẩn', count: 'chuan', rate: 'r1' }, { name: 'Đạt chuẩn nâng cao', count: 'nc', rate: 'r2' }] };
    const model = buildChartModel(spec, figures) as WaffleModel;
    expect(waffleLegendMismatch(model)).toEqual([]);
    const wrong: WaffleModel = { ...model, legend: [{ style: 'count-1', label: '188 xã', cells: 188 }, { style: 'count-2', label: '382 xã', cells: 382 }] };
    expect(waffleLegendMismatch(wrong).length).toBeGreaterThan(0);
  });
  it('a waffle whose outer level leaves cells out gets a legend entry for them', () => {
    const figures = [fig('tong', 10, 'xã'), fig('a', 6, 'xã'), fig('ra', 60, '%')];
    const model = buildChartModel({ kind: 'waffle', total: 'tong', levels: [{ name: 'Đạt chuẩn', count: 'a', rate: 'ra' }] }, figures) as WaffleModel;
    expect(model.legend.map((e) => [e.style, e.cells])).toEqual([['count-2', 6], ['none', 4]]);
    expect(waffleLegendMismatch(model)).toEqual([]);
  });
});
