/**
 * The chart as a figure of its own, for everything that leaves the page: the SVG download,
 * the PNG download (the same SVG rasterised, ./raster.ts), the sharing card (the same SVG
 * again, set on a 1200×630 ground) and nothing else. Title, takeaway, the chart drawn by
 * ./svg.ts from the same model as the page, the legend, the source, the page's address and
 * the licence: a copy that travels alone still says what it shows and where it comes from,
 * as Our World in Data's exported charts do.
 */
import type { ChartModel } from './chart-model';
import { escapeXml as x } from './escape';
import { CHART_COLOURS, standaloneStyle } from './palette';
import { barChartSvg, STANDALONE_WIDTH, waffleSvg } from './svg';
import { wrapText } from './text-wrap';

export interface FigureFrame {
  title: string;
  takeaway: string;
  /** "Nhân Dân, năm 2025: “Kết quả năm 2024: …”", one entry per source article. */
  sources: string[];
  /** The chart page's full address: the way back. */
  url: string;
  siteName: string;
  /** "CC BY 4.0". */
  licence: string;
}

const PAD = 20;
export const FIGURE_WIDTH = STANDALONE_WIDTH + 2 * PAD;
const TITLE_LINE = 26;
const TEXT_LINE = 21;
const META_LINE = 17;
/** Characters a line at each size, at the figure's width (Noto Sans, generous). */
const TITLE_CHARS = 58;
const TEXT_CHARS = 82;
const META_CHARS = 100;

/** The chart's own markup (no <style>, no ground) and its height at the figure's width. */
function chartBody(model: ChartModel, idPrefix: string, title: string, description: string): { body: string; height: number } | undefined {
  const options = { idPrefix, title, description, standalone: true };
  if (model.type === 'bars') {
    const { svg, layout } = barChartSvg(model, options);
    return { body: inner(svg), height: layout.height };
  }
  if (model.type === 'waffle') {
    // The waffle's legend lives in the page's HTML; a figure carries it in the SVG.
    const legend = model.legend.map((entry, i) => {
      const y = i * 22;
      const dot = entry.style === model.groups.find((g) => g.level === model.levels.length - 1 && model.levels.length > 1)?.style;
      return `<g class="chart-legend" data-style="${entry.style}"><rect class="mark mark--${entry.style}" x="0.75" y="${y + 4}" width="14" height="14"/>${dot ? `<circle class="cell-dot" cx="7.75" cy="${y + 11}" r="2.8"/>` : ''}<text x="24" y="${y + 16}">${x(entry.label)}</text></g>`;
    });
    const legendHeight = model.legend.length * 22 + 12;
    // The wide waffle (40 cells a row) across the figure's whole width.
    const svg = waffleSvg(model, { ...options, width: 'wide' });
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    const [vw, vh] = [Number(viewBox[1]), Number(viewBox[2])];
    const height = Math.round((STANDALONE_WIDTH * vh) / vw);
    const cells = `<svg x="0" y="${legendHeight}" width="${STANDALONE_WIDTH}" height="${height}" viewBox="0 0 ${vw} ${vh}">${inner(svg)}</svg>`;
    return { body: `${legend.join('')}${cells}`, height: legendHeight + height };
  }
  return undefined;
}

/** What lies between an <svg …> root's tags, its <style> and ground left out. */
function inner(svg: string): string {
  return svg
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>$/, '')
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<rect class="chart-bg"[^>]*\/>/, '');
}

/**
 * The figure as a complete SVG document, or undefined for a dataset drawn as a table.
 * Same input, same bytes: the build is reproducible and the card cache keys on it.
 */
export function chartFigureSvg(model: ChartModel, frame: FigureFrame, idPrefix: string, description: string): string | undefined {
  const chart = chartBody(model, `${idPrefix}-chart`, frame.title, description);
  if (!chart) return undefined;
  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], cls: string, step: number) => {
    for (const line of lines) {
      y += step;
      parts.push(`<text class="${cls}" x="${PAD}" y="${y - 6}">${x(line)}</text>`);
    }
  };
  text(wrapText(frame.title, TITLE_CHARS), 'fig-title', TITLE_LINE);
  y += 4;
  text(wrapText(frame.takeaway, TEXT_CHARS), 'fig-text', TEXT_LINE);
  y += 14;
  parts.push(`<svg class="chart-svg${model.type === 'bars' && model.axisUnit !== undefined ? ' chart-svg--axis' : ''}" x="${PAD}" y="${y}" width="${STANDALONE_WIDTH}" height="${chart.height}">${chart.body}</svg>`);
  y += chart.height + 10;
  parts.push(`<line class="fig-rule" x1="${PAD}" x2="${FIGURE_WIDTH - PAD}" y1="${y}" y2="${y}"/>`);
  y += 4;
  const source = `Nguồn: ${frame.sources.join('; ')}.`;
  text(wrapText(source, META_CHARS), 'fig-meta', META_LINE);
  text(wrapText(`${frame.siteName} · ${frame.url}`, META_CHARS), 'fig-meta', META_LINE);
  text([`Giấy phép ${frame.licence}: dùng lại tự do, ghi nguồn kèm đường dẫn trên.`], 'fig-meta', META_LINE);
  const height = Math.ceil(y + PAD - 4);
  const c = CHART_COLOURS.light;
  const style = [
    standaloneStyle(),
    `.fig-title{font-size:19px}`,
    `.fig-text{font-size:15px}`,
    `.fig-rule{stroke:${c['--chart-grid']};stroke-opacity:.5;stroke-width:1}`,
    // The accent bar at the top, as on the site's sharing cards.
  ].join('\n');
  const ids = `${idPrefix}-title ${idPrefix}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${height}" viewBox="0 0 ${FIGURE_WIDTH} ${height}" role="img" aria-labelledby="${ids}">`,
    `<title id="${idPrefix}-title">${x(frame.title)}</title><desc id="${idPrefix}-desc">${x(description)}</desc>`,
    `<style>\n${style}\n</style>`,
    `<rect width="100%" height="100%" fill="${c['--chart-bg']}"/><rect width="100%" height="4" fill="${c['--chart-actual']}"/>`,
    ...parts,
    '</svg>',
  ].join('');
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The sharing card: the figure, scaled to fit, centred on a 1200×630 ground of its own
 * colour. It holds the figure's markup unchanged, so the card is that SVG rasterised.
 */
export function cardFromFigure(figureSvg: string): string {
  const root = /^<svg [^>]*width="(\d+)" height="(\d+)"[^>]*>/.exec(figureSvg);
  if (!root) throw new Error('cardFromFigure: not a figure made by chartFigureSvg');
  const [w, h] = [Number(root[1]), Number(root[2])];
  const scale = Math.min(CARD_WIDTH / w, CARD_HEIGHT / h);
  const [cw, ch] = [w * scale, h * scale];
  const nested = figureSvg.replace(/^<svg [^>]*>/, `<svg x="${((CARD_WIDTH - cw) / 2).toFixed(2)}" y="${((CARD_HEIGHT - ch) / 2).toFixed(2)}" width="${cw.toFixed(2)}" height="${ch.toFixed(2)}" viewBox="0 0 ${w} ${h}">`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"><rect width="100%" height="100%" fill="${CHART_COLOURS.light['--chart-bg']}"/>${nested}</svg>`;
}
