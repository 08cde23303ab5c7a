import { describe, expect, it } from 'vitest';
import { figureRowId, resolveKeyFigures, withoutInferenceNotes } from '../../src/lib/key-figures';
import { relatedByTopics } from '../../src/lib/related';
import type { Figure } from '../../src/lib/charts/types';

const figure = (id: string): Figure => ({ id, label: id, value: 1, unit: '%', kind: 'reported', status: 'result', article: 'a', evidence: '1%' });
const datasets = [
  { id: 'ngan-sach', figures: [figure('thu-2024'), figure('chi-2024')] },
  { id: 'nong-thon', figures: [figure('xa-dat-chuan')] },
];

describe('resolveKeyFigures', () => {
  it('keeps the order of the frontmatter and links each figure to its table row on the chart page', () => {
    const resolved = resolveKeyFigures('content/articles/a.mdx', ['xa-dat-chuan', 'thu-2024'], datasets);
    expect(resolved.map((k) => [k.figure.id, k.dataset, k.href])).toEqual([
      ['xa-dat-chuan', 'nong-thon', `/so-lieu/nong-thon/#${figureRowId('xa-dat-chuan')}`],
      ['thu-2024', 'ngan-sach', '/so-lieu/ngan-sach/#so-lieu-thu-2024'],
    ]);
  });
  it('stops with the file, the field and the unknown id', () => {
    expect(() => resolveKeyFigures('content/articles/a.mdx', ['thu-2024', 'thu-2025'], datasets)).toThrow(
      /^content\/articles\/a\.mdx: trường "keyFigures\[1\]": .*"thu-2025"/,
    );
  });
});

describe('relatedByTopics', () => {
  const all = [
    { id: 'a', topics: ['x', 'y'] },
    { id: 'b', topics: ['y'] },
    { id: 'c', topics: ['x', 'y', 'z'] },
    { id: 'd', topics: ['q'] },
    { id: 'e', topics: ['x'] },
  ];
  it('puts the articles sharing most topics first, then keeps reading order, never itself or unrelated ones', () => {
    expect(relatedByTopics(all[0]!, all).map((r) => r.id)).toEqual(['c', 'b', 'e']);
    expect(relatedByTopics(all[0]!, all, 1).map((r) => r.id)).toEqual(['c']);
    expect(relatedByTopics(all[3]!, all)).toEqual([]);
  });
});

describe('withoutInferenceNotes', () => {
  it('drops the "ước đoán" notes of a key figure and keeps everything else', () => {
    expect(withoutInferenceNotes('Lượt tổ chức đảng được kiểm tra, từ khi thực hiện nghị quyết (2007, ước đoán) đến lúc hội thảo (2022, ước đoán)')).toBe(
      'Lượt tổ chức đảng được kiểm tra, từ khi thực hiện nghị quyết (2007) đến lúc hội thảo (2022)',
    );
    expect(withoutInferenceNotes('từ 2007 đến 2022 (năm cuối ước đoán)')).toBe('từ 2007 đến 2022');
    expect(withoutInferenceNotes('2024 (ước đoán)')).toBe('2024');
    expect(withoutInferenceNotes('2022 (ước đoán; bài gọi là “hiện nay”)')).toBe('2022 (bài gọi là “hiện nay”)');
    expect(withoutInferenceNotes('Thu ngân sách (kế hoạch, số tính toán)')).toBe('Thu ngân sách (kế hoạch, số tính toán)');
  });
});
