import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { makeTimelineEventSchema } from '../../src/schemas/timeline-event';

const schema = makeTimelineEventSchema(z.string(), z.string());
const issues = (input: unknown) => schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
const valid = {
  title: 'Một sự kiện hợp lệ',
  summary: 'Tóm tắt một dòng của sự kiện.',
  when: { date: '2022-04-12', precision: 'day', inferred: true, reason: 'Bài không ghi năm.' },
  kind: 'meeting-congress',
  articles: ['bai-mau'],
};

describe('timeline event schema', () => {
  it('accepts a point without `type` and a period, and fills defaults', () => {
    expect(schema.parse(valid)).toMatchObject({ status: 'happened', topics: [], when: { type: 'point', date: '2022-04-12' } });
    const period = { ...valid, when: { type: 'period', start: { date: 2020, precision: 'year' }, end: { date: 2025, precision: 'year' } } };
    expect(schema.parse(period).when).toMatchObject({ type: 'period', start: { date: '2020' }, end: { date: '2025' } });
  });
  it('names when.end for a period that ends before it starts', () => {
    const when = { type: 'period', start: { date: '2025', precision: 'year' }, end: { date: '2020', precision: 'year' } };
    expect(issues({ ...valid, when })).toEqual(['when.end: khoảng thời gian kết thúc (2020) trước khi bắt đầu (2025); kiểm tra start và end']);
  });
  it('accepts a period that ends within the year it starts, at a coarser precision', () => {
    const when = { type: 'period', start: { date: '2022-05', precision: 'month' }, end: { date: '2022', precision: 'year' } };
    expect(issues({ ...valid, when })).toEqual([]);
  });
  it('names when.date for a day-precision date without a day, and the inner field of a period', () => {
    expect(issues({ ...valid, when: { date: '2022-04', precision: 'day' } })).toEqual(['when.date: precision "day" cần ngày viết NNNN-TT-NN (ví dụ 2024-05-17); đang là "2022-04". Sửa date, hoặc đổi precision cho khớp']);
    const when = { type: 'period', start: { date: '2023-01', precision: 'month' }, end: { date: '2023', precision: 'year', inferred: true } };
    expect(issues({ ...valid, when })).toEqual(['when.end.reason: ngày ước đoán (inferred: true) cần reason: lý do, hiện cho bạn đọc cạnh chữ "ước đoán"']);
  });
  it('refuses an unknown kind or status, an empty article list and an overlong short label', () => {
    expect(issues({ ...valid, kind: 'party' })[0]).toMatch(/^kind: /);
    expect(issues({ ...valid, status: 'done' })[0]).toMatch(/^status: /);
    expect(issues({ ...valid, articles: [] })).toEqual(['articles: cần ít nhất một bài (slug) mà sự kiện lấy từ đó']);
    expect(issues({ ...valid, short: 'x'.repeat(41) })[0]).toMatch(/^short: /);
  });
});
