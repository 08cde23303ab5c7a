/**
 * The content check: every rule an editor's files must meet, run on the files as written
 * (read-content.ts), without Astro. `npm run kiem-tra` and `npm run build` run it first, and the
 * site runs it again before rendering a page (src/data/content-gate.ts), so the dev server
 * shows the same messages. It reuses the Zod schemas of src/schemas with plain ids where Astro
 * passes reference(); references are checked here, against the ids the files define.
 *
 * Every problem names the file, the line when known, the field as written in the file (a
 * figure by its id, never "figures.4") and, in Vietnamese, what was expected and how to fix it.
 */
import { dirname, join, resolve } from 'node:path';
import type { Document } from 'yaml';
import { z } from 'astro/zod';
import { makeArticleSchema } from '../../schemas/article';
import { makeDatasetSchema } from '../../schemas/dataset';
import { vietnameseError } from '../../schemas/messages';
import { slugSchema } from '../../schemas/slug';
import { makeGlossaryTermSchema } from '../../schemas/glossary';
import { makeTimelineEventSchema } from '../../schemas/timeline-event';
import { topicSchema } from '../../schemas/topic';
import { specReferences } from '../charts/chart-model';
import { checkFigures, type CheckableFigure } from '../figure-checks';
import { checkGlossary } from '../glossary';
import { findBrokenReferences, type ReferenceUse } from '../references';
import type { ContentFile } from './read-content';

export interface Problem {
  /** "content/data/x.yaml" */
  file: string;
  line?: number | undefined;
  message: string;
}

export interface CheckOptions {
  /** Source articles by seed name; undefined when their folder is not available. */
  sources?: ReadonlyMap<string, string> | undefined;
  /** Where the sources were looked for, to say so when the evidence check is skipped. */
  sourcesDir?: string | undefined;
  /** Whether a file exists (images); absolute paths. */
  exists: (absolutePath: string) => boolean;
  /** The project root (paths in ContentFile are relative to it) and its public/ folder. */
  root: string;
}

export interface CheckResult {
  problems: Problem[];
  /** Checks that could not run, said plainly ("bỏ qua …"). */
  notes: string[];
}

const articleSchema = makeArticleSchema(slugSchema);
const datasetSchema = makeDatasetSchema(slugSchema, slugSchema);
const timelineSchema = makeTimelineEventSchema(slugSchema, slugSchema);
const topicsSchema = z.array(topicSchema);
const glossarySchema = makeGlossaryTermSchema(slugSchema, slugSchema);

/** The file line of the deepest node of `path` that exists in the YAML. */
export function lineOf(file: ContentFile, path: readonly PropertyKey[]): number | undefined {
  const doc: Document = file.doc;
  for (let k = path.length; k >= 0; k--) {
    const node = (k === 0 ? doc.contents : doc.getIn(path.slice(0, k) as unknown[], true)) as { range?: [number, number, number] } | null | undefined;
    if (node && typeof node === 'object' && node.range) return file.lineCounter.linePos(node.range[0]).line + file.lineOffset;
  }
  return undefined;
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

function at(file: ContentFile, line: number | undefined): string {
  return line ? `${file.path}, dòng ${line}` : file.path;
}

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
    const line = lineOf(file, issue.path);
    problems.push({ file: file.path, line, message: `${describeField(file, data, issue.path)}: ${issue.message}` });
  }
  return undefined;
}

type Article = z.output<typeof articleSchema>;
type Dataset = z.output<typeof datasetSchema>;
type TimelineEvent = z.output<typeof timelineSchema>;
type GlossaryTerm = z.output<typeof glossarySchema>;

/** Images in an MDX body: Markdown `![alt](src)` and `<img src alt>`. */
function findImages(body: string): Array<{ index: number; alt: string | undefined; src: string }> {
  const images: Array<{ index: number; alt: string | undefined; src: string }> = [];
  for (const m of body.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    images.push({ index: m.index, alt: m[1], src: m[2] ?? '' });
  }
  for (const m of body.matchAll(/<img\b[^>]*>/g)) {
    const src = /\bsrc=["']([^"']*)["']/.exec(m[0])?.[1] ?? '';
    const alt = /\balt=["']([^"']*)["']/.exec(m[0])?.[1];
    images.push({ index: m.index, alt, src });
  }
  return images;
}

function lineInBody(file: ContentFile, index: number): number {
  const body = file.body?.text ?? '';
  return (file.body?.firstLine ?? 1) + body.slice(0, index).split('\n').length - 1;
}

function idsOfList(data: unknown): string[] {
  return Array.isArray(data) ? data.map((t: { id?: unknown }) => t?.id).filter((id): id is string => typeof id === 'string') : [];
}

function problemFromText(text: string): Problem {
  const m = /^(.*?)(?:, dòng (\d+))?: (.*)$/s.exec(text);
  return m ? { file: m[1] ?? '', line: m[2] ? Number(m[2]) : undefined, message: m[3] ?? text } : { file: '', message: text };
}

function normaliseSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function checkContent(files: readonly ContentFile[], options: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const notes: string[] = [];

  for (const file of files) {
    problems.push(...checkNfc(file));
    if (file.missingFrontmatter) {
      problems.push({ file: file.path, line: 1, message: 'tệp phải mở đầu bằng phần khai báo nằm giữa hai dòng "---" (xem mẫu trong docs/huong-dan-bien-tap.md hoặc chạy npm run tao-moi)' });
    }
    // The first YAML error only: the ones after it are usually its echoes.
    const error = file.doc.errors[0];
    if (error) {
      const line = file.lineCounter.linePos(error.pos[0]).line + file.lineOffset;
      problems.push({ file: file.path, line, message: `YAML viết chưa đúng (${error.code}): kiểm tra thụt lề (mỗi cấp lùi 2 dấu cách), dấu hai chấm sau tên trường, dấu ngoặc kép đóng mở đủ ở dòng này hoặc dòng ngay trên` });
    }
  }
  const parsable = files.filter((f) => f.doc.errors.length === 0 && !f.missingFrontmatter);

  // Shapes of each kind of file.
  const topics: Array<{ file: ContentFile; id: string }> = [];
  const articles: Array<{ file: ContentFile; data: Article }> = [];
  const datasets: Array<{ file: ContentFile; data: Dataset }> = [];
  const events: Array<{ file: ContentFile; data: TimelineEvent }> = [];
  const terms: Array<{ file: ContentFile; data: GlossaryTerm }> = [];
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
  ];
  const referenceProblems = [...findBrokenReferences(topicUses, topicIds, 'chủ đề'), ...findBrokenReferences(articleUses, articleIds, 'bài')];

  // Figures: evidence holds the number, rates and formulas agree, chart parts exist.
  const figures = datasets.flatMap(({ file, data }) =>
    data.figures.map((figure, i) => ({ file: place(file, ['figures', i]), figure: figure as CheckableFigure })),
  );
  const figureProblems = checkFigures(figures);
  for (const { file, data } of datasets) {
    const ids = new Set(data.figures.map((f) => f.id));
    const slogans = new Set(data.figures.filter((f) => f.measure === 'slogan').map((f) => f.id));
    for (const r of specReferences(data.chart)) {
      if (!ids.has(r.id)) figureProblems.push(`${file.path}: trường "${r.field}": số liệu "${r.id}" không có trong tệp này (figures). Sửa mã cho đúng một id trong figures`);
      else if (slogans.has(r.id)) figureProblems.push(`${file.path}: trường "${r.field}": số liệu "${r.id}" là con số của khẩu hiệu (measure: slogan), không được vẽ thành biểu đồ. Bỏ nó khỏi chart, hoặc sửa measure nếu đó là số đo`);
    }
  }
  // Those two helpers (shared with unit tests) report "<file>, dòng <n>: <message>" strings,
  // where <file>, dòng <n> is the `place()` we gave them: split it back into a Problem.
  for (const text of [...referenceProblems, ...figureProblems]) problems.push(problemFromText(text));

  // Evidence occurs word for word in its source article, when the sources are at hand.
  if (options.sources) {
    const seedOf = new Map(articles.map((a) => [a.data.slug, a.data.source.seed]));
    for (const { file, data } of datasets) {
      data.figures.forEach((f, i) => {
        if (!f.evidence) return;
        const seed = seedOf.get(f.article);
        const source = seed ? options.sources?.get(seed) : undefined;
        if (seed && source === undefined) {
          problems.push({ file: file.path, line: lineOf(file, ['figures', i, 'article']), message: `số liệu "${f.id}": bài "${f.article}" ghi source.seed "${seed}" nhưng không thấy tệp ${seed}.txt trong ${options.sourcesDir ?? 'thư mục bài gốc'}` });
          return;
        }
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
    notes.push(`Bỏ qua việc đối chiếu evidence với bài gốc: không thấy thư mục bài gốc ${options.sourcesDir ?? ''} (đặt SOURCES_DIR để chỉ tới nơi lưu bài gốc).`);
  }

  // MDX bodies: charts, timelines and images that exist, images with alt text.
  for (const { file } of articles) {
    // MDX comments {/* … */} are not rendered: blank them, keeping their lines for numbering.
    const body = (file.body?.text ?? '').replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
    for (const m of body.matchAll(/<Chart\b[^>]*?\/?>/g)) {
      const id = /\bid=["']([^"']*)["']/.exec(m[0])?.[1];
      if (!id || !datasetIds.has(id)) {
        problems.push({
          file: file.path,
          line: lineInBody(file, m.index),
          message: `<Chart id="${id ?? ''}" />: không có bộ số liệu "${id ?? ''}". id phải là tên một tệp trong content/data/ (không có .yaml): ${[...datasetIds].sort().join(', ')}`,
        });
      }
    }
    for (const m of body.matchAll(/<Timeline\b[^>]*?\/?>/g)) {
      const slug = /\barticle=["']([^"']*)["']/.exec(m[0])?.[1];
      if (!slug || !articleIds.has(slug)) {
        problems.push({
          file: file.path,
          line: lineInBody(file, m.index),
          message: `<Timeline article="${slug ?? ''}" />: không có bài nào có slug "${slug ?? ''}". Thường là slug của chính bài này ("${file.name}")`,
        });
      }
    }
    for (const image of findImages(body)) {
      const line = lineInBody(file, image.index);
      if (!image.alt || image.alt.trim() === '') {
        problems.push({ file: file.path, line, message: `ảnh "${image.src}" thiếu mô tả (alt text): viết ![mô tả ngắn điều ảnh cho thấy](${image.src}) để người khiếm thị và người mất mạng vẫn hiểu` });
      }
      if (/^[a-z]+:\/\//i.test(image.src) || image.src.startsWith('//')) {
        problems.push({ file: file.path, line, message: `ảnh "${image.src}" nằm trên trang khác: trang không tải gì từ nơi khác. Lưu ảnh vào content/images/ và viết ../images/ten-anh.jpg` });
        continue;
      }
      const absolute = image.src.startsWith('/')
        ? join(options.root, 'public', image.src)
        : resolve(dirname(file.absolute), decodeURI(image.src));
      if (!options.exists(absolute)) {
        problems.push({ file: file.path, line, message: `không thấy ảnh "${image.src}". Lưu ảnh vào content/images/ và viết đường dẫn ../images/ten-anh.jpg (tính từ thư mục articles/)` });
      }
    }
  }

  // Key figures name figures that exist in some dataset.
  const figureIds = new Set(datasets.flatMap(({ data }) => data.figures.map((f) => f.id)));
  const sloganIds = new Set(datasets.flatMap(({ data }) => data.figures.filter((f) => f.measure === 'slogan').map((f) => f.id)));
  for (const { file, data } of articles) {
    data.keyFigures.forEach((id, i) => {
      if (!figureIds.has(id)) {
        problems.push({ file: file.path, line: lineOf(file, ['keyFigures', i]), message: `trường "keyFigures[${i}]": không có số liệu "${id}" trong content/data/. Viết đúng id của một số liệu (trường "id" trong figures)` });
      } else if (sloganIds.has(id)) {
        problems.push({ file: file.path, line: lineOf(file, ['keyFigures', i]), message: `trường "keyFigures[${i}]": "${id}" là con số của một khẩu hiệu (measure: slogan), không phải số đo. Con số chính phải là số liệu đo được (tiền, tỷ lệ, số văn bản, số xã…)` });
      }
    });
  }

  // Glossary: <Term> links point to terms that exist, each linked once; every term is used.
  const glossaryProblems = checkGlossary(
    articles.map(({ file }) => ({ id: slugOf(file), file: file.path, body: file.body?.text ?? '' })),
    terms.map(({ file, data }) => ({ id: file.name, file: file.path, related: data.related, articles: data.articles })),
  );
  for (const text of glossaryProblems) problems.push(problemFromText(text));

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, notes };
}

/** The report an editor reads: one block per problem, file and line first. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ✗ ${p.file}${p.line ? `, dòng ${p.line}` : ''}\n    ${p.message}`);
  return `Nội dung có ${problems.length} lỗi; chưa xuất bản gì:\n${lines.join('\n')}`;
}
