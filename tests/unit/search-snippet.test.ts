import { describe, expect, it } from 'vitest';
import { buildSnippets } from '../../src/lib/search-snippet';
import { INTERFACE_SELECTORS, indexableHtml, isAbbreviation, longerSpellings, readSpellings, siteSpellings, termAbbreviations } from '../../src/lib/search-document';
import { readingRanges } from '../../src/lib/search-query';

/** Word positions of `word` in `content` (Pagefind's positions: whitespace-separated words). */
const at = (content: string, word: string) => content.split(/\s+/).flatMap((w, i) => (w.replace(/[^\p{L}\p{N}]/gu, '') === word ? [i] : []));
const marked = (s: { text: string; marks: Array<[number, number]> }) => s.marks.map(([a, b]) => s.text.slice(a, b));

describe('buildSnippets', () => {
  const title = 'Tham luận của Hà Nội tại Đại hội XIV';
  const content = `${title}. Tại Đại hội XIV, ông Phong đọc tham luận. Bài học “6 dám” Ngoài đoàn kết, tham luận nhấn mạnh “6 dám”: Dám nghĩ. Dám nói. Dám làm. Dám chịu trách nhiệm. Người đứng đầu phải sẵn sàng “đứng mũi chịu sào” trước những việc lớn, khó hoặc chưa từng có tiền lệ, để cán bộ, đảng viên noi theo và dân thêm tin, một câu dài để thử cắt.`;
  it('never repeats the title, and takes the sentence around the match', () => {
    const focus = at(content, 'Dám');
    const [s] = buildSnippets(content, { title, focus, marks: new Set(focus.slice(0, 1)) });
    expect(s!.text.startsWith(title)).toBe(false);
    expect(s!.text).toContain('Dám nghĩ.');
    expect(marked(s!)).toEqual(['Dám']);
  });
  it('with a match only in the title, shows the first sentence after it', () => {
    const [s] = buildSnippets(content, { title, focus: [0], marks: new Set([0]) });
    expect(s!.text).toBe('Tại Đại hội XIV, ông Phong đọc tham luận. Bài học “6 dám” Ngoài đoàn kết, tham luận nhấn mạnh “6 dám”: Dám nghĩ.');
  });
  it('cuts a long sentence at whole words, with an ellipsis, the match inside', () => {
    const p = at(content, 'tiền')[0]!;
    const [s] = buildSnippets(content, { title, focus: [p], marks: new Set([p]), maxWords: 12 });
    expect(s!.text).toMatch(/^… .* …$/u);
    expect(marked(s!)).toEqual(['tiền']);
    for (const w of s!.text.replace(/^… | …$/g, '').split(' ')) expect(content.split(/\s+/)).toContain(w);
  });
  it('marks a phrase as one unit, but not across punctuation', () => {
    const p = at(content, 'đứng')[1]!; // "đứng mũi", not "đứng đầu"
    const [s] = buildSnippets(content, { title, focus: [p], marks: new Set([p, p + 1, p + 2, p + 3]) });
    expect(marked(s!)).toEqual(['đứng mũi chịu sào']);
    const q = at(content, 'nghĩ')[0]!;
    // "“6 dám”: Dám nghĩ": the quote and colon keep "dám" apart from "Dám nghĩ".
    const [t] = buildSnippets(content, { title, focus: [q - 1], marks: new Set([q - 2, q - 1, q]) });
    expect(marked(t!)).toEqual(['dám', 'Dám nghĩ']);
  });
  it('a table value comes with its row label, the sentence before it', () => {
    const table = 'Số lượt kiểm tra. Chỉ số. Giá trị. Lượt đảng viên được giám sát (2022, ước đoán). 35.633 lượt. và 35.633 lượt đảng viên.';
    const p = table.split(/\s+/).indexOf('35.633');
    const [s] = buildSnippets(table, { title: 'Số lượt kiểm tra', focus: [p], marks: new Set([p]) });
    expect(s!.text.startsWith('Lượt đảng viên được giám sát (2022, ước đoán). 35.633 lượt.')).toBe(true);
    expect(marked(s!)).toEqual(['35.633']);
  });
  it('groups matches in several sections of a page, one snippet each, under its heading', () => {
    const anchors = [
      { id: 'bai-hoc', text: 'Bài học “6 dám”', location: content.split(/\s+/).indexOf('Bài'), element: 'h2' },
    ];
    const focus = [at(content, 'tham')[0]!, at(content, 'Dám')[0]!];
    const snippets = buildSnippets(content, { title, focus, marks: new Set(focus), anchors, max: 3 });
    expect(snippets.length).toBe(2);
    expect(snippets.map((s) => s.section?.text)).toContain('Bài học “6 dám”');
  });
});

describe('the copy of a page the index reads', () => {
  it('makes header cells sentences of their own, so a row label does not run into its value', () => {
    const html = '<table><thead><tr><th>Chỉ số</th><th scope="col">Giá trị</th></tr></thead><tr><th scope="row">Lượt đảng viên</th><td>35.633 lượt</td></tr></table>';
    expect(indexableHtml(html)).toBe('<table><thead><tr><th><div>Chỉ số</div></th><th scope="col"><div>Giá trị</div></th></tr></thead><tr><th scope="row"><div>Lượt đảng viên</div></th><td>35.633 lượt</td></tr></table>');
    expect(indexableHtml('<thead><tr>')).toBe('<thead><tr>');
    // Multi-line cells, as Astro writes them: no whitespace left before the closing tag.
    expect(indexableHtml('<th scope="row">\n  Lượt <span>(2022)</span>\n  </th>\n<td>\n <q>và 35.633 lượt</q>\n\n</td>')).toBe('<th scope="row"><div>Lượt <span>(2022)</span></div></th>\n<td>\n <q>và 35.633 lượt</q></td>');
  });
  it('leaves interface parts out: buttons (the glossary "?"), download links, captions', () => {
    expect(INTERFACE_SELECTORS).toContain('button');
    expect(INTERFACE_SELECTORS).toContain('a[download]');
  });
  it('lists the accented spellings of ambiguous syllables, most frequent first, and reads them back', () => {
    const list = siteSpellings(['Dám nghĩ, dám làm; Nghị quyết, nghị quyết. Người dân. Đảm bảo. Xanh.']);
    expect(list.split(' ')).toEqual(expect.arrayContaining(['dám', 'đảm', 'nghị', 'nghĩ']));
    // The whole vocabulary: one-spelling syllables too, plain or accented.
    expect(list.split(' ')).toEqual(expect.arrayContaining(['người', 'xanh']));
    expect(longerSpellings('nghĩ', ['nghĩ', 'nghĩa', 'nghị', 'nghìn'])).toEqual(['nghĩa']);
    const map = readSpellings(list);
    expect(map.get('nghi')).toEqual(['nghị', 'nghĩ']);
    expect(map.get('dam')![0]).toBe('dám');
  });
  it('finds a term\'s own abbreviations in its name and aliases', () => {
    expect(termAbbreviations('Ủy ban nhân dân (UBND)', ['UBND', 'UBND phường'])).toEqual(['UBND', 'UBND phường']);
    expect(termAbbreviations('Ủy ban Kiểm tra', ['UBKT', 'UBKT Thành ủy'])).toEqual(['UBKT', 'UBKT Thành ủy']);
    expect(termAbbreviations('Giám sát (trong Đảng)', ['giám sát chuyên đề'])).toEqual([]);
    expect(isAbbreviation('CTr/TU')).toBe(true);
    expect(isAbbreviation('Đại hội XIV')).toBe(false);
  });
});

describe('readingRanges (titles and the page opened from a result)', () => {
  it('marks the reading as a phrase, not the words that only fold like it', () => {
    const text = 'Xã nông thôn mới, mỗi năm thêm môi trường mới';
    expect(readingRanges(text, ['nông', 'thôn', 'mới']).map(([a, b]) => text.slice(a, b))).toEqual(['nông thôn mới']);
    expect(readingRanges('Mỗi xã', ['nông', 'thôn', 'mới'], true)).toEqual([]);
  });
});
