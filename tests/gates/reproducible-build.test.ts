/**
 * Gate 8, reproducible build: a build from an EMPTY build cache (sharing cards, citations and
 * gzip sizes computed afresh; Astro's own cache empty too) must equal, byte for byte, the build
 * the suite tests (dist/, built by the global setup with whatever the build cache held). So a
 * card or a citation that came out differently from the same input would be caught, which two
 * builds sharing one cache could not show. No file is exempt today; if one ever has to be,
 * list it here with the reason. (With TEST_REUSE_DIST=1 dist/ must be a build of the sources
 * as they are.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles } from '../support/dist';

/** Files allowed to differ between two builds, with the reason. Keep it empty if you can. */
const MAY_DIFFER: Record<string, string> = {};

function coldBuild(work: string): string {
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--xem-truoc'], {
    env: {
      ...process.env,
      OUT_DIR: outDir,
      BUILD_CACHE_DIR: join(work, 'build-cache'),
      ASTRO_CACHE_DIR: join(work, 'astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the build from an empty cache failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

describe('reproducible build', () => {
  it('a build from an empty build cache equals the tested build, byte for byte', { timeout: 900_000 }, () => {
    mkdirSync('tests/.tmp', { recursive: true });
    const work = mkdtempSync(resolve('tests/.tmp/repro-'));
    try {
      const cold = coldBuild(work);
      const tested = distFiles([''], DIST);
      expect(tested.length).toBeGreaterThan(50);
      expect(distFiles([''], cold)).toEqual(tested);
      const differ = tested.filter((f) => !(f in MAY_DIFFER) && !readFileSync(join(cold, f)).equals(readFileSync(join(DIST, f))));
      expect(differ, `files that differ from the tested build when built from an empty cache:\n${differ.join('\n')}`).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
