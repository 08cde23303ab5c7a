/**
 * Vietnamese wording for Zod's built-in checks (a missing field, a wrong type, a value not in
 * a list, an unknown field), so that every message an editor sees is in Vietnamese. Messages
 * written on a schema itself take precedence over this map (Zod 4's order: schema, then
 * parse-level, then global). Whatever this map does not word itself falls back to Zod's own
 * Vietnamese locale (`z.locales.vi`), so no English ever reaches an editor.
 * src/content.config.ts installs it for Astro; the content check passes it to each parse.
 */
import { z } from 'astro/zod';
import { closest } from './closest';

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một con số',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm trường',
  date: 'một ngày',
};

function describeInput(input: unknown): string {
  if (input === null) return 'để trống';
  if (Array.isArray(input)) return 'một danh sách';
  if (typeof input === 'object') return 'một nhóm trường';
  return `"${String(input)}"`;
}

/** A Zod issue as Zod 4 hands it to an error map (the fields this map reads). */
type RawIssue = Parameters<Extract<z.core.$ZodErrorMap, (...args: never[]) => unknown>>[0];

const zodVietnamese = z.locales.vi().localeError as (issue: RawIssue) => string | { message: string } | undefined | null;

/** The fields an object schema allows (for "có phải ý bạn là …?"). */
function knownKeys(issue: RawIssue): string[] {
  const shape = (issue as { inst?: { _zod?: { def?: { shape?: Record<string, unknown> } } } }).inst?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** "có trường lạ "keyfigures": có phải ý bạn là "keyFigures"? …" */
export function unknownKeyMessage(keys: readonly string[], known: readonly string[]): string {
  const parts = keys.map((key) => {
    const guess = closest(key, known);
    return guess ? `"${key}" (có phải ý bạn là "${guess}"?)` : `"${key}"`;
  });
  const allowed = known.length > 0 ? ` Các trường được phép ở đây: ${known.join(', ')}.` : '';
  return `có trường lạ ${parts.join(', ')}: trang không dùng trường này nên nội dung của nó sẽ mất. Sửa tên trường cho đúng, hoặc xóa dòng đó.${allowed}`;
}

export function vietnameseError(issue: RawIssue): string | undefined {
  const i = issue as RawIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type': {
      if (i.input === undefined) return 'thiếu trường này (bắt buộc)';
      const expected = TYPE_NAMES[String(i.expected)] ?? String(i.expected);
      return `cần ${expected}; đang là ${describeInput(i.input)}`;
    }
    case 'invalid_value': {
      const values = (i.values as unknown[] | undefined) ?? [];
      return `giá trị phải là một trong: ${values.map((v) => String(v)).join(', ')}; đang là ${describeInput(i.input)}`;
    }
    case 'too_small': {
      const min = String(i.minimum);
      if (i.origin === 'string') return `quá ngắn: cần ít nhất ${min} ký tự`;
      if (i.origin === 'array') return `cần ít nhất ${min} mục`;
      return `phải từ ${min} trở lên`;
    }
    case 'too_big': {
      const max = String(i.maximum);
      if (i.origin === 'string') return `quá dài: tối đa ${max} ký tự`;
      if (i.origin === 'array') return `tối đa ${max} mục`;
      return `phải không quá ${max}`;
    }
    case 'invalid_format':
      return i.format === 'url' ? 'cần một đường dẫn đầy đủ, bắt đầu bằng https://' : 'viết chưa đúng dạng';
    case 'invalid_union':
      return 'không khớp với dạng nào được phép';
    case 'unrecognized_keys':
      return unknownKeyMessage((i.keys as string[] | undefined) ?? [], knownKeys(issue));
    default: {
      const fallback = zodVietnamese(issue);
      return typeof fallback === 'string' ? fallback : (fallback?.message ?? undefined);
    }
  }
}
