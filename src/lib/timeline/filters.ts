/**
 * The timeline filters: by topic ("chủ đề") and by kind ("loại"). Kinds are English ids in
 * the content; readers see Vietnamese labels and accent-free Vietnamese slugs in addresses:
 * /dong-thoi-gian/loai/<slug>/ without JavaScript, ?chu-de=…&loai=… with it.
 */
import { routes } from '../routes';
import type { EventKind, EventStatus } from '../../schemas/timeline-event';

export const TIMELINE_PATH = routes.timeline;
export const TOPIC_PARAM = 'chu-de';
export const KIND_PARAM = 'loai';

export const KINDS: Record<EventKind, { slug: string; label: string }> = {
  term: { slug: 'nhiem-ky', label: 'Nhiệm kỳ' },
  'resolution-law': { slug: 'nghi-quyet-luat-quy-hoach', label: 'Nghị quyết, luật, quy hoạch' },
  'directive-programme': { slug: 'chi-thi-chuong-trinh', label: 'Chỉ thị, chương trình' },
  'meeting-congress': { slug: 'hoi-nghi-dai-hoi', label: 'Hội nghị, đại hội' },
  project: { slug: 'du-an', label: 'Dự án' },
  result: { slug: 'ket-qua', label: 'Kết quả, số liệu' },
  target: { slug: 'muc-tieu', label: 'Mục tiêu' },
};

/** How a status is shown; a happened event needs no word. */
export const STATUS_LABELS: Record<EventStatus, string | undefined> = {
  happened: undefined,
  ongoing: 'đang diễn ra',
  planned: 'dự kiến',
  target: 'mục tiêu',
};

export interface FilterState {
  topic?: string | undefined;
  kind?: string | undefined;
}

/** The static page of a single filter (what the links lead to without JavaScript). */
export function filterPagePath(param: typeof TOPIC_PARAM | typeof KIND_PARAM, value: string | undefined): string {
  if (!value) return TIMELINE_PATH;
  return `${TIMELINE_PATH}${param === TOPIC_PARAM ? 'chu-de' : 'loai'}/${value}/`;
}

/** Reads ?chu-de=…&loai=…, keeping only values that exist. */
export function parseFilter(search: string, topics: ReadonlySet<string>, kinds: ReadonlySet<string>): FilterState {
  const params = new URLSearchParams(search);
  const topic = params.get(TOPIC_PARAM) ?? undefined;
  const kind = params.get(KIND_PARAM) ?? undefined;
  return { topic: topic && topics.has(topic) ? topic : undefined, kind: kind && kinds.has(kind) ? kind : undefined };
}

/** The query string of a state: "" when nothing is filtered. */
export function filterSearch(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.topic) params.set(TOPIC_PARAM, state.topic);
  if (state.kind) params.set(KIND_PARAM, state.kind);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function matchesFilter(event: { topics: readonly string[]; kind: string }, state: FilterState): boolean {
  return (!state.topic || event.topics.includes(state.topic)) && (!state.kind || event.kind === state.kind);
}
