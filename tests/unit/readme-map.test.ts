/**
 * The README's map of the code stays true: every file or folder it names exists. A row's first
 * cell is a folder (or file); names in its description are read from the repository's root
 * when they start with a top-level folder, otherwise from the row's folder. Addresses of the
 * site ("/bai-viet/…"), npm packages ("@scope/name"), bare extensions (".csv"), commands and
 * identifiers (no extension, no slash) are not paths; a "*" matches within one folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const README = readFileSync('README.md', 'utf8');
/** What a build, an install or a test run writes (.gitignore): named in the README, absent from a fresh clone. */
const GENERATED = /^(dist|dist\.staging|dist\.previous|node_modules|test-results|\.astro|bench\/tmp|tests\/\.tmp)(\/|$)/;
const TOP = new Set(readdirSync('.'));

function mapRows(): { folder: string; text: string }[] {
  const section = README.split(/^## Map of the code$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => /^\| `[^`]+` /.test(line))
    .map((line) => {
      const [, first = '', ...rest] = line.split('|');
      return { folder: /`([^`]+)`/.exec(first)?.[1] ?? '', text: rest.join('|') };
    });
}

/** The names in backticks that look like a path: a slash, or a file extension. */
function pathsIn(text: string): string[] {
  return [...text.matchAll(/`([^`\s]+)`/g)]
    .map(([, name]) => name!)
    .filter((name) => !/^[/@.]|^--|</.test(name) && (name.includes('/') || /\.[a-z]{2,5}$/.test(name)))
    .filter((name) => !GENERATED.test(name));
}

/** Whether a path exists; "*" in its last part matches any run of characters. */
function exists(path: string): boolean {
  if (!path.includes('*')) return existsSync(path);
  const slash = path.lastIndexOf('/');
  const dir = slash === -1 ? '.' : path.slice(0, slash);
  const pattern = new RegExp(`^${path.slice(slash + 1).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  return existsSync(dir) && readdirSync(dir).some((name) => pattern.test(name));
}

function resolveName(name: string, folder: string): string {
  const top = name.split('/')[0]!;
  return TOP.has(top) || !folder.endsWith('/') ? name : join(folder, name);
}

describe('README: the map of the code', () => {
  const rows = mapRows();

  it('has its table (a row per folder)', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it('names only files and folders that exist', () => {
    const missing: string[] = [];
    for (const { folder, text } of rows) {
      for (const each of folder.split(/,\s*/)) if (!exists(each)) missing.push(`${each} (a row of its own)`);
      for (const name of pathsIn(text)) {
        const path = resolveName(name, folder);
        if (!exists(path)) missing.push(`${path} (named in the row of ${folder})`);
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('"Where things live" names only files and folders that exist', () => {
    const section = README.split(/^## Where things live$/m)[1]?.split(/^## /m)[0] ?? '';
    const names = pathsIn(section.split('Vietnamese names, in English')[0] ?? '');
    expect(names.length).toBeGreaterThan(10);
    const missing = names.filter((name) => !exists(name));
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
