import { describe, expect, it } from 'vitest';
import { adjacentPairs, adjacentRuns, chainRuns, foldedWords, holdsPhrase, rankCandidates, wordSpans, type Candidate } from '../../src/lib/search-rank';
import { PAGE_TYPES, TYPE_RANK, typeRank } from '../../src/lib/search-attrs';

interface PageSpec {
  score?: number;
  /** Positions of each query word on the page (the same in any spelling and in the restored reading, unless `reading` says otherwise). */
  positions?: number[][];
  reading?: number[][];
  /** Words the page lacks (their positions are left empty). */
  covered?: number;
  title?: string;
  typeRank?: number;
  named?: boolean;
  asked?: boolean;
}
const TERMS = ['dang', 'vien'];
const page = (id: string, spec: PageSpec = {}, terms = TERMS): Candidate => {
  const positions = terms.map((_, i) => spec.positions?.[i] ?? []);
  const covered = spec.covered ?? terms.length;
  return {
    id,
    score: spec.score ?? 1,
    units: positions.map((p, i) => {
      const folded = i < covered ? wordSpans(p.length ? p : [1000 + i * 7]) : [];
      return { folded, reading: spec.reading ? wordSpans(spec.reading[i] ?? []) : folded };
    }),
    segments: [terms.map((_, i) => i)],
    segmentWords: [[[...terms]]],
    title: spec.title ?? '',
    typeRank: spec.typeRank ?? 0,
    ...(spec.named ? { named: true } : {}),
    ...(spec.asked ? { asked: true } : {}),
  };
};
const order = (cs: Candidate[]) => rankCandidates(cs).map((c) => c.id);

describe('phrase helpers', () => {
  it('folds title words and drops punctuation at their ends', () => {
    expect(foldedWords('Tham luận của Hà Nội tại Đại hội XIV: “6 dám”')).toEqual(['tham', 'luan', 'cua', 'ha', 'noi', 'tai', 'dai', 'hoi', 'xiv', '6', 'dam']);
  });
  it('finds a phrase side by side and in order, the last word as a prefix from 3 letters', () => {
    const words = foldedWords('Dự kiến khởi công đường Vành đai 4');
    expect(holdsPhrase(words, ['vanh', 'dai', '4'])).toBe(true);
    expect(holdsPhrase(words, ['dai', 'vanh'])).toBe(false);
    expect(holdsPhrase(words, ['khoi', 'con'])).toBe(true);
    expect(holdsPhrase(words, ['khoi', 'co'])).toBe(false);
    expect(holdsPhrase(words, ['khoi', 'con'], false)).toBe(false);
  });
  it('counts where the words stand side by side, in order', () => {
    expect(adjacentRuns([[3, 12, 40], [4, 13, 20]])).toBe(2);
    expect(adjacentRuns([[3], [4], [5, 9]])).toBe(1);
    // In the wrong order, or repeated words ("nông thôn mới, nông thôn mới"), are no phrase.
    expect(adjacentRuns([[4], [3]])).toBe(0);
    expect(adjacentRuns([[1, 4], [2, 5], [3, 6], [10], [11]])).toBe(0);
    expect(adjacentRuns([[3, 5, 7]])).toBe(3);
  });
  it('chains spans of several words (an abbreviation expanded) with the words around them', () => {
    // "chỉ thị" at 10–11, then "24" at 12: one run; "24" elsewhere does not count.
    expect(chainRuns([[{ start: 10, end: 11 }], wordSpans([12, 30])])).toBe(1);
    expect(chainRuns([[{ start: 10, end: 11 }], wordSpans([11])])).toBe(0);
  });
  it('counts the neighbouring word pairs that stand side by side somewhere', () => {
    // "dám nghĩ dám nói dám làm": "dám nghĩ" and "dám làm" stand; "nghĩ dám" too.
    const dam = wordSpans([0, 2, 4]);
    expect(adjacentPairs([dam, wordSpans([1]), dam, wordSpans([5])])).toBe(3);
    expect(adjacentPairs([dam, wordSpans([9]), dam, wordSpans([20])])).toBe(0);
    // "Sáu chữ “dám” gồm: nghĩ, nói, làm": with a few words of slack, "dám … nghĩ" and "dám … làm" count.
    expect(adjacentPairs([wordSpans([2]), wordSpans([4]), wordSpans([2]), wordSpans([6])], 3)).toBe(2);
    expect(adjacentPairs([wordSpans([2]), wordSpans([4])], 0)).toBe(0);
  });
});

describe('rankCandidates', () => {
  it('puts the page with the phrase above a higher-scored page where the words lie scattered', () => {
    const scattered = page('scattered', { score: 9, positions: [[10, 90], [50, 130]] });
    const phrase = page('phrase', { score: 2, positions: [[40], [41]] });
    expect(order([scattered, phrase])).toEqual(['phrase', 'scattered']);
  });
  it('puts every page holding all the words above any page lacking one', () => {
    const partial = page('partial', { score: 20, covered: 1, positions: [[1, 2, 3], []], title: 'Đảng viên' });
    const whole = page('whole', { score: 1, positions: [[5], [90]] });
    expect(order([partial, whole])).toEqual(['whole', 'partial']);
  });
  it('puts a page whose title holds the phrase first, the explainer before the data page before a list', () => {
    const body = page('body', { score: 30, positions: [[100, 200], [101, 201]] });
    const list = page('list', { score: 5, positions: [[0], [1]], title: 'Đảng viên của chi bộ', typeRank: 2 });
    const data = page('data', { score: 3, positions: [[1], [2]], title: 'Số đảng viên', typeRank: 1 });
    const article = page('article', { score: 1, positions: [[2], [3]], title: 'Đảng viên và chi bộ', typeRank: 0 });
    expect(order([body, list, data, article])).toEqual(['article', 'data', 'list', 'body']);
  });
  it('puts a page titled exactly as the query first, even a topic page', () => {
    const article = page('article', { score: 9, positions: [[0], [1]], title: 'Đảng viên và chi bộ' });
    const topic = page('topic', { score: 1, positions: [[0], [1]], title: 'Đảng viên', typeRank: 2 });
    expect(order([article, topic])).toEqual(['topic', 'article']);
  });
  it('puts a glossary term titled as the query below the explainer and the data page holding the phrase', () => {
    const term = page('term', { score: 9, positions: [[0], [1]], title: 'Đảng viên', typeRank: 3 });
    const data = page('data', { score: 2, positions: [[4], [5]], title: 'Số lượt kiểm tra', typeRank: 1 });
    const article = page('article', { score: 1, positions: [[30], [31]], title: 'Mười lăm năm' });
    // With as many occurrences each, the explainer comes before the data page.
    expect(order([term, data, article])).toEqual(['article', 'data', 'term']);
  });
  it('puts the page with more occurrences of the phrase first, whatever Pagefind scores', () => {
    const data = page('data', { score: 6, positions: [[4, 9], [5, 10]], title: 'Số lượt kiểm tra', typeRank: 1 });
    const article = page('article', { score: 1, positions: [[30, 40, 50], [31, 41, 51]], title: 'Mười lăm năm' });
    expect(order([data, article])).toEqual(['article', 'data']);
  });
  it('puts a list (timeline, topics, About) below an article when both hold the phrase in their text', () => {
    const timeline = page('timeline', { score: 8, positions: [[7, 70], [8, 71]], typeRank: 2 });
    const article = page('article', { score: 2, positions: [[30], [31]] });
    expect(order([timeline, article])).toEqual(['article', 'timeline']);
  });
  it('among pages alike, more occurrences of the phrase rank higher', () => {
    const once = page('once', { score: 2, positions: [[1], [2]] });
    const often = page('often', { score: 1.5, positions: [[1, 10, 20, 30], [2, 11, 21, 31]] });
    expect(order([once, often])).toEqual(['often', 'once']);
  });
});

describe('rankCandidates, restored reading and intent', () => {
  const slogan = ['dam', 'nghi', 'dam', 'lam'];
  it('puts the page holding the restored reading side by side above pages where the syllables only fold alike', () => {
    // Folded, both pages hold the four syllables; only "sixDam" holds "dám nghĩ" and "dám làm" as written.
    const sixDam = page('sixDam', { score: 1, positions: [[0, 2, 4], [1], [0, 2, 4], [5]], reading: [[0, 2, 4], [1], [0, 2, 4], [5]] }, slogan);
    const other = page('other', { score: 9, positions: [[40, 80], [41], [40, 80], [81]], reading: [[], [], [], [81]] }, slogan);
    expect(order([other, sixDam])).toEqual(['sixDam', 'other']);
  });
  it('puts the page holding every word in the restored spelling, even scattered, above look-alikes side by side', () => {
    // "Sáu chữ “dám” gồm: nghĩ, nói, làm": the explainer holds dám, nghĩ, làm, not side by side.
    const explainer = page('explainer', { score: 1, positions: [[10, 14], [12], [10, 14], [16]], reading: [[10, 14], [12], [10, 14], [16]] }, slogan);
    // "đảm nghị đảm làm"-like look-alikes standing side by side, in other spellings.
    const lookAlike = page('lookAlike', { score: 9, positions: [[40], [41], [42], [43]], reading: [[], [], [], [43]] }, slogan);
    expect(order([lookAlike, explainer])).toEqual(['explainer', 'lookAlike']);
  });
  it('puts the page a query names first (a term for its abbreviation), then data pages for "bao nhiêu"', () => {
    const article = page('article', { score: 9, positions: [[0], [1]], title: 'Đảng viên và chi bộ' });
    const data = page('data', { score: 1, positions: [[10], [11]], typeRank: 1, asked: true });
    const term = page('term', { score: 1, positions: [[3], [9]], typeRank: 3, named: true });
    expect(order([article, data, term])).toEqual(['term', 'data', 'article']);
  });
});

describe('page types', () => {
  it('every page type has a rank, and an unknown type ranks with the lists', () => {
    for (const key of Object.keys(PAGE_TYPES) as Array<keyof typeof PAGE_TYPES>) expect(typeRank(PAGE_TYPES[key])).toBe(TYPE_RANK[key]);
    expect(typeRank(undefined)).toBe(2);
    expect(typeRank(PAGE_TYPES.article)).toBeLessThan(typeRank(PAGE_TYPES.data));
    expect(typeRank(PAGE_TYPES.data)).toBeLessThan(typeRank(PAGE_TYPES.timeline));
  });
});
