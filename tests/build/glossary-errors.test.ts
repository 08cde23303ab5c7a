/**
 * Glossary mistakes stop the build with a Vietnamese message naming the file and the term id:
 * an article linking a term that has no file, and a term that no article uses. Same method as
 * content-errors.test.ts: one broken file overlaid on tests/fixtures/content-base/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function buildWith(overlay: string) {
  mkdirSync('tests/.tmp', { recursive: true });
  const work = mkdtempSync(resolve('tests/.tmp/glossary-case-'));
  const content = join(work, 'content');
  cpSync(resolve('tests/fixtures/content-base'), content, { recursive: true });
  cpSync(resolve('tests/fixtures/content-errors', overlay), content, { recursive: true });
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  rmSync(work, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('glossary errors stop the build', () => {
  it('a link to a term without a file names the article and the id', () => {
    const { status, output } = buildWith('unknown-term');
    expect(status).not.toBe(0);
    // The content check's report: the file on one line, the problem under it.
    expect(output).toContain('✗ content/articles/bai-thuat-ngu-la.mdx');
    expect(output).toContain('<Term id="thuat-ngu-khong-co">: không có thuật ngữ "thuat-ngu-khong-co" (cần tệp content/glossary/thuat-ngu-khong-co.yaml)');
  });

  it('a term that no article uses names the term file', () => {
    const { status, output } = buildWith('unused-term');
    expect(status).not.toBe(0);
    expect(output).toContain('✗ content/glossary/tu-khong-dung.yaml');
    expect(output).toContain('thuật ngữ "tu-khong-dung" chưa được bài nào dùng');
  });
});
