/**
 * Every check that spans several entries, run once per build before the first page renders
 * (BaseLayout awaits it): unknown ids in references, figure evidence and arithmetic, timeline
 * periods. One error lists every problem, each naming the file and the field or figure.
 */
import { getCollection } from 'astro:content';
import { specReferences } from './charts/chart-model';
import { checkFigures } from './figure-checks';
import { findBrokenReferences, type ReferenceUse } from './references';
import { checkGlossary } from './glossary';

export class ContentCheckError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content has ${problems.length} problem(s); nothing was published:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentCheckError';
  }
}

async function runChecks(): Promise<void> {
  const [topics, articles, data, timeline, glossary] = await Promise.all([
    getCollection('topics'),
    getCollection('articles'),
    getCollection('data'),
    getCollection('timeline'),
    getCollection('glossary'),
  ]);
  const topicIds = new Set(topics.map((t) => t.id));
  const articleIds = new Set(articles.map((a) => a.id));
  const fileOf = (e: { id: string; filePath?: string | undefined }) => e.filePath ?? e.id;

  const topicUses: ReferenceUse[] = [
    ...articles.flatMap((a) => a.data.topics.map((t, i) => ({ file: fileOf(a), field: `topics[${i}]`, id: t.id }))),
    ...data.flatMap((d) => d.data.topics.map((t, i) => ({ file: fileOf(d), field: `topics[${i}]`, id: t.id }))),
    ...timeline.flatMap((e) => e.data.topics.map((t, i) => ({ file: fileOf(e), field: `topics[${i}]`, id: t.id }))),
  ];
  const articleUses: ReferenceUse[] = [
    ...data.flatMap((d) => d.data.figures.map((f, i) => ({ file: fileOf(d), field: `figures[${i}].article (${f.id})`, id: f.article.id }))),
    ...timeline.flatMap((e) => e.data.articles.map((a, i) => ({ file: fileOf(e), field: `articles[${i}]`, id: a.id }))),
  ];
  const problems = [
    ...findBrokenReferences(topicUses, topicIds, 'topic'),
    ...findBrokenReferences(articleUses, articleIds, 'article'),
    ...checkFigures(data.flatMap((d) => d.data.figures.map((figure) => ({ file: fileOf(d), figure })))),
    ...data.flatMap((d) => {
      const ids = new Set(d.data.figures.map((f) => f.id));
      return specReferences(d.data.chart)
        .filter((r) => !ids.has(r.id))
        .map((r) => `${fileOf(d)}: field "${r.field}": figure "${r.id}" is not in this dataset`);
    }),
    ...checkGlossary(
      articles.map((a) => ({ id: a.id, file: fileOf(a), body: a.body ?? '' })),
      glossary.map((g) => ({ id: g.id, file: fileOf(g), related: g.data.related.map((r) => r.id), articles: g.data.articles.map((a) => a.id) })),
    ),
  ];
  if (problems.length > 0) throw new ContentCheckError(problems);
}

let once: Promise<void> | undefined;

/** Resolves when all content is consistent; rejects with every problem found. */
export function assertContentValid(): Promise<void> {
  once ??= runChecks();
  return once;
}
