/**
 * The code a newsroom pastes to embed a chart: an iframe of the chart's embed view
 * (/so-lieu/<id>/nhung/), as Our World in Data's grapher offers, with a title for screen
 * readers and a height that fits the chart on a phone (the frame cannot size itself across
 * sites without a script on the host page, which we do not ask for).
 */
import { layoutBars } from './bar-layout';
import type { ChartModel } from './chart-model';
import { MAX_LINE_CHARS } from './text-wrap';

/** Room for the title, takeaway, source and link around the plot, at a phone's width. */
const FRAME_TEXT = 300;

/** The iframe's height in pixels: the plot's height at a phone's width plus the text around it, rounded up to 20. */
export function embedHeight(model: ChartModel): number {
  let plot = 0;
  if (model.type === 'bars') plot = layoutBars(model.sections, model.scale, { maxChars: MAX_LINE_CHARS, top: model.legend.length * 22 + 10, axisUnit: model.axisUnit, tickCount: 3 }).height;
  if (model.type === 'waffle') plot = 360 + model.legend.length * 44;
  return Math.ceil((plot + FRAME_TEXT) / 20) * 20;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" style="border: 0; max-width: 100%;"></iframe>`;
}
