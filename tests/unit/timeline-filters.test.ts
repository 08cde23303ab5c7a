import { describe, expect, it } from 'vitest';
import { filterPagePath, filterSearch, KINDS, matchesFilter, parseFilter } from '../../src/lib/timeline/filters';

const topics = new Set(['nong-thon-moi', 'xay-dung-dang']);
const kinds = new Set(Object.values(KINDS).map((k) => k.slug));

describe('timeline filters', () => {
  it('give every kind an accent-free Vietnamese slug and a label, all distinct', () => {
    const slugs = Object.values(KINDS).map((k) => k.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
  it('read the URL state, ignoring unknown values', () => {
    expect(parseFilter('?chu-de=nong-thon-moi&loai=ket-qua', topics, kinds)).toEqual({ topic: 'nong-thon-moi', kind: 'ket-qua' });
    expect(parseFilter('?chu-de=khong-co&loai=', topics, kinds)).toEqual({ topic: undefined, kind: undefined });
  });
  it('write the URL state, and nothing when nothing is filtered', () => {
    expect(filterSearch({ topic: 'nong-thon-moi', kind: 'ket-qua' })).toBe('?chu-de=nong-thon-moi&loai=ket-qua');
    expect(filterSearch({ kind: 'ket-qua' })).toBe('?loai=ket-qua');
    expect(filterSearch({})).toBe('');
  });
  it('link to the static page of one filter', () => {
    expect(filterPagePath('chu-de', 'nong-thon-moi')).toBe('/dong-thoi-gian/chu-de/nong-thon-moi/');
    expect(filterPagePath('loai', 'ket-qua')).toBe('/dong-thoi-gian/loai/ket-qua/');
    expect(filterPagePath('loai', undefined)).toBe('/dong-thoi-gian/');
  });
  it('match an event on both topic and kind', () => {
    const event = { topics: ['nong-thon-moi'], kind: 'ket-qua' };
    expect(matchesFilter(event, {})).toBe(true);
    expect(matchesFilter(event, { topic: 'nong-thon-moi', kind: 'ket-qua' })).toBe(true);
    expect(matchesFilter(event, { topic: 'xay-dung-dang' })).toBe(false);
    expect(matchesFilter(event, { topic: 'nong-thon-moi', kind: 'muc-tieu' })).toBe(false);
  });
});
