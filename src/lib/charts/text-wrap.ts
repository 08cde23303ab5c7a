/**
 * SVG text does not wrap. Labels are split into lines short enough for a 320 px screen at the
 * page's font size (about 34 characters of Noto Sans at 14 px).
 */
export const MAX_LINE_CHARS = 34;
/** The same at the chart's widest (40rem, about 640 px), where a label takes one line. */
export const WIDE_LINE_CHARS = 80;

export function wrapText(text: string, maxChars = MAX_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
