import { describe, expect, it } from 'vitest';
import {
  foldVietnamese,
  highlightTerms,
  matchRanges,
  normalizeQuery,
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
