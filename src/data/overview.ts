/**
 * The overview, "Bắt đầu từ đây" (content/guides/bat-dau-tu-day.mdx, the `guides` collection):
 * the home page leads with it when it exists, and with the newest explainer when it does not,
 * so the home page builds before and after the overview is written.
 */
import { getCollection } from 'astro:content';

export const OVERVIEW_ID = 'bat-dau-tu-day';

export interface OverviewTeaser {
  title: string;
  summary: string;
}

export async function overviewTeaser(): Promise<OverviewTeaser | undefined> {
  // The collection may not be declared yet (content/guides arrives with the content rewrite):
  // asked by a name the types do not know, Astro answers with an empty list.
  const collection = 'guides' as Parameters<typeof getCollection>[0];
  const entries = (await getCollection(collection).catch(() => [])) as { id: string; data: Record<string, unknown> }[];
  const entry = entries.find((e) => e.id === OVERVIEW_ID);
  if (!entry) return undefined;
  const title = typeof entry.data.title === 'string' ? entry.data.title : 'Bắt đầu từ đây';
  const summary = typeof entry.data.summary === 'string' ? entry.data.summary : '';
  return { title, summary };
}
