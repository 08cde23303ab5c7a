/**
 * Loads the content check (src/lib/content-check/run.ts) in plain Node, without Astro or Vite:
 * esbuild bundles the TypeScript (our modules only; packages stay imports) into
 * node_modules/.cache in a few milliseconds. `npm run kiem-tra` and `npm run build` share it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');

let loaded;
export function loadContentCheck() {
  loaded ??= bundleAndImport();
  return loaded;
}

async function bundleAndImport() {
  // One file per process: two checks running at once (a build and a test) never read each
  // other's half-written bundle. It is removed once imported.
  const outfile = resolve(root, `node_modules/.cache/kiem-tra/run-${process.pid}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [resolve(root, 'src/lib/content-check/run.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  try {
    return await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/**
 * Runs ../shared/tools/own-words (or OWN_WORDS) over the project: passages of 12+ words
 * repeated from a source article. Resolves to { skipped, ok, output }.
 */
export function runOwnWords(contentDir) {
  const tool = resolve(root, process.env.OWN_WORDS ?? '../shared/tools/own-words');
  if (!existsSync(tool)) return Promise.resolve({ skipped: true, ok: true, output: `Bỏ qua kiểm tra "lời của mình": không thấy công cụ ${tool}.` });
  // own-words reads PROJECT/content and PROJECT/src; a fixture tree is a folder named content.
  const project = basename(contentDir) === 'content' ? dirname(contentDir) : root;
  return new Promise((done) => {
    const child = spawn(tool, [project], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => done({ skipped: true, ok: true, output: `Bỏ qua kiểm tra "lời của mình": ${e.message}` }));
    child.on('close', (code) => done({ skipped: false, ok: code === 0, output: output.trim() }));
  });
}

export const SCHEMA_DIR = resolve(root, '.vscode/schemas');

/** The JSON Schemas for editors, as generated from the Zod schemas and the topics now. */
export function expectedJsonSchemas(check, contentDir = resolve(root, 'content')) {
  const topicsFile = resolve(contentDir, 'topics.yaml');
  const topics = existsSync(topicsFile) ? (parse(readFileSync(topicsFile, 'utf8')) ?? []).map((t) => t?.id).filter((id) => typeof id === 'string') : [];
  const schemas = check.buildJsonSchemas(topics);
  return Object.entries(schemas).map(([name, json]) => ({ path: resolve(SCHEMA_DIR, name), text: `${JSON.stringify(json, null, 2)}\n` }));
}

/** Rewrites .vscode/schemas/ when a schema or the topic list changed; returns the files written. */
export function refreshJsonSchemas(check) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  const written = [];
  for (const { path, text } of expectedJsonSchemas(check)) {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written.push(path);
  }
  return written;
}

/**
 * The whole check with its report. Returns true when the content may be published. Errors
 * (with the own-words findings) go to stderr and stop; warnings are listed at the end of a
 * check that passes.
 */
export async function checkAll({ ownWords = true } = {}) {
  const started = performance.now();
  const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
  const ownWordsRun = ownWords ? runOwnWords(contentDir) : Promise.resolve(undefined);
  const check = await loadContentCheck();
  const { problems, notes } = await check.runContentCheck({ root });
  const errors = problems.filter((p) => !check.isWarning(p));
  const warnings = problems.filter(check.isWarning);
  // The editors' schemas follow the real content's topics (not a test's fixture tree).
  if (errors.length === 0 && !process.env.CONTENT_DIR && refreshJsonSchemas(check).length > 0) {
    notes.push('Đã cập nhật .vscode/schemas/ (gợi ý và kiểm tra trong VS Code) theo danh sách chủ đề mới; nhớ commit cùng nội dung.');
  }
  const words = await ownWordsRun;
  for (const note of notes) console.log(`  ℹ ${note}`);
  if (words?.skipped) console.log(`  ℹ ${words.output}`);
  // Passages copied from a source article, as the check's own problems (file, line, Vietnamese).
  if (words && !words.ok) {
    const project = basename(contentDir) === 'content' ? dirname(contentDir) : root;
    const copied = check.ownWordsProblems(words.output, (path) => {
      try {
        return readFileSync(resolve(project, path), 'utf8');
      } catch {
        return undefined;
      }
    });
    errors.push(...copied);
    if (copied.length === 0) errors.push({ file: 'content', message: `công cụ "lời của mình" báo có đoạn chép nguyên văn từ bài gốc nhưng không đọc được kết quả của nó: ${words.output}` });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  if (errors.length > 0) console.error(`\n${check.formatProblems(errors)}\n`);
  const ok = errors.length === 0;
  if (warnings.length > 0) console.log(`\n${check.formatWarnings(warnings)}\n`);
  if (ok) console.log(`Nội dung hợp lệ (kiểm tra trong ${seconds} giây)${warnings.length > 0 ? `; ${warnings.length} cảnh báo ở trên` : ''}.`);
  else console.error(`Kiểm tra trong ${seconds} giây. Sửa các lỗi trên rồi chạy lại npm run kiem-tra.`);
  return ok;
}
