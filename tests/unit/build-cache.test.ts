import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, cachedBytes, cachedText, readRecord, versionOf, writeRecord } from '../../src/lib/build-cache';

let dir: string;
const saved = { dir: process.env.BUILD_CACHE_DIR, mode: process.env.BUILD_CACHE };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  process.env.BUILD_CACHE_DIR = dir;
  delete process.env.BUILD_CACHE;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (saved.dir === undefined) delete process.env.BUILD_CACHE_DIR;
  else process.env.BUILD_CACHE_DIR = saved.dir;
  if (saved.mode === undefined) delete process.env.BUILD_CACHE;
  else process.env.BUILD_CACHE = saved.mode;
});

/** A computation that counts its calls. */
function counted(out: string) {
  const fn = async () => {
    fn.calls++;
    return out;
  };
  fn.calls = 0;
  return fn;
}

describe('build cache', () => {
  it('computes once, then reads the same output back', async () => {
    const compute = counted('Hà Nội (2026). Tiêu đề.');
    expect(await cachedText('apa', { title: 'a' }, ['x@1'], compute)).toBe('Hà Nội (2026). Tiêu đề.');
    expect(await cachedText('apa', { title: 'a' }, ['x@1'], compute)).toBe('Hà Nội (2026). Tiêu đề.');
    expect(compute.calls).toBe(1);
  });

  it('a changed input, kind or renderer version is a new entry, never a stale one', async () => {
    await cachedText('apa', { title: 'a' }, ['x@1'], counted('old'));
    expect(await cachedText('apa', { title: 'b' }, ['x@1'], counted('new input'))).toBe('new input');
    expect(await cachedText('card', { title: 'a' }, ['x@1'], counted('new kind'))).toBe('new kind');
    expect(await cachedText('apa', { title: 'a' }, ['x@2'], counted('new version'))).toBe('new version');
    expect(cacheKey('apa', { a: 1 }, ['y@1', 'x@1'])).toBe(cacheKey('apa', { a: 1 }, ['x@1', 'y@1']));
  });

  it('keeps bytes exact (a PNG read back is the PNG written)', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 13, 10]);
    await cachedBytes('og', { id: 1 }, [], async () => png);
    const again = await cachedBytes('og', { id: 1 }, [], async () => new Uint8Array([1]));
    expect([...again]).toEqual([...png]);
  });

  it('an entry damaged on disk is computed again, not served', async () => {
    await cachedText('apa', { title: 'a' }, [], counted('good'));
    const content = join(dir, 'content-v2');
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const file of walk(content)) writeFileSync(file, 'damaged');
    const compute = counted('good');
    expect(await cachedText('apa', { title: 'a' }, [], compute)).toBe('good');
    expect(compute.calls).toBe(1);
  });

  it('BUILD_CACHE=off computes every time', async () => {
    process.env.BUILD_CACHE = 'off';
    const compute = counted('x');
    await cachedText('apa', {}, [], compute);
    await cachedText('apa', {}, [], compute);
    expect(compute.calls).toBe(2);
  });

  it('names the installed version of a package', () => {
    expect(versionOf('satori')).toMatch(/^satori@\d+\.\d+\.\d+/);
  });

  it('keeps a record from one build to the next, and has none when turned off', async () => {
    expect(await readRecord('sizes')).toBeUndefined();
    await writeRecord('sizes', { abc: 12 });
    expect(await readRecord('sizes')).toEqual({ abc: 12 });
    await writeRecord('sizes', { def: 3 });
    expect(await readRecord('sizes')).toEqual({ def: 3 });
    process.env.BUILD_CACHE = 'off';
    expect(await readRecord('sizes')).toBeUndefined();
  });
});
