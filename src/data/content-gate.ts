/**
 * The content check (src/lib/content-check/), run by the site before the first page renders
 * (BaseLayout, collections.ts and the timeline await it). `npm run build` runs it beside Astro
 * and stops Astro when it fails, and says so with CONTENT_CHECKED_BY_BUILD=1: then it is not run
 * a second time here (about 0.2 s a build). A direct `astro build` still runs it. In `npm run dev` it runs again on
 * every page, on the files as they are now: a content error replaces the page with Astro's
 * error overlay (status 500) instead of leaving the last good page on screen.
 */
import { formatProblems, runContentCheck } from '../lib/content-check/run';

export class ContentCheckError extends Error {
  constructor(readonly problems: string[], report: string) {
    super(report);
    this.name = 'Lỗi nội dung';
    // The message is the whole report; a stack trace only hides it.
    this.stack = report;
  }
}

async function runChecks(): Promise<void> {
  const { problems } = runContentCheck();
  if (problems.length > 0) {
    throw new ContentCheckError(
      problems.map((p) => `${p.file}${p.line ? `, dòng ${p.line}` : ''}: ${p.message}`),
      formatProblems(problems),
    );
  }
}

let once: Promise<void> | undefined;

/** Resolves when all content is consistent; rejects with every problem found. */
export function assertContentValid(): Promise<void> {
  if (import.meta.env.DEV) return runChecks();
  if (process.env.CONTENT_CHECKED_BY_BUILD === '1') return Promise.resolve();
  once ??= runChecks();
  return once;
}
