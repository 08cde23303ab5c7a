#!/usr/bin/env node
/**
 * `npm run build`: builds into a staging folder and replaces dist/ only when the build (and
 * the search index written by its integration) succeeded. A build stopped by bad content
 * leaves the last good site in place: nothing broken is published, nothing is lost.
 * The content check (`npm run kiem-tra`, scripts/kiem-tra.mjs) runs first: bad content stops
 * here with its Vietnamese messages, before Astro starts.
 * Extra arguments go to `astro build`. OUT_DIR changes the published folder (tests use it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkAll } from './lib/content-check.mjs';
import { writeHostHeaders } from './lib/host-headers.mjs';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

if (!(await checkAll())) {
  console.error(`\nChưa xây dựng trang: ${outDir} được giữ nguyên như lần trước (was left as it was).`);
  process.exit(1);
}

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
// The same policy as HTTP headers, with frame-ancestors (README: "Publishing").
writeHostHeaders(staging);

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Published ${outDir}`);
