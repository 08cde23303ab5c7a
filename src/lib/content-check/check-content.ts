/**
 * The content check: every rule an editor's files must meet, run on the files as written
 * (read-content.ts), without Astro. `npm run kiem-tra` and `npm run build` run it first, and the
 * site runs it again before rendering a page (src/data/content-gate.ts), so the dev server
 * shows the same messages. It reuses the Zod schemas of src/schemas with plain ids where Astro
 * passes reference(); references are checked here, against the ids the files define. Each MDX
 * body is compiled with Astro's own MDX compiler (mdx-body.ts), each chart is built
 * (chart-check.ts), and every number in an explainer's text is traced to a figure
 * (body-numbers.ts).
 *
 * Every problem names the file, the line, the field as written in the file (a figure by its
 * id, never "figures.4") and, in Vietnamese, what was expected and how to fix it. A file that
 * does not parse is reported once: what other files would miss because of it is not reported
 * as their mistake.
 */
import { keyFigureProblem } from '../key-figures';
import type { Document } from 'yaml';
import { isMap, isScalar } from 'yaml';
import { z } from 'astro/zod';
import { makeArticleSchema } from '../../schemas/article';
import { makeDatasetSchema } from '../../schemas/dataset';
import { makeGuideSchema } from '../../schemas/guide';
import { vietnameseError } from '../../schemas/messages';
import { slugSchema } from '../../schemas/slug';
import { makeGlossaryTermSchema } from '../../schemas/glossary';
import { sourceRecordSchema } from '../../schemas/source-record';
import { makeTimelineEventSchema } from '../../schemas/timeline-event';
import { topicSchema } from '../../schemas/topic';
import { specReferences } from '../charts/chart-model';
import type { Figure } from '../charts/types';
import { checkFigures, type CheckableFigure } from '../figure-checks';
import { parseRegister } from '../source-titles';
import { checkGlossary } from '../glossary';
import { decimalsOf, formatNumber } from '../number-format';
import { findBrokenReferences, type ReferenceUse } from '../references';
import { checkBody, type ImageInfo, type SiteIds } from './body-checks';
import { findUnsourcedNumbers, marksWithoutReason } from './body-numbers';
import { checkChart } from './chart-check';
import { readBody, type BodyFacts } from './mdx-body';
import { COMPONENTS_OF } from './mdx-components';
import { routes } from '../routes';
import { problemFromText, type Problem } from './problems';
import type { ContentFile } from './read-content';
import type { SourceEntry } from './sources';

export { formatProblems, type Problem } from './problems';

export interface CheckOptions {
  /** Source articles by name; undefined when no sources folder is available. */
  sources?: ReadonlyMap<string, SourceEntry> | undefined;
  /** Where the sources were looked for, to say so when the checks against them are skipped. */
  sourcesDir?: string | undefined;
  /** Whether a file exists (images); absolute paths. */
  exists: (absolutePath: string) => boolean;
  /** Width, height and bytes of an image file, when it can be read. */
  image?: ((absolutePath: string) => ImageInfo | undefined) | undefined;
  /** The project root (paths in ContentFile are relative to it) and its public/ folder. */
  root: string;
  /** Content files deleted since the last commit ("articles/x.mdx"), for a clearer message. */
  deleted?: readonly string[] | undefined;
  /** Today, for events marked as happened (tests pass a fixed day). */
  today?: Date | undefined;
  /** content/van-ban.toml as written (verbatim document titles), when there is one. */
  register?: { path: string; text: string } | undefined;
}

export interface CheckResult {
  /** Errors and warnings (severity), sorted by file and line. */
  problems: Problem[];
  /** Checks that could not run, said plainly ("bỏ qua …"). */
  notes: string[];
}

const articleSchema = makeArticleSchema(slugSchema);
const datasetSchema = makeDatasetSchema(slugSchema, slugSchema);
const timelineSchema = makeTimelineEventSchema(slugSchema, slugSchema);
const topicsSchema = z.array(topicSchema);
const glossarySchema = makeGlossaryTermSchema(slugSchema, slugSchema);
const guideSchema = makeGuideSchema(slugSchema);

type Located = { range?: [number, number, number] } | null | undefined;

function lineAt(file: { lineCounter: ContentFile['lineCounter']; lineOffset: number }, node: Located): number | undefined {
  return node && typeof node === 'object' && node.range ? file.lineCounter.linePos(node.range[0]).line + file.lineOffset : undefined;
}

/** The file line of the deepest node of `path` that exists in the YAML. */
export function lineOf(file: Pick<ContentFile, 'doc' | 'lineCounter' | 'lineOffset'>, path: readonly PropertyKey[]): number | undefined {
  const doc: Document = file.doc;
  for (let k = path.length; k >= 0; k--) {
    const line = lineAt(file, (k === 0 ? doc.contents : doc.getIn(path.slice(0, k) as unknown[], true)) as Located);
    if (line) return line;
  }
  return undefined;
}

/** The line of a key itself (an unknown field is reported where it is written). */
function lineOfKey(file: ContentFile, parent: readonly PropertyKey[], key: string): number | undefined {
  const map = parent.length === 0 ? file.doc.contents : file.doc.getIn(parent as unknown[], true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair) return lineAt(file, pair.key as Located);
  }
  return lineOf(file, parent);
}

/** "chart.rows[0].plan" as written in the file. */
function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** The field as an editor finds it: a figure by its id ("số liệu "x", trường value"), an event's or topic's likewise. */
export function describeField(file: ContentFile, data: unknown, path: readonly PropertyKey[]): string {
  if (file.kind === 'data' && path[0] === 'figures' && typeof path[1] === 'number') {
    const figure = (data as { figures?: Array<{ id?: unknown }> })?.figures?.[path[1]];
    const name = typeof figure?.id === 'string' ? `số liệu "${figure.id}"` : `số liệu thứ ${path[1] + 1} trong figures`;
    const rest = path.slice(2);
    return rest.length > 0 ? `${name}, trường "${joinPath(rest)}"` : name;
  }
  if (file.kind === 'topics' && typeof path[0] === 'number') {
    const topic = (data as Array<{ id?: unknown }>)?.[path[0]];
    const name = typeof topic?.id === 'string' ? `chủ đề "${topic.id}"` : `chủ đề thứ ${path[0] + 1}`;
    const rest = path.slice(1);
    return rest.length > 0 ? `${name}, trường "${joinPath(rest)}"` : name;
  }
  return path.length > 0 ? `trường "${joinPath(path)}"` : 'cả tệp';
}

const at = (file: ContentFile, line: number | undefined) => (line ? `${file.path}, dòng ${line}` : file.path);

/** Finds text that is not NFC (letters typed as a base letter plus combining marks). */
function checkNfc(file: ContentFile): Problem[] {
  if (file.text === file.text.normalize('NFC')) return [];
  const lines = file.text.split('\n');
  const index = lines.findIndex((l) => l !== l.normalize('NFC'));
  const sample = (lines[index] ?? '').trim().slice(0, 40);
  return [
    {
      file: file.path,
      line: index + 1,
      message: `chữ tiếng Việt được gõ ở dạng tách dấu (Unicode NFD), ví dụ "${sample}". Trang sẽ hiển thị và tìm kiếm sai. Cách sửa: chạy npm run kiem-tra -- --sua-nfc (tự đổi mọi tệp sang dạng dựng sẵn NFC), hoặc lưu lại tệp bằng bộ gõ Unicode dựng sẵn`,
    },
  ];
}

function parseWith<T extends z.ZodType>(schema: T, file: ContentFile, problems: Problem[]): z.output<T> | undefined {
  const data: unknown = file.doc.toJS();
  const result = schema.safeParse(data, { error: vietnameseError });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length > 0 ? `${describeField(file, data, issue.path)}: ` : '';
      problems.push({ file: file.path, line: lineOfKey(file, issue.path, issue.keys[0] ?? ''), message: `${where}${issue.message}` });
      continue;
    }
    problems.push({ file: file.path, line: lineOf(file, issue.path), message: `${describeField(file, data, issue.path)}: ${issue.message}` });
  }
  return undefined;
}

type Article = z.output<typeof articleSchema>;
type Dataset = z.output<typeof datasetSchema>;
type TimelineEvent = z.output<typeof timelineSchema>;
type GlossaryTerm = z.output<typeof glossarySchema>;
type Guide = z.output<typeof guideSchema>;

function idsOfList(data: unknown): string[] {
  return Array.isArray(data) ? data.map((t: { id?: unknown }) => t?.id).filter((id): id is string => typeof id === 'string') : [];
}

function normaliseSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The first day a `when` may mean, as YYYY-MM-DD. */
function firstDayOf(when: TimelineEvent['when']): string {
  const date = when.type === 'period' ? when.start.date : when.date;
  return `${date}-01-01`.slice(0, 10);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function checkContent(files: readonly ContentFile[], options: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const today = isoDay(options.today ?? new Date());

  // Files that cannot be read at all are reported once; nothing else is said about them.
  const brokenData: ContentFile[] = [];
  for (const file of files) {
    if (file.bom) {
      problems.push({
        file: file.path,
        line: 1,
        message: 'tệp mở đầu bằng một ký tự vô hình (BOM, U+FEFF) do trình soạn thảo thêm khi lưu kiểu "UTF-8 with BOM"; Astro khi đó không đọc được phần khai báo. Cách sửa: chạy npm run kiem-tra -- --sua-nfc (tự bỏ ký tự này), hoặc trong VS Code bấm chữ "UTF-8 with BOM" ở thanh dưới cùng, chọn "Save with Encoding" rồi "UTF-8"',
      });
    }
    problems.push(...checkNfc(file));
    if (file.missingFrontmatter) {
      problems.push({ file: file.path, line: 1, message: 'tệp phải mở đầu bằng phần khai báo nằm giữa hai dòng "---" (xem mẫu trong docs/huong-dan-bien-tap.md hoặc chạy npm run tao-moi)' });
    }
    // The first YAML error only: the ones after it are usually its echoes.
    const error = file.doc.errors[0];
    if (error) {
      const line = file.lineCounter.linePos(error.pos[0]).line + file.lineOffset;
      const echo = file.kind === 'data' ? ' Trong lúc tệp này lỗi, các số liệu của nó coi như chưa có: những chỗ khác dùng chúng sẽ được kiểm tra lại sau khi sửa.' : '';
      const duplicate = error.code === 'DUPLICATE_KEY' ? 'một trường được viết hai lần trong cùng một nhóm: xóa một dòng' : 'kiểm tra thụt lề (mỗi cấp lùi 2 dấu cách), dấu hai chấm sau tên trường, dấu ngoặc kép đóng mở đủ ở dòng này hoặc dòng ngay trên';
      problems.push({ file: file.path, line, message: `YAML viết chưa đúng (${error.code}): ${duplicate}.${echo}` });
      if (file.kind === 'data') brokenData.push(file);
    }
  }
  const parsable = files.filter((f) => f.doc.errors.length === 0 && !f.missingFrontmatter);

  // Shapes of each kind of file.
  const topics: Array<{ file: ContentFile; id: string }> = [];
  const articles: Array<{ file: ContentFile; data: Article }> = [];
  const datasets: Array<{ file: ContentFile; data: Dataset }> = [];
  const events: Array<{ file: ContentFile; data: TimelineEvent }> = [];
  const terms: Array<{ file: ContentFile; data: GlossaryTerm }> = [];
  const guides: Array<{ file: ContentFile; data: Guide }> = [];
  for (const file of parsable) {
    if (file.kind === 'topics') {
      const list = parseWith(topicsSchema, file, problems);
      list?.forEach((t) => topics.push({ file, id: t.id }));
    } else if (file.kind === 'article') {
      const data = parseWith(articleSchema, file, problems);
      if (data) articles.push({ file, data });
    } else if (file.kind === 'data') {
      const data = parseWith(datasetSchema, file, problems);
      if (data) datasets.push({ file, data });
    } else if (file.kind === 'glossary') {
      const data = parseWith(glossarySchema, file, problems);
      if (data) terms.push({ file, data });
    } else if (file.kind === 'guide') {
      const data = parseWith(guideSchema, file, problems);
      if (data) guides.push({ file, data });
    } else {
      const data = parseWith(timelineSchema, file, problems);
      if (data) events.push({ file, data });
    }
  }

  // Ids: a topic id once; an article's slug is its file name, and no two articles share it
  // (Astro would silently publish one in place of the other).
  const seenTopics = new Map<string, number | undefined>();
  topics.forEach(({ file, id }, i) => {
    const line = lineOf(file, [i, 'id']);
    if (seenTopics.has(id)) {
      problems.push({ file: file.path, line, message: `chủ đề "${id}" đã có ở dòng ${seenTopics.get(id)}: mỗi chủ đề cần một id riêng` });
    } else seenTopics.set(id, line);
  });
  // Duplicates: the file named after the slug keeps it; the others (usually an old article
  // copied as a template) are told to take a new slug, naming the file that has it.
  const bySlug = new Map<string, ContentFile[]>();
  for (const { file, data } of articles) bySlug.set(data.slug, [...(bySlug.get(data.slug) ?? []), file]);
  for (const [slug, owners] of bySlug) {
    const keeper = owners.find((f) => f.name === slug) ?? owners[0]!;
    for (const file of owners) {
      if (file !== keeper) {
        problems.push({
          file: file.path,
          line: lineOf(file, ['slug']),
          message: `slug "${slug}" đã là slug của ${keeper.path}: hai bài trùng slug thì một bài sẽ lặng lẽ thay bài kia. Đặt cho bài này một slug mới, và đổi tên tệp theo slug đó`,
        });
      } else if (file.name !== slug) {
        problems.push({
          file: file.path,
          line: lineOf(file, ['slug']),
          message: `slug "${slug}" khác tên tệp "${file.name}.mdx": tên tệp phải đúng bằng slug. Đổi tên tệp thành ${slug}.mdx, hoặc sửa slug thành "${file.name}"`,
        });
      }
    }
  }

  // References between files.
  // Ids count even when their file has another mistake: one error, not one per reference.
  const slugOf = (f: ContentFile) => {
    const slug: unknown = f.doc.get('slug');
    return typeof slug === 'string' ? slug : f.name;
  };
  const deletedArticles = new Set((options.deleted ?? []).filter((p) => /^articles\/[^/]+\.mdx$/.test(p)).map((p) => p.slice('articles/'.length, -'.mdx'.length)));
  const topicIds = new Set([...topics.map((t) => t.id), ...parsable.filter((f) => f.kind === 'topics').flatMap((f) => idsOfList(f.doc.toJS()))]);
  const articleIds = new Set(files.filter((f) => f.kind === 'article').map(slugOf));
  const datasetIds = new Set(files.filter((f) => f.kind === 'data').map((f) => f.name));
  const place = (file: ContentFile, path: PropertyKey[]) => at(file, lineOf(file, path));
  const topicUses: ReferenceUse[] = [
    ...articles.flatMap(({ file, data }) => data.topics.map((id, i) => ({ file: place(file, ['topics', i]), field: `trường "topics[${i}]"`, id }))),
    ...datasets.flatMap(({ file, data }) => data.topics.map((id, i) => ({ file: place(file, ['topics', i]), field: `trường "topics[${i}]"`, id }))),
    ...events.flatMap(({ file, data }) => data.topics.map((id, i) => ({ file: place(file, ['topics', i]), field: `trường "topics[${i}]"`, id }))),
  ];
  const articleUses: ReferenceUse[] = [
    ...datasets.flatMap(({ file, data }) =>
      data.figures.map((f, i) => ({ file: place(file, ['figures', i, 'article']), field: `số liệu "${f.id}", trường "article"`, id: f.article })),
    ),
    ...events.flatMap(({ file, data }) => data.articles.map((id, i) => ({ file: place(file, ['articles', i]), field: `trường "articles[${i}]"`, id }))),
    ...guides.flatMap(({ file, data }) => data.articles.map((id, i) => ({ file: place(file, ['articles', i]), field: `trường "articles[${i}]"`, id }))),
  ];
  // A reference to an article deleted since the last commit says so, instead of "a typing slip?".
  const deletedMessage = (use: ReferenceUse) =>
    `${use.file}: ${use.field}: bài "${use.id}" đã bị xóa (tệp content/articles/${use.id}.mdx không còn; git vẫn giữ bản cũ). Bỏ "${use.id}" khỏi trường này (và xóa cả tệp nếu nó chỉ nói về bài đó), hoặc khôi phục bài bằng git restore content/articles/${use.id}.mdx`;
  const referenceProblems = [
    ...findBrokenReferences(topicUses, topicIds, 'chủ đề'),
    ...findBrokenReferences(articleUses.filter((u) => !deletedArticles.has(u.id)), articleIds, 'bài'),
    ...articleUses.filter((u) => deletedArticles.has(u.id) && !articleIds.has(u.id)).map(deletedMessage),
  ];

  // Figures: the newest file is blamed for a duplicate id (it is the one being edited), so
  // the figures are handed over oldest file first.
  const byAge = [...datasets].sort((a, b) => a.file.mtimeMs - b.file.mtimeMs || a.file.path.localeCompare(b.file.path));
  const figureLines = new Map<string, { file: ContentFile; index: number }>();
  for (const { file, data } of byAge) data.figures.forEach((f, i) => figureLines.set(f.id, { file, index: i }));
  // A zero denominator would make the recomputation throw: say it here, and leave the rule out.
  const allFigures = new Map(datasets.flatMap(({ data }) => data.figures.map((f) => [f.id, f] as const)));
  const figureProblems: string[] = [];
  const figures = byAge.flatMap(({ file, data }) =>
    data.figures.map((figure, i) => {
      const checkable: CheckableFigure = { ...figure };
      for (const field of ['compute', 'check'] as const) {
        const rule = figure[field];
        const divisor = rule ? allFigures.get(rule.from[1]) : undefined;
        if (!rule || !divisor) continue;
        const zero = rule.op === 'previous-from-growth' ? divisor.value === -100 : rule.op !== 'difference' && divisor.value === 0;
        if (zero) {
          figureProblems.push(
            `${place(file, ['figures', i, field])}: số liệu "${figure.id}", trường "${field}": phép ${rule.op} chia cho "${divisor.id}" = ${divisor.value}, mà chia cho 0 thì không ra số. Kiểm tra value của "${divisor.id}" và thứ tự trong from (số bị chia trước, số chia sau)`,
          );
          delete checkable[field];
        }
      }
      return { file: place(file, ['figures', i]), figure: checkable };
    }),
  );
  for (const text of checkFigures(figures)) {
    // Each message at the line of the field it is about.
    const m = /^(.*?): số liệu "([^"]+)": (evidence|compute|check)?/.exec(text);
    const where = m?.[2] ? figureLines.get(m[2]) : undefined;
    const field = m?.[3] ?? (text.includes('mã này đã dùng') ? 'id' : undefined);
    if (where && field && text.startsWith(place(where.file, ['figures', where.index]))) {
      figureProblems.push(`${place(where.file, ['figures', where.index, field])}${text.slice(place(where.file, ['figures', where.index]).length)}`);
    } else figureProblems.push(text);
  }
  for (const { file, data } of datasets) {
    const ids = new Set(data.figures.map((f) => f.id));
    const slogans = new Set(data.figures.filter((f) => f.measure === 'slogan').map((f) => f.id));
    const refs = specReferences(data.chart);
    const missing = refs.filter((r) => !ids.has(r.id));
    const at = (field: string) => place(file, field.split(/[.[\]]+/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    for (const r of missing) {
      figureProblems.push(`${at(r.field)}: trường "${r.field}": số liệu "${r.id}" không có trong tệp này (figures). Sửa mã cho đúng một id trong figures`);
    }
    for (const r of refs.filter((r) => slogans.has(r.id))) {
      figureProblems.push(`${at(r.field)}: trường "${r.field}": số liệu "${r.id}" là con số của khẩu hiệu (measure: slogan), không được vẽ thành biểu đồ. Bỏ nó khỏi chart, hoặc sửa measure nếu đó là số đo`);
    }
    if (missing.length > 0) continue;
    // The chart as the page draws it.
    for (const p of checkChart(data.chart, data.figures as Figure[])) {
      figureProblems.push(`${place(file, p.path)}: trường "${joinPath(p.path)}": ${p.message}`);
    }
  }
  // Those helpers (shared with unit tests) report "<file>, dòng <n>: <message>" strings,
  // where <file>, dòng <n> is the `place()` we gave them: split it back into a Problem.
  // While a data file is broken, "no such figure" elsewhere is its echo, not a new mistake.
  const echo = (text: string) => brokenData.length > 0 && /gọi số liệu không có/.test(text);
  for (const text of [...referenceProblems, ...figureProblems]) if (!echo(text)) problems.push(problemFromText(text));

  // Sources: every article's source exists; its record (when there is one) agrees with the article.
  const sources = options.sources;
  if (sources) {
    for (const { file, data } of articles) {
      const entry = sources.get(data.source.seed);
      if (!entry) {
        problems.push({
          file: file.path,
          line: lineOf(file, ['source', 'seed']),
          message: `source.seed "${data.source.seed}": không thấy bài gốc ${data.source.seed}.txt trong ${options.sourcesDir ?? 'thư mục bài gốc'}. Chọn đúng tên một bài gốc (npm run tao-moi liệt kê chúng), hoặc thêm bài gốc mới bằng npm run tao-moi -- nguon`,
        });
        continue;
      }
      if (entry.record) problems.push(...compareWithRecord(file, data, entry));
    }
    for (const entry of sources.values()) {
      if (!entry.record) continue;
      const parsed = sourceRecordSchema.safeParse(entry.record.doc.toJS(), { error: vietnameseError });
      const shown = entry.record.path;
      if (entry.record.doc.errors.length > 0) problems.push({ file: shown, line: entry.record.lineCounter.linePos(entry.record.doc.errors[0]!.pos[0]).line, message: `YAML viết chưa đúng (${entry.record.doc.errors[0]!.code}): hồ sơ bài gốc; kiểm tra thụt lề và dấu ngoặc kép` });
      else if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ file: shown, line: lineOf({ ...entry.record, lineOffset: 0 }, issue.path), message: `hồ sơ bài gốc, trường "${joinPath(issue.path)}": ${issue.message}` });
      }
    }
    // Evidence occurs word for word in its source article.
    const seedOf = new Map(articles.map((a) => [a.data.slug, a.data.source.seed]));
    for (const { file, data } of datasets) {
      data.figures.forEach((f, i) => {
        if (!f.evidence) return;
        const seed = seedOf.get(f.article);
        const source = seed ? sources.get(seed)?.text : undefined;
        if (source !== undefined && !normaliseSpace(source).includes(normaliseSpace(f.evidence))) {
          problems.push({
            file: file.path,
            line: lineOf(file, ['figures', i, 'evidence']),
            message: `số liệu "${f.id}", trường "evidence": đoạn "${f.evidence}" không có nguyên văn trong bài gốc ${seed}.txt. Chép đúng từng chữ, từng dấu từ bài (có thể rút ngắn, không được diễn đạt lại)`,
          });
        }
      });
    }
  } else {
    notes.push(`Bỏ qua việc đối chiếu evidence và nguồn với bài gốc: không thấy thư mục bài gốc ${options.sourcesDir ?? ''} (đặt SOURCES_DIR để chỉ tới nơi lưu bài gốc).`);
  }

  // Timeline: an event marked as happened cannot lie in the future.
  for (const { file, data } of events) {
    const first = firstDayOf(data.when);
    if (data.status === 'happened' && first > today) {
      const field = data.when.type === 'period' ? ['when', 'start', 'date'] : ['when', 'date'];
      problems.push({
        file: file.path,
        line: lineOf(file, field),
        message: `sự kiện có status: happened (đã diễn ra) nhưng ngày bắt đầu (${first.slice(0, data.when.type === 'period' ? data.when.start.date.length : data.when.date.length)}) còn ở tương lai. Nếu là kế hoạch, ghi status: planned (dự kiến) hoặc target (mục tiêu); nếu gõ nhầm ngày, sửa ngày`,
      });
    }
  }

  // MDX bodies: compiled, then their components, headings, links, images, length, numbers.
  const bodies = new Map<ContentFile, BodyFacts>();
  for (const file of files.filter((f) => (f.kind === 'article' || f.kind === 'guide') && f.body && !f.missingFrontmatter)) {
    const { problems: syntax, facts } = readBody(file.path, file.text, COMPONENTS_OF[file.kind === 'guide' ? 'guide' : 'article']);
    problems.push(...syntax);
    if (facts) bodies.set(file, facts);
  }
  // The register of verbatim document titles (content/van-ban.toml): <VanBan id> and documents name its entries.
  let documentIds: Set<string> | undefined;
  if (options.register) {
    try {
      documentIds = new Set(parseRegister(options.register.text).documents.map((d) => d.id));
    } catch (error) {
      const e = error as { line?: number; column?: number };
      problems.push({ file: options.register.path, line: e.line, column: e.column, message: 'TOML viết chưa đúng: kiểm tra dấu ngoặc kép đóng mở đủ, dấu = giữa tên và giá trị, và [[document]] ở đầu mỗi mục, ở dòng này hoặc dòng ngay trên' });
    }
  }
  if (documentIds) {
    for (const { file, data } of articles) {
      data.documents.forEach((d, i) => {
        if (typeof d !== 'string' && !documentIds.has(d['van-ban'])) {
          problems.push({ file: file.path, line: lineOf(file, ['documents', i, 'van-ban']), message: `trường "documents[${i}]": không có văn bản "${d['van-ban']}" trong content/van-ban.toml. Các mã có: ${[...documentIds].sort().join(', ')}` });
        }
      });
    }
  }
  const eventArticles = new Set(events.flatMap((e) => e.data.articles));
  const ids: SiteIds = {
    articles: articleIds,
    deletedArticles,
    headingIds: new Map([...bodies].map(([file, facts]) => [slugOf(file), new Set(facts.headings.map((h) => h.id))])),
    articlesWithEvents: eventArticles,
    datasets: datasetIds,
    terms: new Set(files.filter((f) => f.kind === 'glossary').map((f) => f.name)),
    topics: topicIds,
    events: new Set(files.filter((f) => f.kind === 'timeline').map((f) => f.name)),
    documents: documentIds,
    pages: new Set([routes.guide]),
  };
  const figuresByArticle = new Map<string, Array<{ id: string; value: number }>>();
  const datasetFigures = new Map(datasets.map(({ file, data }) => [file.name, data.figures]));
  for (const { data } of datasets) for (const f of data.figures) figuresByArticle.set(f.article, [...(figuresByArticle.get(f.article) ?? []), f]);
  for (const { file, data } of articles) {
    const facts = bodies.get(file);
    if (!facts) continue;
    problems.push(...checkBody(file.path, file.absolute, data.slug, file.body?.text ?? '', facts, ids, { root: options.root, exists: options.exists, image: options.image ?? (() => undefined) }));
    // Numbers in the text: the article's own figures, the charts it places, its key figures.
    const cited = [
      ...(figuresByArticle.get(data.slug) ?? []),
      ...facts.components.filter((c) => c.name === 'Chart').flatMap((c) => datasetFigures.get(c.attributes.id ?? '') ?? []),
      ...data.keyFigures.map((id) => allFigures.get(id)).filter((f) => f !== undefined),
    ];
    // While a data file is broken its figures are unknown: numbers are checked once it is fixed.
    if (brokenData.length === 0) {
      const linked = (block: { links: string[] }) =>
        block.links.flatMap((url) => {
          const slug = /^\/bai-viet\/([^/#?]+)\/?/.exec(url)?.[1];
          return slug ? (figuresByArticle.get(slug) ?? []) : [];
        });
      for (const n of findUnsourcedNumbers(facts.blocks, (block) => [...cited, ...linked(block)])) {
        const near = n.nearest ? ` Số liệu gần nhất: "${n.nearest.id}" = ${formatNumber(n.nearest.value, decimalsOf(n.nearest.value))}.` : '';
        problems.push({
          file: file.path,
          line: n.line,
          column: n.column,
          message: `con số "${n.text}" không khớp số liệu nào của bài (số liệu ghi article: ${data.slug}, các <Chart> trong bài, keyFigures, số liệu của bài được liên kết trong cùng đoạn).${near} Sửa con số cho đúng số liệu; hoặc thêm con số vào content/data/ kèm evidence; nếu là ngày, số thứ tự, số hiệu văn bản hay con số có nguồn khác, ghi ngay sau nó {/* số: lý do */} (mục 11 của hướng dẫn)`,
        });
      }
    }
    for (const line of marksWithoutReason(facts.blocks)) {
      problems.push({ file: file.path, line, message: 'đánh dấu {/* số: … */} thiếu lý do: viết vì sao con số này không cần số liệu, ví dụ {/* số: số thứ tự của đoàn công tác */}' });
    }
  }

  // Overviews (content/guides): the same body checks; their numbers come from the explainers they list.
  for (const { file, data } of guides) {
    const facts = bodies.get(file);
    if (!facts) continue;
    problems.push(...checkBody(file.path, file.absolute, file.name, file.body?.text ?? '', facts, ids, { root: options.root, exists: options.exists, image: options.image ?? (() => undefined) }));
    if (brokenData.length > 0) continue;
    const cited = [
      ...data.articles.flatMap((a) => figuresByArticle.get(a) ?? []),
      ...facts.components.filter((c) => c.name === 'Chart').flatMap((c) => datasetFigures.get(c.attributes.id ?? '') ?? []),
      ...data.keyFigures.map((id) => allFigures.get(id)).filter((f) => f !== undefined),
    ];
    for (const n of findUnsourcedNumbers(facts.blocks, () => cited)) {
      const near = n.nearest ? ` Số liệu gần nhất: "${n.nearest.id}" = ${formatNumber(n.nearest.value, decimalsOf(n.nearest.value))}.` : '';
      problems.push({
        file: file.path,
        line: n.line,
        column: n.column,
        message: `con số "${n.text}" không khớp số liệu nào của bài (số liệu của các bài trong articles, các <Chart> trong bài, keyFigures).${near} Sửa con số cho đúng số liệu; hoặc thêm con số vào content/data/ kèm evidence; nếu là ngày, số thứ tự, số hiệu văn bản hay con số có nguồn khác, ghi ngay sau nó {/* số: lý do */} (mục 11 của hướng dẫn)`,
      });
    }
  }

  // Key figures name figures that exist in some dataset.
  // The rule is key-figures.ts's keyFigureProblem, shared with the pages.
  const figuresById = new Map(datasets.flatMap(({ data }) => data.figures.map((f) => [f.id, f] as const)));
  if (brokenData.length === 0) {
    for (const { file, data } of [...articles, ...guides]) {
      data.keyFigures.forEach((id, i) => {
        const problem = keyFigureProblem(id, figuresById.get(id));
        if (problem) problems.push({ file: file.path, line: lineOf(file, ['keyFigures', i]), message: `trường "keyFigures[${i}]": ${problem}` });
      });
    }
  }

  // Glossary: <Term> links point to terms that exist, each linked once; every term is used.
  const glossaryProblems = checkGlossary(
    [...articles, ...guides].map(({ file }) => ({ id: slugOf(file), file: file.path, body: file.body?.text ?? '' })),
    terms.map(({ file, data }) => ({ id: file.name, file: file.path, related: data.related, articles: data.articles })),
  );
  // An article whose body does not compile has said so; its <Term> links are checked once it does.
  const unreadable = new Set([...articles, ...guides].filter(({ file }) => !bodies.has(file)).map(({ file }) => file.path));
  for (const text of glossaryProblems) {
    const problem = withTermLine(problemFromText(text), files, bodies);
    if (!unreadable.has(problem.file)) problems.push(problem);
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, notes };
}

/** The glossary helper names the file; add the line of the <Term> or of the term's field it is about. */
function withTermLine(problem: Problem, files: readonly ContentFile[], bodies: ReadonlyMap<ContentFile, BodyFacts>): Problem {
  if (problem.line) return problem;
  const file = files.find((f) => f.path === problem.file);
  if (file?.kind === 'glossary') {
    const field = /^trường "(related|articles)"/.exec(problem.message)?.[1];
    return { ...problem, line: field ? lineOf(file, [field]) : lineOf(file, ['term']) };
  }
  const facts = file ? bodies.get(file) : undefined;
  const id = /<Term id="([^"]+)">|thuật ngữ "([^"]+)" được liên kết nhiều lần/.exec(problem.message);
  if (!facts || !id) return problem;
  const uses = facts.components.filter((c) => c.name === 'Term' && c.attributes.id === (id[1] ?? id[2]));
  const use = id[2] ? uses[1] : uses[0];
  return use ? { ...problem, line: use.line, column: use.column } : problem;
}

/** An article's `source` against the record kept next to its text (written by tao-moi nguon). */
function compareWithRecord(file: ContentFile, data: Article, entry: SourceEntry): Problem[] {
  const record = entry.record!.doc.toJS() as Record<string, unknown> | null;
  if (!record || typeof record !== 'object') return [];
  const out: Problem[] = [];
  const recordPath = `${entry.name}.yaml`;
  const pairs: Array<[string, unknown, unknown]> = [
    ['outlet', data.source.outlet, record.outlet],
    ['title', data.source.title, record.title],
    ['author', data.source.author, record.author],
    ['url', data.source.url, record.url],
    ['published.date', data.source.published.date, (record.published as { date?: unknown } | undefined)?.date],
  ];
  for (const [field, mine, theirs] of pairs) {
    if (theirs === undefined || theirs === null) continue;
    const expected = String(theirs);
    if (mine === undefined) {
      out.push({ file: file.path, line: lineOf(file, ['source']), message: `thiếu source.${field}: hồ sơ bài gốc ${recordPath} ghi ${JSON.stringify(expected)}. Thêm ${field.split('.')[0]} vào phần source (npm run tao-moi -- nguon đã in sẵn phần này)` });
    } else if (String(mine) !== expected) {
      out.push({ file: file.path, line: lineOf(file, ['source', ...field.split('.')]), message: `source.${field} "${String(mine)}" khác hồ sơ bài gốc ${recordPath}: ${JSON.stringify(expected)}. Chép đúng như hồ sơ (hoặc sửa hồ sơ nếu nó sai)` });
    }
  }
  return out;
}
