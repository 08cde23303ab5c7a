/**
 * The content check's pure parts: the message catalogue against the editor's guide (section
 * 11 lists every message the check can print), the components the check knows against the
 * ones the article page passes to MDX, the closest-name suggestion, MDX syntax errors said in
 * Vietnamese, numbers in the text traced to figures, and the naming rule for new sources.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryFor, MESSAGES } from '../../src/lib/content-check/catalogue';
import { findUnsourcedNumbers } from '../../src/lib/content-check/body-numbers';
import { explainSyntaxError, readBody } from '../../src/lib/content-check/mdx-body';
import { COMPONENTS_OF, MDX_COMPONENTS } from '../../src/lib/content-check/mdx-components';
import { asciiWords, nameForSource } from '../../src/lib/content-check/sources';
import { closest } from '../../src/schemas/closest';
import { sourceNameSchema } from '../../src/schemas/source-record';

describe('the guide lists every message, and only those', () => {
  const guide = readFileSync('docs/huong-dan-bien-tap.md', 'utf8');
  const section = guide.slice(guide.indexOf('## 11.'), guide.indexOf('## 12.'));
  const rows = [...section.matchAll(/^\| `(.+?)` \| (lỗi|cảnh báo|ghi chú) \|/gm)].map((m) => ({ head: m[1]!, kind: m[2]! }));
  it('section 11 has one row per catalogue entry, with the same kind', () => {
    expect(rows).toEqual(MESSAGES.map((m) => ({ head: m.head, kind: m.kind })));
  });
  it('a printed message is matched by its most specific entry', () => {
    expect(entryFor('thân bài dài: khoảng 25 phút đọc')?.kind).toBe('cảnh báo');
    expect(entryFor('thân bài quá dài: khoảng 900 phút đọc')?.kind).toBe('lỗi');
    expect(entryFor('trường "keyFigures[0]": không có số liệu "x" trong content/data/.')?.head).toBe('trường "keyFigures[…]": không có số liệu "…"');
    expect(entryFor('a message nobody wrote')).toBeUndefined();
  });
});

describe('components', () => {
  it.each([
    ['article', 'src/pages/bai-viet/[slug].astro'],
    ['guide', 'src/pages/bat-dau-tu-day.astro'],
  ] as const)('the check knows exactly the components the %s page passes to MDX', (kind, path) => {
    const page = readFileSync(path, 'utf8');
    const passed = /<Content components=\{\{([^}]*)\}\}/.exec(page)?.[1]?.split(',').map((s) => s.trim().split(':')[0]!.trim()).filter(Boolean) ?? [];
    expect(passed.sort()).toEqual([...COMPONENTS_OF[kind]].sort());
    for (const name of passed) expect(MDX_COMPONENTS[name], name).toBeDefined();
  });
  it('a misspelled name gets the closest one', () => {
    expect(closest('PullQoute', Object.keys(MDX_COMPONENTS))).toBe('PullQuote');
    expect(closest('keyfigures', ['keyFigures', 'title'])).toBe('keyFigures');
    expect(closest('xyz', ['keyFigures', 'title'])).toBeUndefined();
  });
});

describe('MDX syntax errors in Vietnamese', () => {
  const file = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;
  it.each([
    ['Đoạn <Term id="a">từ\n\n## Hai', 5, 'thẻ <Term> mở ở đây chưa được đóng'],
    ['Thu <12.000 tỷ', 5, 'dấu "<" ở đây bị hiểu là mở một thẻ'],
    ['Một {…} hai', 5, 'đoạn trong dấu { } không phải mã lệnh hợp lệ'],
    ['<Chart id="x">\n\nSau.', 5, 'thẻ <Chart> chưa được đóng'],
    ['<PullQuote who="a">x</PullQoute>', 5, 'thẻ đóng </PullQoute> không khớp thẻ mở <PullQuote>'],
  ])('%s', (body, line, message) => {
    const { problems, facts } = readBody('content/articles/x.mdx', file(body));
    expect(facts).toBeUndefined();
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.message).toContain(message);
    expect(problems[0]?.message).not.toMatch(/[Ee]xpected|Unexpected|Could not/);
  });
  it('an unknown message still comes out in Vietnamese', () => {
    expect(explainSyntaxError('3:4: Something new went wrong').message).toMatch(/^MDX viết chưa đúng ở đây/);
  });
});

describe('numbers in the text', () => {
  const blocks = (text: string) => readBody('x.mdx', `---\nt: x\n---\n\n${text}\n`).facts!.blocks;
  const figures = [
    { id: 'thu', value: 12450 },
    { id: 'ty-le', value: 49.2 },
    { id: 'tong', value: 382 },
    { id: 'nang-cao', value: 188 },
    { id: 'nghin-ty', value: 509123 },
  ];
  const unsourced = (text: string) => findUnsourcedNumbers(blocks(text), () => figures).map((n) => n.text);
  it('figures as written, rounded, scaled and as fractions pass', () => {
    expect(unsourced('Thu 12.450 tỷ đồng, 49,2%, 188/382 xã; hơn 509 nghìn tỷ đồng.')).toEqual([]);
  });
  it('dates, years, ordinals and document numbers pass', () => {
    expect(unsourced('Ngày 20/12 năm 2024, giai đoạn 2021–2030, ngày 07/08/2023, lần thứ 14, Nghị quyết số 15-NQ/TW, Chỉ thị 24-CT/TU, Trung ương 5, Nghị quyết 97, quý I/2023.')).toEqual([]);
  });
  it('a number no figure holds is named, with the nearest figure', () => {
    const found = findUnsourcedNumbers(blocks('Thu 12.500 tỷ đồng và 17/17 chỉ tiêu.'), () => figures);
    expect(found.map((n) => n.text)).toEqual(['12.500', '17/17']);
    expect(found[0]?.nearest?.id).toBe('thu');
    expect(found[0]?.line).toBe(5);
    expect(found[0]?.column).toBe(5);
  });
  it('a mark right after the number (or its unit) vouches for it; one mark, one number', () => {
    expect(unsourced('Có 30 quận, huyện{/* số: đơn vị hành chính */} và 382 xã.')).toEqual([]);
    expect(unsourced('Có 30 quận và 40 phường{/* số: đơn vị hành chính */}.')).toEqual(['30']);
  });
});

describe('new sources', () => {
  it('are named by the rule: next number, outlet, date, headline words, at most 80 characters', () => {
    const name = nameForSource(['000_dba8081fe6c437dd', '004_435507de26eb6bd2'], { outlet: 'Nhân Dân', date: '2025-03-02', title: 'Hà Nội đẩy mạnh chuyển đổi số trong các cơ quan Đảng, đoàn thể và chính quyền các cấp năm 2025' });
    expect(name.startsWith('005_nhan-dan-2025-03-02-ha-noi-day-manh-chuyen-doi-so')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(sourceNameSchema.safeParse(name).success).toBe(true);
    expect(asciiWords('Đảng ủy phường Nhật Tân')).toBe('dang-uy-phuong-nhat-tan');
  });
  it('the five existing names stay valid; other shapes are refused', () => {
    for (const seed of ['000_dba8081fe6c437dd', '001_7230ef8b1ac6759a', '002_904cff454f625500', '003_7ea76eea46e2f4f9', '004_435507de26eb6bd2']) expect(sourceNameSchema.safeParse(seed).success).toBe(true);
    for (const bad of ['5_abc', '005-abc', '005_Có-Dấu', '005_', 'bai-goc']) expect(sourceNameSchema.safeParse(bad).success).toBe(false);
  });
});
