/**
 * Vietnamese wording for Zod's built-in checks (a missing field, a wrong type, a value not in
 * a list), so that every message an editor sees is in Vietnamese. Messages written on a schema
 * itself take precedence over this map (Zod 4's order: schema, then parse-level, then global).
 * src/content.config.ts installs it for Astro; the content check passes it to each parse.
 */
import type { z } from 'astro/zod';

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
      return `có trường lạ: ${((i.keys as string[] | undefined) ?? []).join(', ')}`;
    default:
      return undefined;
  }
}
