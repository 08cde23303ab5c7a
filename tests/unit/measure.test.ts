/**
 * Slogan counts ("6 dám", "3 phi", "60 phút"…) are not data: with the real content, no slogan
 * figure reaches a chart model (nor, so, a chart, a thumbnail or a table), the /so-lieu/ list,
 * or a key figure. The functions tested are the ones the pages call: buildChartModel,
 * listedDatasets/measuredFigures (src/data/collections.ts: datasetsInOrder, figuresOf) and
 * resolveKeyFigures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { makeDatasetSchema } from '../../src/schemas/dataset';
import { slugSchema } from '../../src/schemas/slug';
import { buildChartModel, ChartSpecError } from '../../src/lib/charts/chart-model';
import { isSlogan, listedDatasets, measuredFigures } from '../../src/lib/measure';
import { resolveKeyFigures } from '../../src/lib/key-figures';
import type { Figure } from '../../src/lib/charts/types';

const schema = makeDatasetSchema(slugSchema, slugSchema);
type Parsed = z.output<typeof schema>;
const datasets = readdirSync('content/data')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const data: Parsed = schema.parse(parse(readFileSync(join('content/data', f), 'utf8')));
    return { id: f.replace(/\.yaml$/, ''), data, figures: data.figures as Figure[] };
  });
const allFigures = datasets.flatMap((d) => d.figures);
const slogans = allFigures.filter(isSlogan);

const articles = readdirSync('content/articles')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ file: `content/articles/${f}`, fm: parse(readFileSync(join('content/articles', f), 'utf8').split(/^---$/m)[1] ?? '') }));

describe('slogan counts are traced but never shown as data', () => {
  it('the content has slogan counts, each with its evidence (the test is not vacuous)', () => {
    expect(slogans.length).toBeGreaterThanOrEqual(6);
    for (const f of slogans) expect(f.evidence, f.id).toBeTruthy();
  });

  it('every figure whose evidence quotes a counted slogan is marked measure: slogan', () => {
    const slogan = /\d+ (rõ|dám|con số|phi)\b|tầm nhìn 100 năm|60 phút/;
    const unmarked = allFigures.filter((f) => slogan.test(f.evidence ?? '') && !isSlogan(f)).map((f) => f.id);
    expect(unmarked).toEqual([]);
    for (const id of ['tinh-than-6-ro', 'tinh-than-6-dam', 'tang-truong-hai-con-so', 'phuong-cham-3-phi', 'quy-hoach-tong-the-thu-do-tam-nhin', 'tay-ho-giao-ban-60-phut']) {
      expect(slogans.map((f) => f.id)).toContain(id);
    }
  });

  for (const d of datasets) {
    it(`${d.id}: no slogan figure reaches the chart model (what the chart, its table and thumbnail draw)`, () => {
      const model = buildChartModel(d.data.chart, d.figures);
      expect(model.drawn.filter(isSlogan).map((f) => f.id)).toEqual([]);
    });
  }

  it('the /so-lieu/ list holds measured figures only, and no dataset made only of slogans', () => {
    const listed = listedDatasets(datasets);
    const shown = listed.flatMap((d) => measuredFigures(d.figures));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter(isSlogan)).toEqual([]);
    const onlySlogans = datasets.filter((d) => d.figures.every(isSlogan)).map((d) => d.id);
    expect(onlySlogans.length).toBeGreaterThan(0);
    for (const id of onlySlogans) expect(listed.map((d) => d.id)).not.toContain(id);
  });

  it('a chart spec that names a slogan figure is refused', () => {
    const six = slogans[0]!;
    const spec = { kind: 'bars' as const, groups: [{ name: 'Nhóm', bars: [six.id] }] };
    expect(() => buildChartModel(spec, [six])).toThrow(ChartSpecError);
  });

  it('no article names a slogan among its key figures, and a slogan id is refused', () => {
    for (const a of articles) {
      const keys = resolveKeyFigures(a.file, a.fm.keyFigures ?? [], datasets);
      expect(keys.filter((k) => isSlogan(k.figure)).map((k) => k.figure.id), a.file).toEqual([]);
    }
    expect(() => resolveKeyFigures('content/articles/x.mdx', ['tinh-than-6-dam'], datasets)).toThrow(/khẩu hiệu|slogan/);
  });
});
