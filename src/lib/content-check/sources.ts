/**
 * The sources folder (SOURCES_DIR, default ../shared/seeds; several folders may be joined by
 * ":", as ../shared/tools/own-words reads them): each source article is `<name>.txt`, with an
 * optional record `<name>.yaml` (src/schemas/source-record.ts). This module names a new source
 * by the documented rule, reads the folder, and stores a new source; `npm run tao-moi -- nguon`
 * and the content check share it. Nothing here is published: the folder stays outside the site.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { SOURCE_NAME_MAX } from '../../schemas/source-record';

export const DEFAULT_SOURCES_DIR = '../shared/seeds';

/** The folders SOURCES_DIR names, absolute, in order (new sources go to the first). */
export function sourcesFolders(root: string, setting: string | undefined = process.env.SOURCES_DIR): string[] {
  const list = (setting ?? DEFAULT_SOURCES_DIR).split(':').filter(Boolean);
  return (list.length > 0 ? list : [DEFAULT_SOURCES_DIR]).map((d) => resolve(root, d));
}

export interface SourceEntry {
  name: string;
  folder: string;
  text: string;
  /** The record next to the text, parsed with positions, when there is one. */
  record?: { path: string; doc: Document; lineCounter: LineCounter; text: string } | undefined;
}

/** Every source in the folders that exist, by name; undefined when none of them exists. */
export function readSourceEntries(folders: readonly string[]): Map<string, SourceEntry> | undefined {
  const present = folders.filter((f) => existsSync(f));
  if (present.length === 0) return undefined;
  const entries = new Map<string, SourceEntry>();
  for (const folder of present) {
    for (const file of readdirSync(folder).sort()) {
      if (!file.endsWith('.txt')) continue;
      const name = file.slice(0, -4);
      if (entries.has(name)) continue;
      const recordPath = join(folder, `${name}.yaml`);
      let record: SourceEntry['record'];
      if (existsSync(recordPath)) {
        const text = readFileSync(recordPath, 'utf8');
        const lineCounter = new LineCounter();
        record = { path: recordPath, doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter, text };
      }
      entries.set(name, { name, folder, text: readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, ''), record });
    }
  }
  return entries;
}

/** "Hà Nội đẩy mạnh chuyển đổi số" → "ha-noi-day-manh-chuyen-doi-so" (no marks, đ → d). */
export function asciiWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The documented naming rule (docs/huong-dan-bien-tap.md, mục 2): the next free three-digit
 * number, "_", the outlet, the date as known (2025-03-02, 2025-03 or 2025), then the first
 * words of the headline, cut at a word to at most 80 characters in all.
 */
export function nameForSource(existing: readonly string[], info: { outlet?: string | undefined; date: string; title?: string | undefined }): string {
  const numbers = existing.map((n) => /^(\d{3})_/.exec(n)?.[1]).filter((d): d is string => d !== undefined).map(Number);
  const next = String(numbers.length > 0 ? Math.max(...numbers) + 1 : 0).padStart(3, '0');
  const parts = [asciiWords(info.outlet ?? '') || 'khong-ro-bao', asciiWords(info.date)];
  let name = `${next}_${parts.filter(Boolean).join('-')}`;
  for (const word of asciiWords(info.title ?? '').split('-').filter(Boolean)) {
    if (name.length + 1 + word.length > SOURCE_NAME_MAX) break;
    name += `-${word}`;
  }
  return name;
}

export interface NewSource {
  text: string;
  outlet?: string | undefined;
  title?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  published: { date: string; precision: 'day' | 'month' | 'year'; inferred?: boolean | undefined; reason?: string | undefined };
}

const q = (s: string) => JSON.stringify(s);

/** The record as YAML, each field explained for the editor who opens it later. */
export function recordYaml(source: NewSource, added: string): string {
  const p = source.published;
  const date = `{ date: ${q(p.date)}, precision: ${p.precision}${p.inferred ? `, inferred: true, reason: ${q(p.reason ?? '')}` : ''} }`;
  return [
    '# Hồ sơ của bài gốc (tạo bằng npm run tao-moi -- nguon). Phần source của bài giải thích phải khớp các trường này.',
    '# Tên báo đăng bài gốc.',
    source.outlet ? `outlet: ${q(source.outlet)}` : '# outlet: "Tên báo"',
    '# Tiêu đề bài gốc, đúng như báo in.',
    source.title ? `title: ${q(source.title)}` : '# title: "Tiêu đề"',
    '# Tác giả, nếu bài ghi.',
    source.author ? `author: ${q(source.author)}` : '# author: "Họ Tên"',
    '# Ngày đăng, với độ chính xác (day, month, year); suy ra thì inferred: true và reason.',
    `published: ${date}`,
    '# Đường dẫn tới bài gốc.',
    source.url ? `url: ${source.url}` : '# url: https://...',
    '# Ngày thêm bài vào thư mục nguồn.',
    `added: ${q(added)}`,
    '',
  ].join('\n');
}

/** What to write in the article's frontmatter for this source. */
export function sourceFrontmatter(name: string, source: Omit<NewSource, 'text'>): string {
  const p = source.published;
  return [
    'source:',
    ...(source.outlet ? [`  outlet: ${q(source.outlet)}`] : []),
    ...(source.title ? [`  title: ${q(source.title)}`] : []),
    ...(source.author ? [`  author: ${q(source.author)}`] : []),
    ...(source.url ? [`  url: ${source.url}`] : []),
    `  seed: ${name}`,
    `  published: { date: ${q(p.date)}, precision: ${p.precision}${p.inferred ? `, inferred: true, reason: ${q(p.reason ?? '')}` : ''} }`,
  ].join('\n');
}

/** Stores the text and its record in `folder`; returns the name. Refuses to overwrite. */
export function storeSource(folder: string, source: NewSource, added: string): string {
  const existing = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)) : [];
  const name = nameForSource(existing, { outlet: source.outlet, date: source.published.date, title: source.title });
  const textPath = join(folder, `${name}.txt`);
  if (existsSync(textPath)) throw new Error(`đã có ${textPath}`);
  const text = source.text.replace(/^\uFEFF/, '').normalize('NFC').replace(/\r\n?/g, '\n').trimEnd();
  writeFileSync(textPath, `${text}\n`);
  writeFileSync(join(folder, `${name}.yaml`), recordYaml(source, added));
  return name;
}

/** One line per source for a list an editor picks from: the name and the headline (or the text's first line). */
export function sourceLabel(entry: SourceEntry): string {
  const title = entry.record?.doc.get('title');
  const outlet = entry.record?.doc.get('outlet');
  const first = entry.text.split('\n').find((l) => l.trim().length > 0)?.trim() ?? '';
  const headline = typeof title === 'string' ? title : first;
  const short = headline.length > 70 ? `${headline.slice(0, 69)}…` : headline;
  return `${entry.name}${typeof outlet === 'string' ? ` (${outlet})` : ''}: ${short}`;
}
