import { describe, expect, it } from 'vitest';
import {
  MAX_VARIANTS,
  foldVietnamese,
  highlightTerms,
  matchRanges,
  mergeHits,
  normalizeQuery,
  queryVariants,
  stripMarks,
} from '../../src/lib/search-query';

describe('normalizeQuery', () => {
  it('lower-cases, composes and collapses spaces', () => {
    expect(normalizeQuery('  NÔNG   THÔN\tMỚI ')).toBe('nông thôn mới');
    // "ế" written as e + circumflex + acute (NFD) becomes the single NFC letter.
    expect(normalizeQuery('Tie\u0302\u0301n')).toBe('tiến');
    expect(normalizeQuery('ĐẢNG BỘ')).toBe('đảng bộ');
  });
});

describe('stripMarks and foldVietnamese', () => {
  it('stripMarks removes tones and vowel marks but keeps đ, as Pagefind does', () => {
    expect(stripMarks('nông thôn mới')).toBe('nong thon moi');
    expect(stripMarks('đảng bộ')).toBe('đang bo');
    expect(stripMarks('ưu tiên ơn')).toBe('uu tien on');
  });
  it('foldVietnamese also turns đ and Đ into d', () => {
    expect(foldVietnamese('Đinh Tiến Dũng')).toBe('dinh tien dung');
    expect(foldVietnamese('Vành đai 4')).toBe('vanh dai 4');
  });
});

describe('queryVariants', () => {
  it('keeps a query without d as it is (marks stripped)', () => {
    expect(queryVariants('Nông thôn mới')).toEqual(['nong thon moi']);
    expect(queryVariants('chỉ thị 24')).toEqual(['chi thi 24']);
  });
  it('adds the đ spelling of each word that starts with d, the typed spelling first', () => {
    expect(queryVariants('dang bo')).toEqual(['dang bo', 'đang bo']);
    expect(queryVariants('vanh dai 4')).toEqual(['vanh dai 4', 'vanh đai 4']);
  });
  it('covers every combination for a person whose name mixes đ and d', () => {
    const variants = queryVariants('dinh tien dung');
    expect(variants).toHaveLength(4);
    expect(variants[0]).toBe('dinh tien dung');
    expect(variants).toContain('đinh tien dung');
  });
  it('accented, unaccented and upper-case queries search exactly the same spellings', () => {
    const plain = queryVariants('dinh tien dung');
    expect(queryVariants('Đinh Tiến Dũng')).toEqual(plain);
    expect(queryVariants('DINH TIEN DUNG')).toEqual(plain);
    expect(queryVariants('đinh tien dung')).toEqual(plain);
  });
  it('caps the number of spellings, preferring those that change fewer words', () => {
    const variants = queryVariants('dai hoi dai bieu dang bo do thi');
    expect(variants).toHaveLength(MAX_VARIANTS);
    expect(variants[0]).toBe('dai hoi dai bieu dang bo do thi');
    // All one-word changes (4 ambiguous words) come before any two-word change.
    expect(variants.slice(1, 5).every((v) => (v.match(/đ/g) ?? []).length === 1)).toBe(true);
    expect(new Set(variants).size).toBe(variants.length);
  });
  it('returns nothing for an empty query', () => {
    expect(queryVariants('   ')).toEqual([]);
  });
});

describe('mergeHits', () => {
  it('keeps each page once with its best score, best first', () => {
    const merged = mergeHits([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 0.5 },
      ],
      [
        { id: 'b', score: 3 },
        { id: 'c', score: 0.2 },
      ],
    ]);
    expect(merged.map((h) => [h.id, h.score])).toEqual([
      ['b', 3],
      ['a', 1],
      ['c', 0.2],
    ]);
  });
  it('breaks ties by first appearance', () => {
    const merged = mergeHits([[{ id: 'x', score: 1 }], [{ id: 'y', score: 1 }]]);
    expect(merged.map((h) => h.id)).toEqual(['x', 'y']);
  });
});

describe('highlighting', () => {
  it('finds accented words on the page from an accent-free, d-for-đ query', () => {
    const text = 'Đảng bộ Hà Nội và đường Vành đai 4';
    const ranges = matchRanges(text, highlightTerms('dang bo vanh dai'));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Đảng', 'bộ', 'Vành', 'đai']);
  });
  it('matches whole words, and the last word as a prefix from 3 letters while it is being typed', () => {
    const text = 'chuyển đổi số, tiếng nói, tiền';
    const words = (q: string) => matchRanges(text, highlightTerms(q)).map(([s, e]) => text.slice(s, e));
    expect(words('tien chuyen')).toEqual(['chuyển', 'tiền']);
    expect(words('chuy')).toEqual(['chuyển']);
    // Two letters or one are too short to highlight as a prefix.
    expect(words('ch')).toEqual([]);
    expect(words('c')).toEqual([]);
    // Never part of a word when the word is complete.
    expect(matchRanges(text, highlightTerms('tie'), { prefixLast: false })).toEqual([]);
  });
  it('marks a phrase as one unit, and nothing else in a text that holds it', () => {
    const text = 'Đại hội bàn về đường Vành đai 4 và Đài truyền hình';
    const marked = (q: string, mode?: 'auto' | 'words') => matchRanges(text, highlightTerms(q), { mode }).map(([s, e]) => text.slice(s, e));
    expect(marked('vanh dai 4')).toEqual(['Vành đai 4']);
    expect(marked('chuyen doi')).toEqual([]);
    expect(marked('dai hoi')).toEqual(['Đại hội']);
    // Without the phrase in the text, each whole word is marked.
    expect(marked('hoi dai')).toEqual(['Đại', 'hội', 'đai', 'Đài']);
    expect(marked('dai truyen')).toEqual(['Đài truyền']);
    expect(marked('vanh dai 4', 'words')).toEqual(['Đại', 'Vành', 'đai', '4', 'Đài']);
  });
  it('ignores markup in the query', () => {
    expect(highlightTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
  });
});
