/**
 * A source article's record, kept next to its text in the sources folder (SOURCES_DIR, outside
 * the published site): `<name>.txt` holds the text, `<name>.yaml` what is known of it. Written
 * by `npm run tao-moi -- nguon`; the content check compares each article's `source` with it.
 * The five first sources have no record (../shared/seeds/README.md describes them).
 */
import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date';

/**
 * How a source is named: three digits, "_", then lowercase words joined by hyphens. The five
 * first sources carry a hash ("002_904cff454f625500"); a new one says what it is:
 * "005_nhan-dan-2025-03-02-ha-noi-day-manh-chuyen-doi-so" (number, outlet, date, headline).
 */
export const SOURCE_NAME = /^\d{3}_[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SOURCE_NAME_MAX = 80;

export const sourceNameSchema = z
  .string()
  .max(SOURCE_NAME_MAX, `tên bài gốc tối đa ${SOURCE_NAME_MAX} ký tự`)
  .regex(SOURCE_NAME, 'cần tên tệp bài gốc (không có .txt): 3 chữ số, dấu _, rồi chữ thường không dấu nối bằng gạch, ví dụ "002_904cff454f625500" hoặc "005_nhan-dan-2025-03-02-ha-noi-day-manh-chuyen-doi-so". Thêm nguồn mới bằng npm run tao-moi -- nguon');

export const sourceRecordSchema = z.strictObject({
  outlet: z.string().min(2).optional(),
  /** The headline as printed. */
  title: z.string().min(5).optional(),
  author: z.string().min(2).optional(),
  published: partialDateSchema,
  url: z.url({ error: 'cần một đường dẫn đầy đủ, bắt đầu bằng https://' }).optional(),
  /** When the text was added to the sources folder (YYYY-MM-DD). */
  added: z.iso.date().optional(),
});
export type SourceRecord = z.output<typeof sourceRecordSchema>;
