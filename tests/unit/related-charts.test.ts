import { describe, expect, it } from 'vitest';
import { relatedDatasets, usesChart } from '../../src/lib/charts/related-charts';
import { embedHeight, embedSnippet } from '../../src/lib/charts/embed';
import { buildChartModel } from '../../src/lib/charts/chart-model';
import type { Figure } from '../../src/lib/charts/types';

describe('where a chart page leads', () => {
  it('finds the explainers that place the chart, not those that only name another one', () => {
    expect(usesChart('Văn bản.\n\n<Chart id="nong-thon-moi-2024" />\n', 'nong-thon-moi-2024')).toBe(true);
    expect(usesChart("<Chart headingLevel={2} id='nong-thon-moi-2024'/>", 'nong-thon-moi-2024')).toBe(true);
    expect(usesChart('<Chart id="nong-thon-moi-2024-b" />', 'nong-thon-moi-2024')).toBe(false);
    expect(usesChart('nong-thon-moi-2024 trong văn bản', 'nong-thon-moi-2024')).toBe(false);
  });
  it('orders related charts by shared topics, then the main topic, then the site order, never itself', () => {
    const all = [
      { id: 'a', topics: ['ngan-sach', 'kinh-te'] },
      { id: 'b', topics: ['kinh-te'] },
      { id: 'c', topics: ['ngan-sach'] },
      { id: 'd', topics: ['ngan-sach', 'kinh-te'] },
      { id: 'e', topics: ['khac'] },
    ];
    expect(relatedDatasets(all[0]!, all, 3)).toEqual(['d', 'c', 'b']);
    expect(relatedDatasets(all[4]!, all, 3)).toEqual([]);
  });
});

describe('the embed code', () => {
  it('is an iframe of the embed view with a title and escaped attributes', () => {
    const code = embedSnippet('https://example.vn/so-lieu/x/nhung/', 'Thu "ngân sách" <2024>', 560);
    expect(code).toBe('<iframe src="https://example.vn/so-lieu/x/nhung/" title="Thu &quot;ngân sách&quot; &lt;2024>" width="100%" height="560" loading="lazy" style="border: 0; max-width: 100%;"></iframe>');
  });
  it('is tall enough for the chart at a phone width, and grows with it', () => {
    const fig = (id: string, value: number): Figure => ({ id, label: id, value, unit: 'lượt', kind: 'reported', status: 'result', article: 'a', evidence: String(value) });
    const one = buildChartModel({ kind: 'bars', groups: [{ name: 'Nhóm', bars: ['a'] }] }, [fig('a', 1)]);
    const four = buildChartModel({ kind: 'bars', groups: [{ name: 'Một', bars: ['a', 'b'] }, { name: 'Hai', bars: ['c', 'd'] }] }, [fig('a', 1), fig('b', 2), fig('c', 3), fig('d', 4)]);
    expect(embedHeight(one) % 20).toBe(0);
    expect(embedHeight(four)).toBeGreaterThan(embedHeight(one));
  });
});
