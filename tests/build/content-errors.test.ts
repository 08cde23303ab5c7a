/**
 * Bad content must stop the build with the file and the field named. Each fixture under
 * tests/fixtures/content-errors/ is a whole content tree with one mistake; the build reads it
 * through CONTENT_DIR and writes to a temporary folder, never to dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function buildWith(fixture: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'content-error-'));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: `tests/fixtures/content-errors/${fixture}`, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('content errors stop the build', () => {
  it('a missing title names the file and the title field', () => {
    const { status, output } = buildWith('missing-title');
    expect(status).not.toBe(0);
    expect(output).toContain('missing-title/articles/bai-thieu-tieu-de.mdx');
    expect(output).toContain('title: expected a title (text)');
  });

  it('a date that does not match its precision names the file and source.published.date', () => {
    const { status, output } = buildWith('wrong-precision');
    expect(status).not.toBe(0);
    expect(output).toContain('wrong-precision/articles/bai-sai-do-chinh-xac.mdx');
    expect(output).toContain('source.published.date: precision "day" expects a date written YYYY-MM-DD; got "2022-04"');
  });

  it('an unknown topic names the file, the topics field and the id', () => {
    const { status, output } = buildWith('unknown-topic');
    expect(status).not.toBe(0);
    expect(output).toContain('unknown-topic/articles/bai-chu-de-la.mdx: field "topics[1]": unknown topic id "chu-de-khong-co"');
  });
});
