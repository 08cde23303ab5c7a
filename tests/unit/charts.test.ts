import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/lib/charts/bar-layout';
import { buildChartModel, specReferences, type BarChartModel, type WaffleModel } from '../../src/lib/charts/chart-model';
import { describeChart } from '../../src/lib/charts/describe';
import { barChartSvg, waffleSvg } from '../../src/lib/charts/svg';
import { wrapText } from '../../src/lib/charts/text-wrap';
import { formulaText } from '../../src/lib/charts/figure-text';
import { waffleCells } from '../../src/lib/charts/waffle';
import type { Figure } from '../../src/lib/charts/types';
import { datasetCsv } from '../../src/lib/csv';
import { csvParse } from 'd3-dsv';

const fig = (id: string, value: number, unit: string, extra: Partial<Figure> = {}): Figure => ({
  id,
  label: id,
  value,
  unit,
  kind: 'reported',
  status: 'result',
  article: 'ket-qua-2024-khoi-thong-nguon-luc',
  evidence: `${value}`,
  ...extra,
});

const districts = [
  fig('hm-thu', 5365, 'tỷ đồng'),
  fig('hm-ty-le', 101, '%'),
  fig('hm-ke-hoach', 5311.9, 'tỷ đồng', { kind: 'computed', compute: { op: 'plan-from-share', from: ['hm-thu', 'hm-ty-le'] }, label: 'Kế hoạch Hoàng Mai' }),
  fig('th-thu', 4954.8, 'tỷ đồng', { qualifier: 'uoc' }),
  fig('th-ty-le', 176.2, '%'),
  fig('th-ke-hoach', 2812, 'tỷ đồng', { kind: 'computed', compute: { op: 'plan-from-share', from: ['th-thu', 'th-ty-le'] } }),
];
const budgetSpec = {
  kind: 'budget' as const,
  rows: [
    { name: 'Hoàng Mai', actual: 'hm-thu', plan: 'hm-ke-hoach', share: 'hm-ty-le' },
    { name: 'Tây Hồ', actual: 'th-thu', plan: 'th-ke-hoach', share: 'th-ty-le' },
  ],
};

describe('bar layout', () => {
  it('draws bar lengths proportional to the values on a shared axis', () => {
    const model = buildChartModel(budgetSpec, districts) as BarChartModel;
    const layout = layoutBars(model.sections, 'shared');
    const bars = layout.sections.flatMap((s) => s.bars);
    const longest = bars.find((b) => b.key === 'hm-thu')!;
    expect(longest.widthPct).toBeCloseTo(100, 6);
    for (const bar of bars) expect(bar.widthPct / 100).toBeCloseTo(bar.value / 5365, 6);
  });
  it('gives each section its own axis for small multiples of different units', () => {
    const layout = layoutBars(
      [
        { title: 'GRDP quý I', bars: [{ key: 'a', text: 'Hà Nội', value: 5.08, style: 'actual' }, { key: 'b', text: 'Cả nước', value: 3.32, style: 'comparison' }] },
        { title: 'Quy mô', bars: [{ key: 'c', text: 'Hà Nội', value: 50, style: 'actual' }, { key: 'd', text: 'Cả nước', value: 409, style: 'comparison' }] },
      ],
      'per-section',
    );
    const [first, second] = layout.sections;
    expect(first!.bars[0]!.widthPct).toBeCloseTo(100);
    expect(first!.bars[1]!.widthPct).toBeCloseTo((3.32 / 5.08) * 100);
    expect(second!.bars[0]!.widthPct).toBeCloseTo((50 / 409) * 100);
  });
  it('never overlaps: each bar starts below its text, each row below the previous', () => {
    const model = buildChartModel(budgetSpec, districts) as BarChartModel;
    const bars = layoutBars(model.sections, 'shared').sections.flatMap((s) => s.bars);
    for (let i = 0; i < bars.length; i++) {
      expect(bars[i]!.barY).toBeGreaterThan(Math.max(...bars[i]!.lineYs));
      if (i > 0) expect(Math.min(...bars[i]!.lineYs)).toBeGreaterThan(bars[i - 1]!.barY);
    }
  });
  it('refuses negative values', () => {
    expect(() => layoutBars([{ bars: [{ key: 'x', text: 'x', value: -1, style: 'actual' }] }], 'shared')).toThrow(/negative/);
  });
});

describe('budget chart model and SVG', () => {
  it('labels computed plans and shows the share of plan in Vietnamese notation', () => {
    const model = buildChartModel(budgetSpec, districts) as BarChartModel;
    const text = describeChart(model);
    expect(text).toContain('Kế hoạch (số tính toán): 5.311,9 tỷ đồng');
    expect(text).toContain('Tây Hồ (176,2% kế hoạch): Thực hiện: ước 4.954,8 tỷ đồng');
    // The share of plan is said beside the row's name, once.
    expect(model.sections.map((s) => s.note)).toEqual(['101% kế hoạch', '176,2% kế hoạch']);
  });
  it('draws plan against actual as one mark: the actual bar, the plan a marker line across it', () => {
    const model = buildChartModel(budgetSpec, districts) as BarChartModel;
    expect(model.sections.map((s) => s.bars.length)).toEqual([1, 1]);
    const [hm, th] = model.sections.map((s) => s.bars[0]!);
    expect([hm!.style, hm!.marker?.style, hm!.marker?.value]).toEqual(['actual', 'plan', 5311.9]);
    expect(th!.marker?.text).toBe('Kế hoạch (số tính toán): 2.812 tỷ đồng');
    const layout = layoutBars(model.sections, 'shared', { axisUnit: 'tỷ đồng' });
    const placed = layout.sections.map((s) => s.bars[0]!);
    // One scale for bars and markers: Tây Hồ's plan sits at 2.812 / 5.365 of the width.
    expect(placed[1]!.placedMarker!.xPct).toBeCloseTo((2812 / 5365) * 100, 6);
    expect(placed[0]!.placedMarker!.xPct).toBeCloseTo((5311.9 / 5365) * 100, 6);
    // Its text lines sit above the bar, below the bar's own.
    for (const bar of placed) expect(Math.max(...bar.lineYs)).toBeLessThan(Math.min(...bar.placedMarker!.lineYs));
    for (const bar of placed) expect(Math.max(...bar.placedMarker!.lineYs)).toBeLessThan(bar.barY);
    const { svg } = barChartSvg(model, { idPrefix: 'p', title: 't', description: 'd' });
    // Two markers across the bars, and the legend's swatch: a plan is a line wherever it is drawn.
    expect(svg.match(/<line class="mark mark--plan"/g)).toHaveLength(3);
    expect(svg).not.toMatch(/<rect class="mark mark--plan"/);
  });
  it('gives the two districts a value axis in their unit, with round ticks from zero inside the chart', () => {
    const model = buildChartModel(budgetSpec, districts) as BarChartModel;
    expect(model.axisUnit).toBe('tỷ đồng');
    const { svg, layout } = barChartSvg(model, { idPrefix: 'p', title: 't', description: 'd', width: 'wide' });
    const ticks = layout.axis!.ticks;
    expect(ticks.map((t) => t.label)).toEqual(['0', '1.000', '2.000', '3.000', '4.000', '5.000']);
    for (const t of ticks) expect(t.pct).toBeCloseTo((t.value / 5365) * 100, 6);
    expect(svg).toContain('Đơn vị: tỷ đồng');
    expect(svg.match(/class="chart-grid"/g)).toHaveLength(5);
    // The axis lies below every bar.
    const lowest = Math.max(...layout.sections.flatMap((s) => s.bars.map((b) => b.barY + b.height)));
    expect(layout.axis!.gridBottom).toBeGreaterThan(lowest);
    // A narrow chart gets fewer ticks, so their labels never touch.
    const narrow = barChartSvg(model, { idPrefix: 'p', title: 't', description: 'd', width: 'narrow' }).layout.axis!.ticks;
    expect(narrow.length).toBeLessThan(ticks.length);
  });
  it('gives a single labelled row no axis: its values are all written beside their marks', () => {
    const one = buildChartModel({ kind: 'budget', rows: [budgetSpec.rows[0]!] }, districts) as BarChartModel;
    expect(one.axisUnit).toBeUndefined();
    expect(barChartSvg(one, { idPrefix: 'p', title: 't', description: 'd' }).svg).not.toContain('chart-grid');
  });
  it('renders an accessible SVG whose bars carry their figure values', () => {
    const model = buildChartModel(budgetSpec, districts) as BarChartModel;
    const { svg } = barChartSvg(model, { idPrefix: 'p', title: 'Thu <ngân sách>', description: 'mô tả' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="p-title p-desc"/);
    expect(svg).toContain('<title id="p-title">Thu &lt;ngân sách&gt;</title>');
    expect([...svg.matchAll(/data-value="([\d.]+)"/g)].map((m) => Number(m[1]))).toEqual([5365, 5311.9, 4954.8, 2812]);
    // Each figure drawn is a target for the values shown on touch: one <g data-figure> each.
    expect([...svg.matchAll(/<g class="bar[^"]*" data-figure="([^"]+)"/g)].map((m) => m[1])).toEqual(['hm-thu', 'hm-ke-hoach', 'th-thu', 'th-ke-hoach']);
  });
  it('names the field of a spec that points at a missing figure', () => {
    expect(() => buildChartModel({ ...budgetSpec, rows: [{ name: 'X', actual: 'khong-co', plan: 'hm-ke-hoach', share: 'hm-ty-le' }] }, districts)).toThrow(
      'chart.rows[0].actual names figure "khong-co", which is not in this dataset',
    );
    expect(specReferences(budgetSpec).map((r) => r.field)).toContain('chart.rows[1].share');
  });
});

describe('waffle', () => {
  it('has one cell per commune with the nested levels counted exactly', () => {
    const cells = waffleCells(382, [382, 188, 76], 20);
    expect(cells).toHaveLength(382);
    expect(cells.filter((c) => c.level >= 0)).toHaveLength(382);
    expect(cells.filter((c) => c.level >= 1)).toHaveLength(188);
    expect(cells.filter((c) => c.level === 2)).toHaveLength(76);
    // Nesting: every model commune is also advanced and standard.
    expect(cells.filter((c) => c.level === 2).every((c) => c.index < 188)).toBe(true);
    expect(cells.at(-1)).toMatchObject({ column: 1, row: 19 });
  });
  it('refuses levels that are not nested', () => {
    expect(() => waffleCells(382, [382, 76, 188], 20)).toThrow(/larger than the level that contains it/);
  });
  it('renders 382 cells and marks the innermost level with a dot too', () => {
    const figures = [
      fig('tong', 382, 'xã'),
      fig('chuan', 382, 'xã'),
      fig('ty-le-chuan', 100, '%'),
      fig('nang-cao', 188, 'xã'),
      fig('ty-le-nang-cao', 49.2, '%'),
      fig('kieu-mau', 76, 'xã'),
      fig('ty-le-kieu-mau', 19.9, '%', { kind: 'computed', compute: { op: 'ratio-percent', from: ['kieu-mau', 'tong'] } }),
    ];
    const spec = {
      kind: 'waffle' as const,
      total: 'tong',
      levels: [
        { name: 'Nông thôn mới', count: 'chuan', rate: 'ty-le-chuan' },
        { name: 'Nâng cao', count: 'nang-cao', rate: 'ty-le-nang-cao' },
        { name: 'Kiểu mẫu', count: 'kieu-mau', rate: 'ty-le-kieu-mau' },
      ],
    };
    const model = buildChartModel(spec, figures) as WaffleModel;
    const svg = waffleSvg(model, { idPrefix: 'w', title: 'Xã', description: describeChart(model) });
    expect(svg.match(/<rect /g)).toHaveLength(382);
    expect(svg.match(/<circle /g)).toHaveLength(76);
    expect(describeChart(model)).toContain('Kiểu mẫu: 76 xã (19,9%, số tính toán)');
  });
});

describe('wrapText', () => {
  it('breaks long labels into lines that fit a 320 px screen', () => {
    const lines = wrapText('Thực hiện: hơn 509 nghìn tỷ đồng, bằng 124,7% kế hoạch, tăng 23,8% so với năm trước');
    expect(lines.every((l) => l.length <= 34)).toBe(true);
    expect(lines.join(' ')).toBe('Thực hiện: hơn 509 nghìn tỷ đồng, bằng 124,7% kế hoạch, tăng 23,8% so với năm trước');
  });
});

describe('CSV', () => {
  it('holds the same numbers as the figures, with the formula of computed ones', () => {
    const rows = csvParse(datasetCsv(districts).replace(/^\uFEFF/, ''));
    expect(rows.map((r) => Number(r.gia_tri))).toEqual(districts.map((f) => f.value));
    expect(rows[2]).toMatchObject({ ma_so: 'hm-ke-hoach', hien_thi: '5.311,9 tỷ đồng', loai: 'số tính toán' });
    expect(rows[2]!.cong_thuc).toBe('5.365 tỷ đồng ÷ 101% — từ hm-thu: 5.365 tỷ đồng; hm-ty-le: 101%');
    expect(rows[3]!.hien_thi).toBe('ước 4.954,8 tỷ đồng');
  });
});

describe('typography of figure text', () => {
  it('never nests brackets in a formula, even when labels carry their own', () => {
    const figures = [
      fig('tn', 141.8, 'triệu đồng/người/năm', { label: 'Thu nhập bình quân (năm 2022)' }),
      fig('tang', 10.6, '%', { label: 'Mức tăng so với năm 2021' }),
      fig('tn-2021', 128.2, 'triệu đồng/người/năm', { kind: 'computed', compute: { op: 'previous-from-growth', from: ['tn', 'tang'] } }),
    ];
    const text = formulaText(figures[2]!, new Map(figures.map((f) => [f.id, f])))!;
    expect(text).toBe('141,8 triệu đồng/người/năm ÷ (100% + 10,6%) — từ Thu nhập bình quân (năm 2022): 141,8 triệu đồng/người/năm; Mức tăng so với năm 2021: 10,6%');
    expect(text).not.toMatch(/\)\)|\s:/);
  });
});
