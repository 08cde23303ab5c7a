import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { partialDateSchema } from '../../src/schemas/partial-date';
import { makeArticleSchema } from '../../src/schemas/article';

/** Zod issues as "path: message" lines, the way Astro prints them. */
function issues(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('partialDateSchema', () => {
  it('accepts each precision in its own shape, including YAML dates and numbers', () => {
    expect(partialDateSchema.parse({ date: '2026-01-21', precision: 'day' })).toMatchObject({ date: '2026-01-21', inferred: false });
    expect(partialDateSchema.parse({ date: new Date('2022-04-12'), precision: 'day' }).date).toBe('2022-04-12');
    expect(partialDateSchema.parse({ date: 2022, precision: 'year', inferred: true, reason: 'suy ra' }).date).toBe('2022');
    expect(partialDateSchema.parse({ date: '2022-04', precision: 'month' }).precision).toBe('month');
  });
  it('rejects a date whose shape does not match its precision', () => {
    expect(issues(partialDateSchema.safeParse({ date: '2022-04', precision: 'day' }))).toEqual([
      'date: precision "day" cần ngày viết NNNN-TT-NN (ví dụ 2024-05-17); đang là "2022-04". Sửa date, hoặc đổi precision cho khớp',
    ]);
    expect(issues(partialDateSchema.safeParse({ date: '2022-04-12', precision: 'year' }))[0]).toMatch(/cần ngày viết NNNN \(ví dụ 2024\)/);
  });
  it('rejects an unknown precision, an impossible day and an inferred date without reason', () => {
    expect(issues(partialDateSchema.safeParse({ date: '2022', precision: 'decade' }))[0]).toMatch(/^precision: precision phải là day \(biết ngày\), month \(biết tháng\) hoặc year/);
    expect(issues(partialDateSchema.safeParse({ date: '2023-02-30', precision: 'day' }))).toEqual(['date: "2023-02-30" không phải một ngày có thật trên lịch']);
    expect(issues(partialDateSchema.safeParse({ date: '2022', precision: 'year', inferred: true }))[0]).toMatch(/^reason: ngày ước đoán \(inferred: true\) cần reason/);
  });
});

describe('article schema', () => {
  const schema = makeArticleSchema(z.string());
  const valid = {
    title: 'Một bài giải thích',
    summary: 'Tóm tắt đủ dài để qua được kiểm tra của lược đồ.',
    slug: 'mot-bai-giai-thich',
    source: { seed: '000_dba8081fe6c437dd', published: { date: '2026-01-21', precision: 'day' } },
    event: { date: '2026-01', precision: 'month' },
    topics: ['phuong-thuc-lanh-dao'],
  };
  it('accepts a complete article and fills defaults', () => {
    expect(schema.parse(valid)).toMatchObject({ people: [], documents: [] });
  });
  it('names the missing title', () => {
    const { title: _omit, ...rest } = valid;
    expect(issues(schema.safeParse(rest))).toEqual(['title: cần tiêu đề bài (một dòng chữ)']);
  });
  it('requires an accent-free slug and a source link that is a URL', () => {
    expect(issues(schema.safeParse({ ...valid, slug: 'bài-viết' }))[0]).toMatch(/^slug: cần mã viết liền không dấu/);
    expect(issues(schema.safeParse({ ...valid, source: { ...valid.source, url: 'nhandan.vn' } }))[0]).toMatch(/^source.url: cần một đường dẫn đầy đủ/);
  });
  it('requires at least one topic', () => {
    expect(issues(schema.safeParse({ ...valid, topics: [] }))).toEqual(['topics: cần ít nhất một chủ đề (mã trong content/topics.yaml)']);
  });
});
