#!/usr/bin/env node
/**
 * `npm run build`: builds into a staging folder and replaces dist/ only when the build (and
 * the search index written by its integration) succeeded. A build stopped by bad content
 * leaves the last good site in place: nothing broken is published, nothing is lost.
 * Extra arguments go to `astro build`. OUT_DIR changes the published folder (tests use it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

rmSync(staging, { recursive: true, force: true });
const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0 || !existsSync(resolve(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir} was left as it was.`);
  process.exit(result.status || 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Published ${outDir}`);
