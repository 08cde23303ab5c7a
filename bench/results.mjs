/**
 * bench/results.json, section by section: each top-level section (build, pages, lighthouse,
 * firstVisit, scaling, starlight, search, …) carries the stamp of the run that measured it
 * (date, commit, machine), so a file that merges runs of different days or machines says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const FILE = 'bench/results.json';

/** When, at which commit (with "+changes" when the tree differs from it) and on what machine. */
export function stamp() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const changed = git('status', '--porcelain', '--untracked-files=no') !== '';
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return {
    date: new Date().toISOString(),
    commit: changed ? `${commit}+changes` : commit,
    machine: `${os.availableParallelism()} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}, Node ${process.versions.node}`,
  };
}

/**
 * Writes each key of `sections` into results.json with this run's stamp; sections this run
 * did not measure stay as they were, with their own stamps. A value that is not an object
 * (a count, a date) is wrapped as { value }.
 */
export function writeSections(sections) {
  const previous = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
  const now = stamp();
  const next = { ...previous };
  for (const [key, value] of Object.entries(sections)) {
    if (value === undefined) continue;
    next[key] = value !== null && typeof value === 'object' && !Array.isArray(value) ? { stamp: now, ...value } : { stamp: now, value };
  }
  writeFileSync(FILE, `${JSON.stringify(next, null, 2)}\n`);
}
