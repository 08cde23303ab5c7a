/**
 * The search page's state lives in the URL (?q=…&topic=…&sort=moi-nhat) so a search can be
 * shared, and every committed search is a history entry so Back returns to the last one.
 */
import { FILTER_KEYS, type FilterKey } from '../../lib/search-attrs';
import type { Filters } from './engine';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterKey, string[]>>;
  newestFirst: boolean;
}

export function readState(search: string = location.search): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { query: params.get('q') ?? '', filters, newestFirst: params.get('sort') === 'moi-nhat' };
}

export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  if (state.newestFirst) params.set('sort', 'moi-nhat');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toPagefindFilters(filters: SearchState['filters']): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values?.length) out[key] = { any: values };
  }
  return out;
}
