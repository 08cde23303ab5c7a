/**
 * Timeline events (content/timeline/*.yaml, one event a file). A `when` is either a single
 * partial date (day, month or year precision; `type: point` may be left out) or a period with
 * a start and an end. A period that ends before it starts is refused with `when.end` named.
 */
import { z } from 'astro/zod';
import { checkPartialDate, partialDateFields, partialDateSchema, type Precision } from './partial-date';

export const EVENT_KINDS = ['resolution-law', 'directive-programme', 'meeting-congress', 'project', 'result', 'target', 'term'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_STATUSES = ['happened', 'ongoing', 'planned', 'target'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const pointSchema = z.strictObject({ ...partialDateFields, type: z.literal('point') }).superRefine(checkPartialDate);

/**
 * The first and the last day a partial date may mean, as text that sorts like the calendar
 * ("2022" spans "2022-01-01" to "2022-12-31"; a month ends at "-31", enough for comparing).
 */
function firstDay(date: string): string {
  return `${date}-01-01`.slice(0, 10);
}
function lastDay(date: string, precision: Precision): string {
  return precision === 'year' ? `${date}-12-31` : precision === 'month' ? `${date}-31` : date;
}

export const periodSchema = z
  .strictObject({
    type: z.literal('period'),
    start: partialDateSchema,
    end: partialDateSchema,
  })
  .superRefine((period, ctx) => {
    if (lastDay(period.end.date, period.end.precision) < firstDay(period.start.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `khoảng thời gian kết thúc (${period.end.date}) trước khi bắt đầu (${period.start.date}); kiểm tra start và end`,
      });
    }
  });

/** A point needs no `type`; the discriminated union then reports errors at the real field. */
export const whenSchema = z.preprocess(
  (v) => (v !== null && typeof v === 'object' && !('type' in v) ? { ...v, type: 'point' } : v),
  z.discriminatedUnion('type', [periodSchema, pointSchema]),
);
export type When = z.output<typeof whenSchema>;

export function makeTimelineEventSchema<A extends z.ZodType, T extends z.ZodType>(articleRef: A, topicRef: T) {
  return z.strictObject({
    title: z.string().min(5),
    /** A few words for the time-axis overview, where the full title does not fit. */
    short: z.string().min(3).max(40).optional(),
    /** One line in the site's own words. */
    summary: z.string().min(10).max(300),
    when: whenSchema,
    /** "planned" and "target" events are shown as "dự kiến" / "mục tiêu", never as done. */
    status: z.enum(EVENT_STATUSES).default('happened'),
    kind: z.enum(EVENT_KINDS),
    articles: z.array(articleRef).min(1, 'cần ít nhất một bài (slug) mà sự kiện lấy từ đó'),
    topics: z.array(topicRef).default([]),
  });
}
