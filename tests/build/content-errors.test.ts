/**
 * Bad content must stop the build with the file and the field (or figure) named. Each case
 * overlays one broken file from tests/fixtures/content-errors/<case>/ onto the valid tree in
 * tests/fixtures/content-base/, builds it through CONTENT_DIR into a temporary folder (never
 * dist/) under tests/.tmp/, and reads the error.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function buildWith(overlay: string | undefined) {
  // Inside the project: MDX outside Astro's root cannot be bundled.
  mkdirSync('tests/.tmp', { recursive: true });
  const work = mkdtempSync(resolve('tests/.tmp/content-case-'));
  const content = join(work, 'content');
  cpSync(resolve('tests/fixtures/content-base'), content, { recursive: true });
  if (overlay) cpSync(resolve('tests/fixtures/content-errors', overlay), content, { recursive: true });
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  rmSync(work, { recursive: true, force: true });
  // Astro colours its messages whatever FORCE_COLOR says; compare the plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

const cases: Array<{ name: string; overlay: string; expected: string[] }> = [
  {
    name: 'a missing title names the file and the title field',
    overlay: 'missing-title',
    expected: ['articles/bai-thieu-tieu-de.mdx', 'title: expected a title (text)'],
  },
  {
    name: 'a date that does not match its precision names the file and source.published.date',
    overlay: 'wrong-precision',
    expected: ['articles/bai-sai-do-chinh-xac.mdx', 'source.published.date: precision "day" expects a date written YYYY-MM-DD; got "2022-04"'],
  },
  {
    name: 'an unknown topic names the file, the field and the id',
    overlay: 'unknown-topic',
    expected: ['articles/bai-chu-de-la.mdx: field "topics[1]": unknown topic id "chu-de-khong-co"'],
  },
  {
    name: 'evidence without the number names the file and the figure',
    overlay: 'evidence-without-number',
    expected: ['data/hong.yaml: figure "xa-kieu-mau": evidence "xã đạt chuẩn nông thôn mới kiểu mẫu" does not contain the value 76'],
  },
  {
    name: 'a rate that does not match its parts names the figure and both numbers',
    overlay: 'wrong-rate',
    expected: ['data/hong.yaml: figure "ty-le-sai": check ratio-percent(xa-nang-cao = 188, tong-so-xa = 382) gives 49,215, but the value is 51,2'],
  },
  {
    name: 'a figure whose article does not exist names the file, the figure and the id',
    overlay: 'missing-article',
    expected: ['data/hong.yaml: field "figures[0].article (xa-kieu-mau)": unknown article id "bai-khong-co"'],
  },
  {
    name: 'a computed figure without a formula names the file and the figure',
    overlay: 'computed-without-formula',
    expected: ['data/hong.yaml', 'computed figure "ke-hoach-suy-ra" needs a formula'],
  },
  {
    name: 'a timeline period that ends before it starts names the file and when.end',
    overlay: 'period-ends-before-start',
    expected: ['timeline/hong.yaml', 'when.end: the period ends (2020) before it starts (2025)'],
  },
  {
    name: 'a timeline date of day precision without a day names the file and when.date',
    overlay: 'day-without-day',
    expected: ['timeline/hong.yaml', 'when.date: precision "day" expects a date written YYYY-MM-DD; got "2022-04"'],
  },
  {
    name: 'a timeline event naming an unknown article names the file, the field and the id',
    overlay: 'timeline-unknown-article',
    expected: ['timeline/hong.yaml: field "articles[1]": unknown article id "bai-khong-co"'],
  },
];

describe('content errors stop the build', () => {
  it('the valid base tree builds (so each failure below is caused by its one broken file)', () => {
    const { status, output } = buildWith(undefined);
    expect(output).not.toMatch(/problem\(s\)|does not match collection schema/);
    expect(status).toBe(0);
  });
  for (const c of cases) {
    it(c.name, () => {
      const { status, output } = buildWith(c.overlay);
      expect(status).not.toBe(0);
      for (const text of c.expected) expect(output).toContain(text);
    });
  }
});

describe('a failed build keeps the last good site', () => {
  it('npm run build with bad content leaves the published folder untouched', () => {
    mkdirSync('tests/.tmp', { recursive: true });
    const work = mkdtempSync(resolve('tests/.tmp/keep-'));
    const content = join(work, 'content');
    const published = join(work, 'published');
    cpSync(resolve('tests/fixtures/content-base'), content, { recursive: true });
    cpSync(resolve('tests/fixtures/content-errors/wrong-rate'), content, { recursive: true });
    mkdirSync(published);
    writeFileSync(join(published, 'index.html'), '<p>last good build</p>');
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), OUT_DIR: published, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    const stillThere = readFileSync(join(published, 'index.html'), 'utf8');
    const stagingLeft = existsSync(`${published}.staging`);
    rmSync(work, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('was left as it was');
    expect(stillThere).toBe('<p>last good build</p>');
    expect(stagingLeft).toBe(false);
  });
});
