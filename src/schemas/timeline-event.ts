/**
 * Timeline events (content/timeline/*.yaml, one event a file). A `when` is either a single
 * partial date (day, month or year precision) or a period with a start and an end.
 */
import { z } from 'astro/zod';
import { partialDateSchema } from './partial-date';

export const EVENT_KINDS = ['resolution-law', 'directive-programme', 'meeting-congress', 'project', 'result', 'target'] as const;
export const EVENT_STATUSES = ['happened', 'planned', 'target'] as const;

const pointSchema = partialDateSchema.and(z.object({ type: z.literal('point').default('point') }));

export const periodSchema = z.object({
  type: z.literal('period'),
  start: partialDateSchema,
  end: partialDateSchema,
});

export function makeTimelineEventSchema<A extends z.ZodType, T extends z.ZodType>(articleRef: A, topicRef: T) {
  return z.object({
    title: z.string().min(5),
    /** One line in the site's own words. */
    summary: z.string().min(10).max(300),
    when: z.union([periodSchema, pointSchema]),
    /** "planned" and "target" events are shown as "dự kiến" / "mục tiêu", never as done. */
    status: z.enum(EVENT_STATUSES).default('happened'),
    kind: z.enum(EVENT_KINDS),
    articles: z.array(articleRef).min(1, 'expected at least one article the event comes from'),
    topics: z.array(topicRef).default([]),
  });
}
