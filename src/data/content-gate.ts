/**
 * The content check (src/lib/content-check/), run by the site before the first page renders
 * (BaseLayout, collections.ts and the timeline await it). `npm run build` runs it beside Astro
 * and stops Astro when it fails, and says so with CONTENT_CHECKED_BY_BUILD=1: then it is not run
 * a second time here (about 0.2 s a build). A direct `astro build` still runs it. In `npm run dev`
 * src/middleware.ts runs it on every page request, on the files as they are now, and answers
 * with the Vietnamese report (contentReportPage) instead of the page.
 */
import { formatProblems, isWarning, placeOf, runContentCheck, type Problem } from '../lib/content-check/run';

export class ContentCheckError extends Error {
  constructor(readonly problems: string[], report: string) {
    super(report);
    this.name = 'Lỗi nội dung';
    // The message is the whole report; a stack trace only hides it.
    this.stack = report;
  }
}

/** The errors of the content as it is now (warnings do not stop a page). */
export async function contentErrors(): Promise<Problem[]> {
  const { problems } = await runContentCheck();
  return problems.filter((p) => !isWarning(p));
}

async function runChecks(): Promise<void> {
  const errors = await contentErrors();
  if (errors.length > 0) {
    throw new ContentCheckError(
      errors.map((p) => `${placeOf(p)}: ${p.message}`),
      formatProblems(errors),
    );
  }
}

let once: Promise<void> | undefined;

/**
 * The dev server, and only it: `astro dev` sets NODE_ENV to development. A build under another
 * NODE_ENV (Vitest's "test", inherited by the test builds) also has import.meta.env.DEV set, so
 * DEV alone does not tell the two apart.
 */
export function isDevServer(): boolean {
  return import.meta.env.DEV && process.env.NODE_ENV === 'development';
}

/** Resolves when all content is consistent; rejects with every problem found. */
export function assertContentValid(): Promise<void> {
  // In the dev server, src/middleware.ts has checked the files of this request already.
  if (isDevServer()) return Promise.resolve();
  if (process.env.CONTENT_CHECKED_BY_BUILD === '1') return Promise.resolve();
  once ??= runChecks();
  return once;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page the dev server shows instead of a page while the content has errors: the same
 * messages as `npm run kiem-tra`, in UTF-8 (Astro's own error page has no charset, and its tab
 * title read "Lá»—i ná»™i dung"). It reloads itself every few seconds, so a fix shows at once.
 */
export function contentReportPage(errors: readonly Problem[]): Response {
  const items = errors.map((p) => `<li><p><strong>${escapeHtml(placeOf(p))}</strong></p><p>${escapeHtml(p.message)}</p></li>`).join('\n');
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="3">
<title>Lỗi nội dung: chưa xem trước được</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}li{margin-block:1rem}li p{margin:0}strong{color:#a40000}</style>
</head>
<body>
<main>
<h1>Nội dung có ${errors.length} lỗi</h1>
<p>Trang chưa hiện được vì nội dung còn lỗi; đây là các lỗi mà <code>npm run kiem-tra</code> cũng báo. Sửa và lưu tệp: trang này tự tải lại sau vài giây.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
  return new Response(html, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
