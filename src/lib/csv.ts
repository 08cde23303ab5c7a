/**
 * The CSV download of a dataset: the same figures as its chart and table, one row each, with
 * the machine value (dot decimals, for spreadsheets and code) next to the Vietnamese display
 * text. d3-dsv does the RFC 4180 quoting; a BOM lets Excel open UTF-8 Vietnamese correctly.
 */
import { csvFormatRows } from 'd3-dsv';
import { COMPUTED_LABEL, STATUS_LABEL, formulaText, valueText } from './charts/figure-text';
import type { Figure } from './charts/types';

export const CSV_COLUMNS = ['ma_so', 'chi_so', 'gia_tri', 'don_vi', 'hien_thi', 'loai', 'cong_thuc', 'trang_thai', 'ky', 'bai_viet', 'trich_dan', 'giay_phep'];

/**
 * `licence` is said on every row ("CC BY 4.0, ghi nguồn …"): a CSV has no place for a note
 * outside its rows, and a row copied alone still carries it.
 */
export function datasetCsv(figures: readonly Figure[], licence = ''): string {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const rows = figures.map((f) => [
    f.id,
    f.label,
    String(f.value),
    f.unit,
    valueText(f),
    f.kind === 'computed' ? COMPUTED_LABEL : 'số báo cáo',
    formulaText(f, byId) ?? '',
    STATUS_LABEL[f.status],
    f.period ?? '',
    f.article,
    f.evidence ?? '',
    licence,
  ]);
  return `\uFEFF${csvFormatRows([CSV_COLUMNS, ...rows])}\r\n`;
}
