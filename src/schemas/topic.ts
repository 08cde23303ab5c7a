import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** A topic groups articles, figures and events; its page lives at /chu-de/<id>/. */
export const topicSchema = z.strictObject({
  id: slugSchema,
  name: z.string().min(2),
  description: z.string().min(10),
});

export type Topic = z.output<typeof topicSchema>;
