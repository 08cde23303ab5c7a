/**
 * The overview, "Bắt đầu từ đây" (content/guides/bat-dau-tu-day.mdx, the `guides` collection):
 * the home page leads with it when it exists, and with the newest explainer when it does not
 * (a fixture tree without guides still builds).
 */
import { getEntry } from 'astro:content';

export const OVERVIEW_ID = 'bat-dau-tu-day';

export interface OverviewTeaser {
  title: string;
  summary: string;
}

export async function overviewTeaser(): Promise<OverviewTeaser | undefined> {
  const entry = await getEntry('guides', OVERVIEW_ID);
  return entry && { title: entry.data.title, summary: entry.data.summary };
}
