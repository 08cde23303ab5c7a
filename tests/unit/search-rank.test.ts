import { describe, expect, it } from 'vitest';
import { adjacentRuns, foldedWords, holdsPhrase, rankCandidates, type Candidate } from '../../src/lib/search-rank';
import { PAGE_TYPES, TYPE_RANK, typeRank } from '../../src/lib/search-attrs';

const page = (id: string, over: Partial<Candidate> = {}): Candidate => ({ id, score: 1, positions: [], covered: 2, title: '', typeRank: 0, ...over });
const order = (cs: Candidate[], terms: string[]) => rankCandidates(cs, terms).map((c) => c.id);

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
});

describe('rankCandidates', () => {
  const terms = ['dang', 'vien'];
  it('puts the page with the phrase above a higher-scored page where the words lie scattered', () => {
    const scattered = page('scattered', { score: 9, positions: [[10, 90], [50, 130]] });
    const phrase = page('phrase', { score: 2, positions: [[40], [41]] });
    expect(order([scattered, phrase], terms)).toEqual(['phrase', 'scattered']);
  });
  it('puts every page holding all the words above any page lacking one', () => {
    const partial = page('partial', { score: 20, covered: 1, positions: [[1, 2, 3], []], title: 'Đảng viên' });
    const whole = page('whole', { score: 1, positions: [[5], [90]] });
    expect(order([partial, whole], terms)).toEqual(['whole', 'partial']);
  });
  it('puts a page whose title holds the phrase first, the explainer before the data page before a list', () => {
    const body = page('body', { score: 30, positions: [[100, 200], [101, 201]] });
    const list = page('list', { score: 5, positions: [[0], [1]], title: 'Đảng viên của chi bộ', typeRank: 2 });
    const data = page('data', { score: 3, positions: [[1], [2]], title: 'Số đảng viên', typeRank: 1 });
    const article = page('article', { score: 1, positions: [[2], [3]], title: 'Đảng viên và chi bộ', typeRank: 0 });
    expect(order([body, list, data, article], terms)).toEqual(['article', 'data', 'list', 'body']);
  });
  it('puts a page titled exactly as the query first, even a topic page', () => {
    const article = page('article', { score: 9, positions: [[0], [1]], title: 'Đảng viên và chi bộ' });
    const topic = page('topic', { score: 1, positions: [[0], [1]], title: 'Đảng viên', typeRank: 2 });
    expect(order([article, topic], terms)).toEqual(['topic', 'article']);
  });
  it('puts a glossary term titled as the query below the explainer and the data page holding the phrase', () => {
    const term = page('term', { score: 9, positions: [[0], [1]], title: 'Đảng viên', typeRank: 3 });
    const data = page('data', { score: 2, positions: [[4], [5]], title: 'Số lượt kiểm tra', typeRank: 1 });
    const article = page('article', { score: 1, positions: [[30], [31]], title: 'Mười lăm năm' });
    expect(order([term, data, article], terms)).toEqual(['data', 'article', 'term']);
  });
  it('puts the page with more occurrences of the phrase first, whatever Pagefind scores', () => {
    const data = page('data', { score: 6, positions: [[4, 9], [5, 10]], title: 'Số lượt kiểm tra', typeRank: 1 });
    const article = page('article', { score: 1, positions: [[30, 40, 50], [31, 41, 51]], title: 'Mười lăm năm' });
    expect(order([data, article], terms)).toEqual(['article', 'data']);
  });
  it('puts a list (timeline, topics, About) below an article when both hold the phrase in their text', () => {
    const timeline = page('timeline', { score: 8, positions: [[7, 70], [8, 71]], typeRank: 2 });
    const article = page('article', { score: 2, positions: [[30], [31]] });
    expect(order([timeline, article], terms)).toEqual(['article', 'timeline']);
  });
  it('among pages alike, more occurrences of the phrase rank higher', () => {
    const once = page('once', { score: 2, positions: [[1], [2]] });
    const often = page('often', { score: 1.5, positions: [[1, 10, 20, 30], [2, 11, 21, 31]] });
    expect(order([once, often], terms)).toEqual(['often', 'once']);
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
