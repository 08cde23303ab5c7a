/**
 * ../shared/tools/own-words (the newsroom's copy check) prints its findings in English, one
 * line each: `content/articles/x.mdx: 23 words as in 002_….txt: "năm nay tất cả …"`. This
 * turns them into the check's Vietnamese problems with the line where the copied run starts
 * (found by the same word rule the tool uses: letters, digits and % after NFC and lowercase).
 */
import type { Problem } from './problems';

const FINDING = /^(.+?): (\d+) words as in (.+?): "(.*)"$/;
const WORD = /[\p{L}\p{N}_%]+/gu;

/** The line of `text` where the run of `words` starts, if it is found. */
export function lineOfWords(text: string, words: readonly string[]): number | undefined {
  const lower = text.normalize('NFC').toLowerCase();
  const tokens = [...lower.matchAll(WORD)];
  const head = words.slice(0, 6);
  for (let i = 0; i + head.length <= tokens.length; i++) {
    if (head.every((w, k) => tokens[i + k]?.[0] === w)) return lower.slice(0, tokens[i]!.index).split('\n').length;
  }
  return undefined;
}

/** `read(path)` gives a project file's text ("content/articles/x.mdx"), for the line. */
export function ownWordsProblems(output: string, read: (path: string) => string | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const line of output.split('\n')) {
    const m = FINDING.exec(line.trim());
    if (!m) continue;
    const [, file = '', count = '', source = '', passage = ''] = m;
    const text = read(file);
    problems.push({
      file,
      line: text ? lineOfWords(text, passage.split(' ')) : undefined,
      message: `có ${count} chữ liền giống hệt bài gốc ${source.replace(/\.txt$/, '')}: "${passage}${passage.length >= 160 ? '…' : ''}". Viết lại đoạn này bằng lời của trang; chỉ trích nguyên văn những cụm ngắn (dưới 12 chữ), trong ngoặc kép và nói rõ ai nói`,
    });
  }
  return problems;
}
