/**
 * Verbatim titles: the headline of each source article and the official titles (trích yếu) of
 * the documents the articles name, kept in content/van-ban.toml. They carry over word for
 * word, and many are longer than the 12 words own-words allows, so they live in this one
 * register instead of in the text; tests/unit/source-titles.test.ts proves every entry occurs
 * verbatim in its source article. Read synchronously once, so pure helpers (citations, cards)
 * can use it; CONTENT_DIR points fixture builds at their own tree (no register: no titles).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

export interface Headline {
  seed: string;
  title: string;
}

export interface DocumentTitle {
  id: string;
  /**
   * Number, date and issuer, in the site's words: "Chỉ thị số 24-CT/TU ngày 7/8/2023 của …";
   * left out where the title is itself the name (a plan, a project).
   */
  name?: string | undefined;
  /** The official title as the source prints it. */
  title: string;
  seed: string;
}

export interface TitleRegister {
  headlines: Headline[];
  documents: DocumentTitle[];
}

export const REGISTER_FILE = 'van-ban.toml';

export function parseRegister(text: string): TitleRegister {
  const data = parse(text) as { headline?: Headline[]; document?: DocumentTitle[] };
  return { headlines: data.headline ?? [], documents: data.document ?? [] };
}

let cached: { dir: string; register: TitleRegister } | undefined;

export function titleRegister(contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/$/, '')): TitleRegister {
  if (cached?.dir === contentDir) return cached.register;
  const file = join(contentDir, REGISTER_FILE);
  const register = existsSync(file) ? parseRegister(readFileSync(file, 'utf8')) : { headlines: [], documents: [] };
  cached = { dir: contentDir, register };
  return register;
}

/** The source article's headline: the one written in the frontmatter, else the register's. */
export function headlineOf(source: { seed?: string | undefined; title?: string | undefined }, register = titleRegister()): string | undefined {
  return source.title ?? register.headlines.find((h) => h.seed === source.seed)?.title;
}

export function documentById(id: string, register = titleRegister()): DocumentTitle {
  const doc = register.documents.find((d) => d.id === id);
  if (!doc) {
    const known = register.documents.map((d) => d.id).join(', ');
    throw new Error(`content/${REGISTER_FILE}: không có văn bản mang id "${id}" (unknown document id; known: ${known})`);
  }
  return doc;
}

/** "Chỉ thị số 24-CT/TU … về “Tăng cường …”": how a document is named to readers. */
export function documentText(entry: string | { 'van-ban': string }, register = titleRegister()): string {
  if (typeof entry === 'string') return entry;
  const doc = documentById(entry['van-ban'], register);
  return doc.name ? `${doc.name}: “${doc.title}”` : doc.title;
}
