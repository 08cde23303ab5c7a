/**
 * Reads the content tree as an editor wrote it: the raw text of every file (to check NFC and
 * find line numbers), its YAML parsed with positions, and an MDX body. This is the only module
 * of the content check that touches the disk; the checks themselves (check-content.ts) are pure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';

export type ContentKind = 'article' | 'guide' | 'data' | 'timeline' | 'topics' | 'glossary';

export interface ContentFile {
  kind: ContentKind;
  /** The path as the editor sees it, from the content folder ("content/articles/x.mdx"). */
  path: string;
  absolute: string;
  /** The file name without its extension ("x"): the id Astro gives data and timeline entries. */
  name: string;
  text: string;
  /** The YAML (the whole file, or an MDX file's frontmatter), parsed with positions. */
  doc: Document;
  /** Line of the file where the YAML starts, minus one (1 for frontmatter after "---"). */
  lineOffset: number;
  lineCounter: LineCounter;
  /** MDX only: the text after the frontmatter, and the file line it starts on. */
  body?: { text: string; firstLine: number };
  /** Set when an MDX file has no frontmatter block at all. */
  missingFrontmatter?: boolean;
  /** The file starts with a byte order mark (U+FEFF); `text` is read without it. */
  bom?: boolean;
  /** Last change, to blame the newer of two files that clash (a duplicate id). */
  mtimeMs: number;
}

const FOLDERS: Array<{ kind: ContentKind; folder: string; ext: string }> = [
  { kind: 'article', folder: 'articles', ext: '.mdx' },
  { kind: 'guide', folder: 'guides', ext: '.mdx' },
  { kind: 'data', folder: 'data', ext: '.yaml' },
  { kind: 'timeline', folder: 'timeline', ext: '.yaml' },
  { kind: 'glossary', folder: 'glossary', ext: '.yaml' },
];

function parseYaml(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

/** Splits "---\nyaml\n---\nbody" (the frontmatter must open the file, as Astro requires). */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  return { yaml, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function readContentFile(kind: ContentKind, absolute: string, shownFrom: string): ContentFile {
  const raw = readFileSync(absolute, 'utf8');
  // A BOM (saved as "UTF-8 with BOM") is reported as itself; the rest is checked without it.
  const bom = raw.startsWith('\uFEFF');
  const text = bom ? raw.slice(1) : raw;
  const path = relative(shownFrom, absolute);
  const name = absolute.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const common = { kind, path, absolute, name, text, bom, mtimeMs: statSync(absolute).mtimeMs };
  if (kind !== 'article' && kind !== 'guide') return { ...common, lineOffset: 0, ...parseYaml(text) };
  const parts = splitFrontmatter(text);
  if (!parts) return { ...common, lineOffset: 0, ...parseYaml(''), missingFrontmatter: true };
  return { ...common, lineOffset: 1, ...parseYaml(parts.yaml), body: { text: parts.body, firstLine: parts.bodyLine } };
}

/** Every content file under `contentDir`, in a stable order; paths shown from its parent ("content/…"). */
export function readContent(contentDir: string): ContentFile[] {
  const root = dirname(contentDir);
  const files: ContentFile[] = [];
  const topics = join(contentDir, 'topics.yaml');
  if (existsSync(topics)) files.push(readContentFile('topics', topics, root));
  for (const { kind, folder, ext } of FOLDERS) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(ext)) files.push(readContentFile(kind, join(dir, name), root));
    }
  }
  return files;
}
