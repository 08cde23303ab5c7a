import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc';
import { readingLabel, readingMinutes } from '../../src/lib/reading-time';
import { findBrokenReferences } from '../../src/lib/references';

describe('buildToc', () => {
  it('nests ### under the preceding ## and drops other levels', () => {
    const toc = buildToc([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((e) => e.slug)).toEqual(['a', 'b']);
    expect(toc[0]?.children.map((e) => e.slug)).toEqual(['a1']);
  });
});

describe('reading time', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'chữ').join(' ');
  it('counts about 200 Vietnamese syllables a minute, at least one minute', () => {
    expect(readingMinutes('một hai ba')).toBe(1);
    expect(readingMinutes(words(1000))).toBe(5);
    expect(readingMinutes(words(1600))).toBe(8);
    expect(readingLabel('một hai')).toBe('1 phút đọc');
  });
  it('does not read markup, but gives each chart or timeline half a minute', () => {
    expect(readingMinutes(`${words(1000)}\n<Chart id="a-very-long-dataset-id-with-many-parts" headingLevel={3} />`)).toBe(6);
    expect(readingMinutes(`${words(1000)}\n<Chart id="a" />\n<Timeline article="b" />\n## Tiêu đề`)).toBe(6);
    expect(readingMinutes(`${words(1000)}\n<Chart id="a" />\n<Chart id="b" />\n<Chart id="c" />`)).toBe(7);
  });
});

describe('findBrokenReferences', () => {
  it('names the file, the field and the unknown id', () => {
    const problems = findBrokenReferences(
      [
        { file: 'content/articles/a.mdx', field: 'trường "topics[0]"', id: 'nong-thon-moi' },
        { file: 'content/articles/a.mdx', field: 'trường "topics[1]"', id: 'nong-thon-cu' },
      ],
      new Set(['nong-thon-moi']),
      'chủ đề',
    );
    expect(problems).toEqual(['content/articles/a.mdx: trường "topics[1]": không có chủ đề nào mang mã "nong-thon-cu" (các mã có: nong-thon-moi). Kiểm tra lỗi gõ']);
  });
});
