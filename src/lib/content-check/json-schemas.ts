/**
 * JSON Schemas for editors' tools (VS Code with the YAML extension completes and checks topics,
 * kinds and statuses as one types), generated from the same Zod schemas as the build. Topic
 * ids become a list of allowed values; article slugs stay a pattern, so that a new article
 * does not change the schemas. `npm run kiem-tra` rewrites .vscode/schemas/ when they differ,
 * and a test proves the committed files are current.
 */
import { z } from 'astro/zod';
import { makeArticleSchema } from '../../schemas/article';
import { makeDatasetSchema } from '../../schemas/dataset';
import { makeGlossaryTermSchema } from '../../schemas/glossary';
import { slugSchema } from '../../schemas/slug';
import { partialDateSchema } from '../../schemas/partial-date';
import { makeTimelineEventSchema, periodSchema, whenSchema } from '../../schemas/timeline-event';
import { topicSchema } from '../../schemas/topic';

/** A partial date as written in YAML: the text form, or a bare year YAML reads as a number. */
const DATE_JSON = {
  description: 'NNNN-TT-NN (precision: day), NNNN-TT (month) hoặc NNNN (year)',
  anyOf: [{ type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }, { type: 'integer' }],
};

function replace(target: object, value: object): void {
  for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
  Object.assign(target, value);
}

function toJson(schema: z.ZodType, title?: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // Preprocessed fields (a date YAML may read as a Date or a number; `when` without `type`)
    // have no JSON form of their own: describe what an editor writes.
    override: (ctx) => {
      if (ctx.zodSchema === whenSchema) {
        // A point (type may be left out) or a period.
        const strip = ({ $schema: _, ...rest }: Record<string, unknown>) => rest;
        replace(ctx.jsonSchema, { anyOf: [strip(toJson(partialDateSchema)), strip(toJson(periodSchema))] });
        return;
      }
      const def = (ctx.zodSchema as unknown as { _zod: { def: { type: string; in?: { _zod: { def: { type: string } } } } } })._zod.def;
      if (def.type === 'pipe' && def.in?._zod.def.type === 'transform') {
        replace(ctx.jsonSchema, DATE_JSON);
      }
    },
  }) as Record<string, unknown>;
  return title ? { ...json, title } : json;
}

export function buildJsonSchemas(topicIds: readonly string[]): Record<string, Record<string, unknown>> {
  const topic = topicIds.length > 0 ? z.enum(topicIds as [string, ...string[]]) : slugSchema;
  return {
    'article.schema.json': toJson(makeArticleSchema(topic), 'Phần khai báo của một bài giải thích (content/articles/*.mdx)'),
    'dataset.schema.json': toJson(makeDatasetSchema(slugSchema, topic), 'Bộ số liệu (content/data/*.yaml)'),
    'timeline-event.schema.json': toJson(makeTimelineEventSchema(slugSchema, topic), 'Sự kiện trên dòng thời gian (content/timeline/*.yaml)'),
    'glossary-term.schema.json': toJson(makeGlossaryTermSchema(slugSchema, slugSchema), 'Thuật ngữ (content/glossary/*.yaml)'),
    'topics.schema.json': toJson(z.array(topicSchema), 'Danh sách chủ đề (content/topics.yaml)'),
  };
}
