/**
 * The chart grammar (DESIGN.md "Chart grammar"): one meaning per mark style across the site.
 * The colours live here once, for light and dark; src/styles/charts.css declares the same
 * values as CSS custom properties (a unit test keeps the two equal), and a downloaded SVG
 * embeds the light ones. Contrast is measured against the page background, so tests can
 * prove that no mark is too faint and that the largest value is never the faintest mark.
 */

export type MarkStyle = 'actual' | 'plan' | 'comparison' | 'count-1' | 'count-2' | 'count-3' | 'count-4' | 'none';

/**
 * Filled marks; outlines (an outline's fill is the background: it reads as the faintest); or
 * markers, lines drawn across a bar at a value (the plan on the actual bar: a bullet chart).
 * A marker encodes its value by position, not by area, so its strength is its stroke's.
 */
export type MarkShape = 'solid' | 'outline' | 'marker';

export interface StyleSpec {
  /** What this style means wherever it appears. */
  meaning: string;
  shape: MarkShape;
  /** The CSS custom property holding the mark's colour (fill, or stroke for outlines). */
  token: string;
}

export const MARK_STYLES: Record<MarkStyle, StyleSpec> = {
  actual: { meaning: 'số thực hiện, số báo cáo', shape: 'solid', token: '--chart-actual' },
  plan: { meaning: 'kế hoạch, mục tiêu', shape: 'marker', token: '--chart-plan' },
  comparison: { meaning: 'số để so sánh (cả nước)', shape: 'solid', token: '--chart-comparison' },
  'count-1': { meaning: 'loại thứ nhất được đếm', shape: 'solid', token: '--chart-count-1' },
  'count-2': { meaning: 'loại thứ hai được đếm', shape: 'solid', token: '--chart-count-2' },
  'count-3': { meaning: 'loại thứ ba được đếm', shape: 'solid', token: '--chart-count-3' },
  'count-4': { meaning: 'loại thứ tư được đếm', shape: 'solid', token: '--chart-count-4' },
  none: { meaning: 'không thuộc nhóm nào', shape: 'outline', token: '--chart-grid' },
};

export type Theme = 'light' | 'dark';

/** Colour of every chart token, per theme. Background is the page's --bg. */
export const CHART_COLOURS: Record<Theme, Record<string, string>> = {
  light: {
    '--chart-actual': '#9c1f17',
    '--chart-plan': '#1d1b18',
    '--chart-comparison': '#4d4d4d',
    '--chart-count-1': '#2f6f9f',
    '--chart-count-2': '#1d6b4f',
    '--chart-count-3': '#8a5a00',
    '--chart-count-4': '#6a3d9a',
    '--chart-grid': '#8a8378',
    '--chart-label': '#1d1b18',
    '--chart-muted': '#57524a',
    '--chart-bg': '#fdfcf8',
  },
  dark: {
    '--chart-actual': '#f2998f',
    '--chart-plan': '#eceae4',
    '--chart-comparison': '#b4b4b4',
    '--chart-count-1': '#8cc3ea',
    '--chart-count-2': '#8fd6b0',
    '--chart-count-3': '#f0b46a',
    '--chart-count-4': '#c9a7f0',
    '--chart-grid': '#8a8378',
    '--chart-label': '#eceae4',
    '--chart-muted': '#b3ada2',
    '--chart-bg': '#151412',
  },
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * How strongly a style's mark stands out from the background. An outline's area is the
 * background itself, so its contrast is 1 whatever its stroke: it is the faintest mark.
 */
export function markContrast(style: MarkStyle, theme: Theme): number {
  const colours = CHART_COLOURS[theme];
  if (MARK_STYLES[style].shape === 'outline') return 1;
  return contrastRatio(colours[MARK_STYLES[style].token]!, colours['--chart-bg']!);
}

/**
 * How strong a mark reads, in steps a reader can tell apart: 0 an outline (its area is the
 * background), 1 a solid mark under 3:1, 2 under 4.5:1, 3 at 4.5:1 or more. Two solid marks
 * of 7.8:1 and 8.2:1 are equally strong; a dashed outline is always the faintest. A marker is
 * judged by its stroke (edgeContrast), on the same steps.
 */
export function markStrength(style: MarkStyle, theme: Theme): number {
  const shape = MARK_STYLES[style].shape;
  if (shape === 'outline') return 0;
  const contrast = shape === 'marker' ? edgeContrast(style, theme) : markContrast(style, theme);
  return contrast >= 4.5 ? 3 : contrast >= 3 ? 2 : 1;
}

/** The contrast of the visible edge: fill for solid marks, stroke for outlines and markers. */
export function edgeContrast(style: MarkStyle, theme: Theme): number {
  const colours = CHART_COLOURS[theme];
  return contrastRatio(colours[MARK_STYLES[style].token]!, colours['--chart-bg']!);
}

/** Stroke widths of a marker and of the background halo that sets it off the bar it crosses. */
export const MARKER_WIDTH = 2.5;
export const MARKER_HALO = 6.5;

/** CSS rule of one style: the page's (custom properties) or a file's (colours embedded). */
function markRule(style: MarkStyle, colour: (token: string) => string): string {
  const spec = MARK_STYLES[style];
  if (spec.shape === 'solid') return `.mark--${style}{fill:${colour(spec.token)}}`;
  if (spec.shape === 'marker') return `.mark--${style}{fill:none;stroke:${colour(spec.token)};stroke-width:${MARKER_WIDTH}}`;
  return style === 'none'
    ? `.mark--${style}{fill:${colour('--chart-bg')};stroke:${colour(spec.token)};stroke-width:1}`
    : `.mark--${style}{fill:${colour('--chart-bg')};stroke:${colour(spec.token)};stroke-width:1.5;stroke-dasharray:4 3}`;
}

/** CSS for a downloaded SVG: the light theme's colours, embedded (a file has no page CSS). */
export function standaloneStyle(): string {
  const c = CHART_COLOURS.light;
  const rules = (Object.keys(MARK_STYLES) as MarkStyle[]).map((s) => markRule(s, (token) => c[token]!));
  return [
    `text{font-family:'Noto Sans',Arial,sans-serif;font-size:14px;fill:${c['--chart-label']}}`,
    '.chart-section-title,.chart-note,.fig-title{font-weight:700}',
    `.chart-axis text,.fig-meta{fill:${c['--chart-muted']};font-size:12px}`,
    `.chart-grid{stroke:${c['--chart-grid']};stroke-opacity:.35;stroke-width:1}`,
    `.chart-zero{stroke:${c['--chart-label']};stroke-width:1}`,
    `.chart-svg--axis text{paint-order:stroke;stroke:${c['--chart-bg']};stroke-width:4px;stroke-linejoin:round}`,
    `.mark-halo{stroke:${c['--chart-bg']};stroke-width:${MARKER_HALO}}`,
    ...rules,
    `.cell-dot{fill:${c['--chart-bg']}}`,
  ].join('\n');
}
