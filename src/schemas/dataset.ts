/**
 * Datasets of figures (content/data/*.yaml). Every number the site shows is written once here,
 * with the article it comes from and a verbatim fragment as evidence; numbers the site derives
 * say how (`compute`). The checks that need several figures at once (evidence contains the
 * number, recomputation) live in src/lib/figure-checks.ts and run at build.
 */
import { z } from 'astro/zod';
import { slugSchema } from './slug';

/** How a figure is derived from others: src/lib/figure-math.ts evaluates each op. */
export const COMPUTE_OPS = [
  'ratio-percent', // from [part, whole]: part / whole × 100
  'plan-from-share', // from [actual, share %]: actual / (share / 100)
  'previous-from-growth', // from [current, growth %]: current / (1 + growth / 100)
  'difference', // from [a, b]: a − b
  'ratio', // from [a, b]: a / b
] as const;
export type ComputeOp = (typeof COMPUTE_OPS)[number];

/** Words an article puts before a number ("hơn 509", "khoảng 27%", "ước đạt", "trên 500"). */
/** How a value is written out: see `format` below. */
export const FIGURE_FORMATS = ['number', 'year', 'plain'] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

export const QUALIFIERS = ['hon', 'khoang', 'uoc', 'tren', 'it-nhat'] as const;

/**
 * What a number is. `quantity` (default): something measured or counted in the world (money,
 * rates, documents issued, inspections, communes). `slogan`: a number that belongs to a phrase
 * (a slogan such as “6 dám” or “3 phi”, a name such as “60 phút vì Tây Hồ xanh”, a horizon such
 * as “tầm nhìn 100 năm”) or to the way a speech counts its own points (“5 điểm nghẽn”,
 * “4 cam kết”). A slogan keeps its evidence, but is never charted, listed on /so-lieu/ or shown
 * as a key figure (src/lib/measure.ts decides).
 */
export const MEASURES = ['quantity', 'slogan'] as const;
export type Measure = (typeof MEASURES)[number];

const computeSchema = z.strictObject({
  op: z.enum(COMPUTE_OPS),
  from: z.tuple([slugSchema, slugSchema]),
});

export function makeFigureSchema<A extends z.ZodType>(articleRef: A) {
  return z
    .strictObject({
      id: slugSchema,
      label: z.string().min(3),
      value: z.number({ error: 'cần một con số, viết dấu chấm cho phần thập phân và không có dấu phân cách nghìn (4.954,8 viết là 4954.8)' }),
      /** "xã", "tỷ đồng", "%"; may be left out only for a year or another plain number. */
      unit: z.string().default(''),
      /**
       * How the value reads: `number` (default) groups thousands ("4.954,8"); `year` and `plain`
       * write the digits as they are, for years and other numbers that are not quantities
       * ("2045", not "2.045").
       */
      format: z.enum(FIGURE_FORMATS).default('number'),
      /**
       * The number as the article writes it when it is not in digits ("hai", "một nửa"): the
       * evidence must then contain these words instead of the digits.
       */
      written: z.string().min(1).optional(),
      qualifier: z.enum(QUALIFIERS).optional(),
      /** What period the number describes, in Vietnamese as readers see it: "2024", "quý I/2023". */
      period: z.string().optional(),
      kind: z.enum(['reported', 'computed']),
      article: articleRef,
      /** A few words copied from the article, containing the number as printed. */
      evidence: z.string().min(3).optional(),
      compute: computeSchema.optional(),
      /** A reported figure that can be recomputed from its parts (188/382 → 49,2%). */
      check: computeSchema.optional(),
      /** Targets and plans are shown as such, never as results. */
      status: z.enum(['result', 'target', 'plan']).default('result'),
      /** A measured quantity (default) or a number that is part of a slogan: see MEASURES. */
      measure: z.enum(MEASURES).default('quantity'),
    })
    .superRefine((f, ctx) => {
      if (f.unit === '' && f.format === 'number') {
        ctx.addIssue({ code: 'custom', path: ['unit'], message: `số liệu "${f.id}" cần unit: đơn vị như xã, tỷ đồng, %. Nếu con số là một năm, ghi format: year và bỏ unit` });
      }
      if (f.kind === 'reported' && !f.evidence) {
        ctx.addIssue({ code: 'custom', path: ['evidence'], message: `số liệu "${f.id}" là kind: reported nên cần evidence: vài chữ chép đúng nguyên văn từ bài, có chứa con số` });
      }
      if (f.evidence && f.evidence.trim().split(/\s+/).length > 25) {
        ctx.addIssue({ code: 'custom', path: ['evidence'], message: `evidence của "${f.id}" dài hơn 25 chữ: chỉ giữ một đoạn ngắn quanh con số` });
      }
      if (f.kind === 'computed' && !f.compute) {
        ctx.addIssue({ code: 'custom', path: ['compute'], message: `số liệu "${f.id}" là kind: computed nên cần công thức: compute: { op, from: [mã, mã] }` });
      }
      if (f.kind === 'reported' && f.compute) {
        ctx.addIssue({ code: 'custom', path: ['compute'], message: `số liệu "${f.id}" là kind: reported nhưng có compute: đổi thành kind: computed, hoặc dùng check: để kiểm lại một tỷ lệ bài đã đưa` });
      }
    });
}

/** A figure as the schema outputs it (the article as its id). Lib modules pick from this type. */
export type DatasetFigure = z.output<ReturnType<typeof makeFigureSchema<z.ZodString>>>;

/**
 * How a dataset is drawn: which figures play which part. Every id must name a figure of the
 * same dataset (checked at build in src/data/content-gate.ts).
 */
const ref = slugSchema;
export const chartSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('budget'),
    rows: z.array(z.strictObject({ name: z.string().min(2), actual: ref, plan: ref, share: ref, growth: ref.optional() })).min(1),
  }),
  z.strictObject({
    kind: z.literal('waffle'),
    total: ref,
    /** Outer to inner: each level is a subset of the one before (standard ⊃ advanced ⊃ model). */
    levels: z.array(z.strictObject({ name: z.string().min(2), count: ref, rate: ref })).min(1),
  }),
  z.strictObject({
    kind: z.literal('comparison'),
    metrics: z.array(z.strictObject({ name: z.string().min(2), hanoi: ref, country: ref })).min(1),
  }),
  z.strictObject({
    kind: z.literal('bars'),
    groups: z.array(z.strictObject({ name: z.string().min(2), bars: z.array(ref).min(1) })).min(1),
    /** The legend: what the bar at each position of a group counts ("Tổ chức đảng", "Đảng viên"). */
    series: z.array(z.string().min(2)).optional(),
  }),
  z.strictObject({ kind: z.literal('table') }),
]);
export type ChartSpec = z.output<typeof chartSpecSchema>;

export function makeDatasetSchema<A extends z.ZodType, T extends z.ZodType>(articleRef: A, topicRef: T) {
  return z.strictObject({
    title: z.string().min(5),
    /** One line that says what the chart shows, in the site's words. */
    takeaway: z.string().min(10),
    chart: chartSpecSchema,
    topics: z.array(topicRef).min(1),
    /** Order on /so-lieu/: lower first. */
    order: z.number().int().default(100),
    figures: z.array(makeFigureSchema(articleRef)).min(1),
  });
}
