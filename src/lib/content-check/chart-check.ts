/**
 * Every chart is built here as the page would build it (src/lib/charts: the model, its SVG,
 * the card thumbnail and the chart grammar's rules), so a chart that cannot be drawn stops the
 * check with a Vietnamese message naming the dataset's line, instead of the build failing in
 * English. The conditions an editor can cause are tested first, with the field's line; any
 * other throw of the chart modules is still caught and said in Vietnamese.
 */
import type { ChartSpec } from '../../schemas/dataset';
import { buildChartModel, COUNT_STYLES, type ChartModel } from '../charts/chart-model';
import { chartRuleProblems } from '../charts/chart-rules';
import { describeChart } from '../charts/describe';
import { barChartSvg, waffleSvg } from '../charts/svg';
import { thumbnailSvg } from '../charts/thumbnail';
import type { Figure } from '../charts/types';
import { formatNumber, decimalsOf } from '../number-format';

export interface ChartProblem {
  /** The YAML path of the field at fault (its line is looked up by the caller). */
  path: Array<string | number>;
  message: string;
}

const n = (value: number) => formatNumber(value, decimalsOf(value));

/** Figure ids drawn as bars, with the field that draws them. */
function barFields(spec: ChartSpec): Array<{ path: Array<string | number>; id: string }> {
  switch (spec.kind) {
    case 'bars':
      return spec.groups.flatMap((g, i) => g.bars.map((id, j) => ({ path: ['chart', 'groups', i, 'bars', j], id })));
    case 'budget':
      return spec.rows.flatMap((r, i) => [
        { path: ['chart', 'rows', i, 'actual'], id: r.actual },
        { path: ['chart', 'rows', i, 'plan'], id: r.plan },
      ]);
    case 'comparison':
      return spec.metrics.flatMap((m, i) => [
        { path: ['chart', 'metrics', i, 'hanoi'], id: m.hanoi },
        { path: ['chart', 'metrics', i, 'country'], id: m.country },
      ]);
    default:
      return [];
  }
}

/** What an editor can get wrong in a spec that the chart modules would throw on, with its field. */
function specProblems(spec: ChartSpec, byId: ReadonlyMap<string, Figure>): ChartProblem[] {
  const problems: ChartProblem[] = [];
  if (spec.kind === 'bars') {
    const width = Math.max(...spec.groups.map((g) => g.bars.length));
    spec.groups.forEach((g, i) => {
      if (g.bars.length > COUNT_STYLES.length) {
        problems.push({ path: ['chart', 'groups', i, 'bars'], message: `nhóm "${g.name}" có ${g.bars.length} cột; mỗi nhóm tối đa ${COUNT_STYLES.length} cột (mỗi cột một màu). Tách thành hai nhóm, hoặc hai bộ số liệu` });
      }
    });
    if (spec.series && spec.series.length !== width && width <= COUNT_STYLES.length) {
      problems.push({ path: ['chart', 'series'], message: `series ghi ${spec.series.length} tên nhưng mỗi nhóm có tới ${width} cột: series cần đúng một tên cho mỗi vị trí cột (cột thứ nhất của mọi nhóm là cùng một loại, …). Thêm hoặc bớt tên cho khớp` });
    }
  }
  for (const { path, id } of barFields(spec)) {
    const figure = byId.get(id);
    if (figure && figure.value < 0) {
      problems.push({ path, message: `số liệu "${id}" âm (${n(figure.value)}) nên không vẽ được thành cột (cột bắt đầu từ 0). Dùng kind: table cho bộ số liệu này, hoặc vẽ con số dương tương ứng (mức giảm) và nói rõ trong label` });
    }
  }
  if (spec.kind === 'waffle') {
    const total = byId.get(spec.total);
    if (total && (!Number.isInteger(total.value) || total.value <= 0)) {
      problems.push({ path: ['chart', 'total'], message: `tổng của biểu đồ ô vuông ("${spec.total}" = ${n(total.value)}) phải là một số nguyên dương: mỗi ô là một đơn vị` });
    }
    spec.levels.forEach((level, i) => {
      const count = byId.get(level.count);
      const outerId = i === 0 ? spec.total : spec.levels[i - 1]!.count;
      const outer = byId.get(outerId);
      if (count && outer && count.value > outer.value) {
        problems.push({
          path: ['chart', 'levels', i, 'count'],
          message: `mức "${level.name}" (${n(count.value)}) lớn hơn ${i === 0 ? 'tổng' : `mức "${spec.levels[i - 1]!.name}"`} bao nó (${n(outer.value)}): các mức xếp từ ngoài vào trong, mức sau nằm trong mức trước. Kiểm tra thứ tự levels và các con số`,
        });
      }
    });
  }
  return problems;
}

/** The chart grammar's findings (English, for developers) said for an editor. */
function ruleInVietnamese(rule: string): string {
  if (/without a legend entry|no legend entry/.test(rule)) return 'biểu đồ có một loại cột không được chú giải và không có nhãn riêng: thêm series (tên mỗi loại cột, theo thứ tự trong nhóm) vào chart';
  if (/means both/.test(rule)) {
    const m = /means both "([^"]*)" and "([^"]*)"/.exec(rule);
    return `hai chú giải dùng chung một màu (${m ? `"${m[1]}" và "${m[2]}"` : ''}): mỗi màu chỉ mang một nghĩa. Đặt hai loại vào hai vị trí cột khác nhau`;
  }
  if (/largest value/.test(rule)) {
    const m = /largest value \(([^)]*)\)/.exec(rule);
    return `giá trị lớn nhất${m ? ` (${m[1]})` : ''} bị vẽ bằng màu nhạt nhất: đổi thứ tự cột trong nhóm (loại có giá trị lớn đặt trước), hoặc chia thành hai biểu đồ`;
  }
  if (/cells|legend counts/.test(rule)) return 'số ô của biểu đồ ô vuông không khớp chú giải: kiểm tra total và count của từng mức (mức sau nằm trong mức trước)';
  return 'biểu đồ không giữ được một quy tắc vẽ (mỗi màu một nghĩa, có chú giải, giá trị lớn không nhạt nhất): xem lại chart và các con số';
}

/** Builds the chart as the page does; returns what stops it, each with the field at fault. */
export function checkChart(spec: ChartSpec, figures: readonly Figure[]): ChartProblem[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const first = specProblems(spec, byId);
  if (first.length > 0) return first;
  let model: ChartModel;
  try {
    model = buildChartModel(spec, figures);
    const options = { idPrefix: 'kiem-tra', title: 'kiểm tra', description: '' };
    if (model.type === 'bars') {
      barChartSvg(model, { ...options, width: 'narrow' });
      barChartSvg(model, { ...options, width: 'wide' });
    } else if (model.type === 'waffle') {
      waffleSvg(model, options);
    }
    thumbnailSvg(model);
    describeChart(model);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [{ path: ['chart'], message: `biểu đồ không vẽ được với các con số hiện có: kiểm tra trường chart (mỗi mã trỏ tới đúng số liệu, các con số không âm, mức trong không lớn hơn mức ngoài). Chi tiết cho người phụ trách kỹ thuật: ${detail}` }];
  }
  return [...new Set(chartRuleProblems(model).map(ruleInVietnamese))].map((message) => ({ path: ['chart'], message }));
}
