/**
 * What the content check reports: a problem names the file, the line (and column when it
 * helps), and says in Vietnamese what is wrong and how to fix it. Errors stop the check and the
 * build; warnings are listed at the end of a check that passes.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** "content/data/x.yaml" */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
  /** Default: error. */
  severity?: Severity | undefined;
}

export const isWarning = (p: Problem): boolean => p.severity === 'warning';

/** "content/articles/x.mdx, dòng 12, cột 5" */
export function placeOf(p: Pick<Problem, 'file' | 'line' | 'column'>): string {
  return `${p.file}${p.line ? `, dòng ${p.line}` : ''}${p.line && p.column ? `, cột ${p.column}` : ''}`;
}

/** Splits "<file>, dòng <n>: <message>" (the form shared helpers report in) back into a Problem. */
export function problemFromText(text: string): Problem {
  const m = /^(.*?)(?:, dòng (\d+))?: (.*)$/s.exec(text);
  return m ? { file: m[1] ?? '', line: m[2] ? Number(m[2]) : undefined, message: m[3] ?? text } : { file: '', message: text };
}

/** The report an editor reads: errors first (each file and line, then the message), then warnings. */
export function formatProblems(problems: readonly Problem[]): string {
  const block = (p: Problem, mark: string) => `  ${mark} ${placeOf(p)}\n    ${p.message}`;
  const errors = problems.filter((p) => !isWarning(p));
  const warnings = problems.filter(isWarning);
  const parts: string[] = [];
  if (errors.length > 0) parts.push(`Nội dung có ${errors.length} lỗi; chưa xuất bản gì:\n${errors.map((p) => block(p, '✗')).join('\n')}`);
  if (warnings.length > 0) parts.push(formatWarnings(warnings));
  return parts.join('\n\n');
}

export function formatWarnings(warnings: readonly Problem[]): string {
  return `${warnings.length} cảnh báo (không chặn việc xuất bản, nhưng nên sửa):\n${warnings.map((p) => `  ⚠ ${placeOf(p)}\n    ${p.message}`).join('\n')}`;
}
