import { describe, expect, it } from 'vitest';
import { isSyllable, queryTokens, readQuery, spellings, type GlossaryEntry } from '../../src/lib/search-words';
import { restoreReading } from '../../src/lib/search-accents';

const words = (q: string) => {
  const r = readQuery(q);
  return r.units.map((u) => u.tokens.map((i) => r.tokens[i]!.folded).join(' '));
};

describe('queryTokens', () => {
  it('folds each word, keeps the typed spelling and drops punctuation at the ends', () => {
    const [a, b, c] = queryTokens('“Dám nghĩ,” 24-CT/TU?');
    expect(a).toMatchObject({ folded: 'dam', typed: 'dám', marked: true, numeric: false });
    expect(b).toMatchObject({ folded: 'nghi', typed: 'nghĩ', marked: true });
    expect(c).toMatchObject({ folded: '24-ct/tu', numeric: false });
    expect(queryTokens('176.2')[0]).toMatchObject({ numeric: true });
  });
});

describe('readQuery: question words', () => {
  it('sets aside question words when other words remain, and says what the question asks for', () => {
    expect(words('ubnd la gi')).toEqual(['ubnd']);
    expect(readQuery('ubnd la gi').intent).toBe('definition');
    expect(readQuery('thể chế hóa nghĩa là gì').intent).toBe('definition');
    expect(words('tay ho thu ngan sach bao nhieu')).toEqual(['tay', 'ho', 'thu', 'ngan', 'sach']);
    expect(readQuery('tay ho thu ngan sach bao nhieu').intent).toBe('figure');
    expect(words('ai trinh bay tham luan')).toEqual(['trinh', 'bay', 'tham', 'luan']);
  });
  it('keeps a query made only of question words, and accented words that are not the question ones', () => {
    expect(words('la gi')).toEqual(['la', 'gi']);
    // "lá gỉ" is not "là gì".
    expect(words('lá gỉ')).toEqual(['la', 'gi']);
  });
  it('marks fillers to check once accents are restored: grammar words of a question, "số" before a number', () => {
    const q = readQuery('tai san cong la gi');
    expect([...q.maybeFiller]).toEqual([0]);
    expect([...readQuery('chi thi so 24').maybeFiller]).toEqual([2]);
    // "số" as content ("Đảng bộ số") is no filler.
    expect([...readQuery('dang bo so').maybeFiller]).toEqual([]);
  });
});

describe('readQuery: abbreviations and aliases', () => {
  const glossary: GlossaryEntry[] = [
    { id: 'ubnd', name: 'Ủy ban nhân dân', aliases: ['UBND', 'UBND phường'], abbr: ['UBND', 'UBND phường'] },
    { id: 'knm', name: 'Kỷ nguyên mới', aliases: ['kỷ nguyên vươn mình'], abbr: [] },
  ];
  it('expands a usual abbreviation, also followed by a number ("tw5")', () => {
    const ct = readQuery('ct 24').units[0]!;
    expect(ct.alternatives).toEqual([['ct'], ['chi', 'thi']]);
    expect(readQuery('nq tw5').units[1]!.alternatives).toEqual([['tw5'], ['trung', 'uong', '5']]);
    // A Vietnamese syllable is never taken for an abbreviation.
    expect(readQuery('tu').units[0]!.alternatives).toEqual([['tu']]);
  });
  it('expands a glossary alias of several words to the term\'s name', () => {
    const unit = readQuery('ky nguyen vuon minh', glossary).units[0]!;
    expect(unit.alternatives).toEqual([['ky', 'nguyen', 'vuon', 'minh'], ['ky', 'nguyen', 'moi']]);
    expect(unit.expansion).toEqual({ kind: 'alias', words: 'Kỷ nguyên mới' });
  });
  it('spells a d as đ where the index may hold it: a syllable\'s first letter, any d of an abbreviation', () => {
    expect(spellings('dinh')).toEqual(['dinh', 'đinh']);
    expect(spellings('tien')).toEqual(['tien']);
    expect(spellings('hdnd')).toContain('hđnd');
    expect(isSyllable('nghieng')).toBe(true);
    expect(isSyllable('ubnd')).toBe(false);
  });
});

describe('restoreReading', () => {
  it('picks the spellings that stand side by side on the site over more common ones that never meet', () => {
    // Counts as on the site: "dám" 10, "đảm" 30; "nghĩ" 2, "nghị" 200; "làm" 80, "lâm" 5.
    const options = [
      [{ form: 'đảm', count: 30 }, { form: 'dám', count: 10 }],
      [{ form: 'nghị', count: 200 }, { form: 'nghĩ', count: 2 }],
      [{ form: 'đảm', count: 30 }, { form: 'dám', count: 10 }],
      [{ form: 'làm', count: 80 }, { form: 'lâm', count: 5 }],
    ];
    const pairs: Record<string, number> = { 'dám nghĩ': 2, 'nghĩ dám': 1, 'dám làm': 2 };
    const reading = restoreReading(options, (_, a, b) => pairs[`${a} ${b}`] ?? 0, 5000);
    expect(reading).toEqual(['dám', 'nghĩ', 'dám', 'làm']);
  });
  it('falls back on how common each spelling is when no pair was seen', () => {
    const reading = restoreReading([[{ form: 'tô', count: 1 }, { form: 'tổ', count: 9 }]], () => 0, 100);
    expect(reading).toEqual(['tổ']);
  });
});
