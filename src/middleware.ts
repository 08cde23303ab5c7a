/**
 * Dev server only (`npm run dev`): while the content has errors, every page answers with the
 * Vietnamese report of the content check (src/data/content-gate.ts) instead of Astro's English
 * error page. Builds are untouched: `npm run build` checks the content beside Astro.
 */
import { defineMiddleware } from 'astro:middleware';
import { contentErrors, contentReportPage, isDevServer } from './data/content-gate';

export const onRequest = defineMiddleware(async (_context, next) => {
  if (!isDevServer()) return next();
  const errors = await contentErrors();
  return errors.length > 0 ? contentReportPage(errors) : next();
});
