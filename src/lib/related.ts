/**
 * "Đọc tiếp": the other explainers that share the most topics with this one, most shared
 * first, then in the site's reading order (the order of `all`). Articles sharing no topic are
 * left out; when none shares a topic the list is empty.
 */
export interface Topical {
  id: string;
  topics: readonly string[];
}

export function relatedByTopics<T extends Topical>(current: Topical, all: readonly T[], limit = 3): T[] {
  const mine = new Set(current.topics);
  return all
    .map((item, order) => ({ item, order, shared: item.topics.filter((t) => mine.has(t)).length }))
    .filter((x) => x.item.id !== current.id && x.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.item);
}
