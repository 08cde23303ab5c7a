/** The text alternative of a chart (<desc>): every value drawn, in reading order. */
import type { ChartModel } from './chart-model';
import { COMPUTED_LABEL, valueText } from './figure-text';

export function describeChart(model: ChartModel): string {
  switch (model.type) {
    case 'bars':
      return (model.legend.length > 0 ? `Chú giải: ${model.legend.map((l) => l.label).join('; ')}. ` : '') + model.sections
        .map((s) => {
          const head = s.title ? `${s.title}${s.note ? ` (${s.note})` : ''}: ` : '';
          return `${head}${s.bars.map((b) => [b.text, ...(b.marker ? [b.marker.text] : [])].join('; ')).join('; ')}`;
        })
        .join('. ')
        .concat('.');
    case 'waffle': {
      const levels = model.levels.map((l) => {
        const rateNote = l.rate.kind === 'computed' ? `, ${COMPUTED_LABEL}` : '';
        return `${l.name}: ${valueText(l.count)} (${valueText(l.rate)}${rateNote})`;
      });
      const colours = model.groups.map((g) => g.label);
      return `Mỗi ô là một trong ${valueText(model.total)}. ${levels.join('. ')}. Theo màu ô: ${colours.join('; ')}.`;
    }
    case 'table':
      return model.drawn.map((f) => `${f.label}: ${valueText(f)}`).join('. ');
  }
}
