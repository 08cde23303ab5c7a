/**
 * The overview explainer ("Bắt đầu từ đây", content/guides/bat-dau-tu-day.mdx) holds to the
 * same rules as an explainer: a valid frontmatter; every number written in digits is a figure
 * of content/data (checked with the content check's own number finder); every section cites its
 * sources with <Ref article> naming an explainer the guide lists; links go to pages that exist;
 * 700–1,000 words; key figures are measured quantities.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { makeGuideSchema } from '../../src/schemas/guide';
import { makeDatasetSchema } from '../../src/schemas/dataset';
import { slugSchema } from '../../src/schemas/slug';
import { readBody } from '../../src/lib/content-check/mdx-body';
import { findUnsourcedNumbers } from '../../src/lib/content-check/body-numbers';
import { readableText } from '../../src/lib/reading-time';
import { isSlogan, listedDatasets } from '../../src/lib/measure';
import type { Figure } from '../../src/lib/charts/types';

const FILE = 'content/guides/bat-dau-tu-day.mdx';
const text = readFileSync(FILE, 'utf8');
const [, yaml = '', ...rest] = text.split(/^---$/m);
const body = rest.join('---');
const guide = makeGuideSchema(z.string()).parse(parse(yaml));
const articleIds = readdirSync('content/articles').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const datasetSchema = makeDatasetSchema(slugSchema, slugSchema);
const datasets = readdirSync('content/data')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), figures: datasetSchema.parse(parse(readFileSync(join('content/data', f), 'utf8'))).figures as Figure[] }));
const figures = datasets.flatMap((d) => d.figures);

describe('the overview explainer', () => {
  it('draws on explainers that exist', () => {
    expect(guide.articles.length).toBeGreaterThanOrEqual(5);
    for (const id of guide.articles) expect(articleIds).toContain(id);
  });

  it('writes no number in digits that is not a figure of content/data', () => {
    const { problems, facts } = readBody(FILE, text);
    // <Ref> is the guide's own component (the page passes it); the explainers' list does not name it.
    expect(problems.filter((p) => !p.message.includes('<Ref>'))).toEqual([]);
    const unsourced = findUnsourcedNumbers(facts!.blocks, () => figures.map((f) => ({ id: f.id, value: f.value })));
    expect(unsourced.map((n) => `${n.text} (dòng ${n.line})`)).toEqual([]);
  });

  it('cites a source in every section, each <Ref> naming an explainer it lists', () => {
    const refs = [...body.matchAll(/<Ref article="([^"]+)"\s*\/>/g)].map((m) => m[1]!);
    for (const id of refs) expect(guide.articles).toContain(id);
    expect(new Set(refs)).toEqual(new Set(guide.articles));
    const sections = body.split(/^## /m).slice(1);
    expect(sections.length).toBeGreaterThanOrEqual(6);
    for (const s of sections) expect(s, s.split('\n')[0]).toMatch(/<Ref article="/);
  });

  it('links only to explainers, charts on /so-lieu/ and pages that exist', () => {
    const listed = new Set(listedDatasets(datasets).map((d) => d.id));
    for (const [, href] of body.matchAll(/\]\((\/[^)]*)\)/g)) {
      const chart = /^\/so-lieu\/([a-z0-9-]+)\/$/.exec(href!);
      if (chart) expect(listed, href).toContain(chart[1]);
      else expect(['/dong-thoi-gian/'], href).toContain(href);
    }
    expect(body).toMatch(/\]\(\/dong-thoi-gian\/\)/);
  });

  it('reads in a few minutes: 700–1,000 words of prose', () => {
    const words = readableText(body).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(words).toBeGreaterThanOrEqual(700);
    expect(words).toBeLessThanOrEqual(1000);
  });

  it('shows measured quantities as its key figures', () => {
    expect(guide.keyFigures.length).toBeGreaterThan(0);
    for (const id of guide.keyFigures) {
      const f = figures.find((x) => x.id === id);
      expect(f, id).toBeDefined();
      expect(isSlogan(f!), id).toBe(false);
    }
  });

  it('is the only guide, and has its page', () => {
    expect(existsSync('src/pages/bat-dau-tu-day.astro')).toBe(true);
  });
});
