/**
 * The timeline events as pages and components use them: in timeline order, with topic names,
 * article titles, the Vietnamese date text and labels already resolved, so that components
 * only print. Runs the content checks first, like every collection access.
 */
import { getCollection } from 'astro:content';
import { compareWhen } from '../lib/date-order';
import { assertContentValid } from './content-gate';
import { formatWhen, inferenceReason, isInferred } from '../lib/date-format';
import type { When } from '../schemas/timeline-event';
import type { EventKind, EventStatus } from '../schemas/timeline-event';
import { KINDS, STATUS_LABELS } from '../lib/timeline/filters';

export interface TimelineEntry {
  id: string;
  title: string;
  /** Label on the overview: the short title, with the status word for plans and targets. */
  axisLabel: string;
  summary: string;
  when: When;
  dateText: string;
  inferred: boolean;
  reason: string | undefined;
  status: EventStatus;
  statusLabel: string | undefined;
  kind: EventKind;
  kindSlug: string;
  kindLabel: string;
  topics: { id: string; name: string }[];
  articles: { id: string; title: string }[];
}

export async function timelineEntries(): Promise<TimelineEntry[]> {
  await assertContentValid();
  const [events, topics, articles] = await Promise.all([getCollection('timeline'), getCollection('topics'), getCollection('articles')]);
  const topicName = new Map(topics.map((t) => [t.id, t.data.name]));
  const articleTitle = new Map(articles.map((a) => [a.id, a.data.title]));
  return events
    .map((e): TimelineEntry => {
      const d = e.data;
      const statusLabel = STATUS_LABELS[d.status];
      const short = d.short ?? d.title;
      return {
        id: e.id,
        title: d.title,
        axisLabel: statusLabel ? `${short} (${statusLabel})` : short,
        summary: d.summary,
        when: d.when,
        dateText: formatWhen(d.when),
        inferred: isInferred(d.when),
        reason: inferenceReason(d.when),
        status: d.status,
        statusLabel,
        kind: d.kind,
        kindSlug: KINDS[d.kind].slug,
        kindLabel: KINDS[d.kind].label,
        topics: d.topics.map((t) => ({ id: t.id, name: topicName.get(t.id) ?? t.id })),
        articles: d.articles.map((a) => ({ id: a.id, title: articleTitle.get(a.id) ?? a.id })),
      };
    })
    .sort((a, b) => compareWhen(a.when, b.when) || a.title.localeCompare(b.title, 'vi'));
}
