/**
 * Vietnamese number formatting: a dot groups thousands and a comma marks decimals
 * (4.954,8; 49,2%). Intl's vi-VN locale already does this; this module only fixes how many
 * decimals to show and how units and hedges ("hơn", "khoảng") are written, so that text,
 * charts, tables and CSV all print a figure the same way.
 */

const cache = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = cache.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, f);
  }
  return f;
}

/** Decimals as written in the source value: 4954.8 → 1, 509 → 0, 5.08 → 2. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Figures are written with a few decimals at most, so String() never uses exponent notation here.
  return String(value).split('.')[1]?.length ?? 0;
}

/** 4954.8 → "4.954,8"; keeps the decimals the value carries unless told otherwise. */
export function formatNumber(value: number, decimals: number = decimalsOf(value)): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: not a finite number: ${value}`);
  return formatter(decimals).format(value);
}

/** 49.2 → "49,2%" (Vietnamese puts no space before the percent sign). */
export function formatPercent(value: number, decimals: number = decimalsOf(value)): string {
  return `${formatNumber(value, decimals)}%`;
}

export const QUALIFIER_WORDS = {
  hon: 'hơn',
  khoang: 'khoảng',
  uoc: 'ước',
  tren: 'trên',
  'it-nhat': 'ít nhất',
} as const;
export type Qualifier = keyof typeof QUALIFIER_WORDS;

/** Digits as they are, for years and numbers that are not quantities: 2045 → "2045", 5.5 → "5,5". */
export function formatPlain(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * A value with its unit, as a sentence would say it: "hơn 509 nghìn tỷ đồng", "49,2%",
 * "24.106 lượt". Percent-like units attach without a space. `plain` drops the thousands
 * separator (a year: "năm 2045", never "2.045").
 */
export function formatQuantity(value: number, unit: string, options: { qualifier?: Qualifier; decimals?: number; plain?: boolean } = {}): string {
  const number = options.plain ? formatPlain(value) : formatNumber(value, options.decimals ?? decimalsOf(value));
  const body = unit === '%' ? `${number}%` : unit ? `${number} ${unit}` : number;
  return options.qualifier ? `${QUALIFIER_WORDS[options.qualifier]} ${body}` : body;
}
