#!/usr/bin/env node
/**
 * `npm test`: installs what the tests need, then runs every test (unit, then the site tests
 * that build and drive Chromium). Written to run on any Node ≥ 18, because on a fresh clone
 * the Node 24 from the `node` devDependency is not installed yet.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chromiumPath } from './lib/chromium.mjs';

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: 'inherit', ...opts });

function dependenciesStale() {
  if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/.bin/node')) return true;
  return statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs + 1000;
}

function ensureDependencies() {
  if (!dependenciesStale()) return;
  console.log('[test] installing npm dependencies (npm install)…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

function ensureChromium() {
  try {
    if (chromiumPath()) return;
  } catch (error) {
    fail(error.message);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[test] Chromium not found: installing Debian package "chromium" (apt-get)…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (chromiumPath()) return;
  }
  fail('The browser tests need Chromium. Install it (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROME_PATH to a Chromium or Chrome binary.');
}

function fail(message) {
  console.error(`\n[test] ${message}\n`);
  process.exit(1);
}

ensureDependencies();
ensureChromium();

// Node 24 from node_modules runs the tests, whatever Node started this script.
const node = 'node_modules/.bin/node';
const vitest = 'node_modules/vitest/vitest.mjs';
const extra = process.argv.slice(2);
if (extra.length === 0) {
  // Gate 9: npm audit of everything installed (high or critical fails; an unreachable endpoint
  // is reported as skipped, and fails with AUDIT_REQUIRED=1; scripts/audit.mjs).
  const audit = spawnSync(process.execPath, ['scripts/audit.mjs'], { stdio: 'inherit' });
  if (audit.status !== 0) process.exit(audit.status ?? 1);
  // The type check, once: `astro check` checks the .ts files of tsconfig.json (src, tests,
  // scripts, bench) as well as the .astro ones, so a separate `tsc --noEmit` repeated it.
  const check = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (check.status !== 0) process.exit(check.status ?? 1);
}
for (const project of ['unit', 'site']) {
  const result = spawnSync(node, [vitest, 'run', '--project', project, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
