/**
 * Gate 8, reproducible build: two clean builds of the same sources (each with a cache of its
 * own, through scripts/build.mjs and OUT_DIR) must be identical byte for byte: same files,
 * same contents. No file is exempt today; if one ever has to be, list it here with the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distFiles } from '../support/dist';

/** Files allowed to differ between two builds, with the reason. Keep it empty if you can. */
const MAY_DIFFER: Record<string, string> = {};

function build(work: string, name: string): string {
  const outDir = join(work, name);
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--xem-truoc'], {
    env: { ...process.env, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, `${name}-cache`), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

describe('reproducible build', () => {
  it('two clean builds produce the same files, byte for byte', { timeout: 600_000 }, () => {
    mkdirSync('tests/.tmp', { recursive: true });
    const work = mkdtempSync(resolve('tests/.tmp/repro-'));
    try {
      const a = build(work, 'a');
      const b = build(work, 'b');
      const filesA = distFiles([''], a);
      const filesB = distFiles([''], b);
      expect(filesB).toEqual(filesA);
      const differ = filesA.filter((f) => !(f in MAY_DIFFER) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
      expect(differ, `files that differ between two builds:\n${differ.join('\n')}`).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
