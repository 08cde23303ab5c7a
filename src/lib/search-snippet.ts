/**
 * Snippets a student can read (pure, unit-tested): the sentence around a match, taken from the
 * page's indexed text (Pagefind's fragment `content`, whose word positions are the ones the
 * index returns), never the title again, never a cut word, with exactly the matched words
 * marked (the positions the ranking found, in the reading restored from the site's text),
 * not every word that folds like them.
 *
 * A page matching in several sections gives one snippet per section (at most `max`), each
 * with the heading it sits under, so a reader sees at a glance where the page talks about it.
 */
import { foldVietnamese } from './search-query';

export interface Snippet {
  text: string;
  /** [start, end) character ranges of `text` to mark; neighbouring marked words form one range. */
  marks: Array<[number, number]>;
  /** The heading this snippet sits under (its anchor id and text), if any. */
  section?: { id: string; text: string };
  /** Word position where the snippet starts (for ordering and tests). */
  at: number;
}

export interface Anchor {
  id: string;
  text: string;
  /** Word position of the heading in the content. */
  location: number;
  element?: string;
}

export interface SnippetOptions {
  /** The page title: sentences that only repeat it are never shown. */
  title: string;
  /** Word positions of the match, best first: where snippets are taken from. */
  focus: readonly number[];
  /** Word positions to mark. */
  marks: ReadonlySet<number>;
  /** Headings with their word positions (Pagefind's anchors). */
  anchors?: readonly Anchor[];
  /** Longest snippet, in words. */
  maxWords?: number;
  /** Most snippets (one per section). */
  max?: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?…;]["”’»)]*$/u;
const key = (text: string) => foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Sentences of the content as [first, last] word positions. */
function sentences(words: readonly Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  words.forEach((w, i) => {
    if (SENTENCE_END.test(w.text) || i === words.length - 1) {
      out.push([from, i]);
      from = i + 1;
    }
  });
  return out;
}

export function buildSnippets(content: string, options: SnippetOptions): Snippet[] {
  const { title, focus, marks, anchors = [], maxWords = 32, max = 1 } = options;
  const words: Word[] = [...content.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  if (words.length === 0) return [];
  const titleKey = key(title);
  const all = sentences(words);
  const textOf = (a: number, b: number) => content.slice(words[a]!.start, words[b]!.end);
  // A sentence that only repeats the title (the page's h1, a chart's heading) is never shown.
  const usable = all.filter(([a, b]) => {
    const k = key(textOf(a, b));
    return k.length > 0 && k !== titleKey && !(titleKey && k.startsWith(titleKey) && k.length - titleKey.length < 3);
  });
  if (usable.length === 0) return [];
  // A heading that repeats the title (a data page's chart heading) says nothing: not shown.
  const headings = anchors.filter((a) => /^h[2-6]$/.test(a.element ?? 'h2') && a.text && key(a.text) !== titleKey).sort((a, b) => a.location - b.location);
  const sectionOf = (p: number) => [...headings].reverse().find((h) => h.location <= p);
  const sentenceOf = (p: number) => usable.findIndex(([a, b]) => a <= p && p <= b);

  // Candidate sentences: those holding a focus position, the most marked words first.
  const scored = new Map<number, number>();
  for (const p of focus) {
    const s = sentenceOf(p);
    if (s < 0) continue;
    const [a, b] = usable[s]!;
    let n = 0;
    for (let q = a; q <= b; q++) if (marks.has(q)) n++;
    scored.set(s, Math.max(scored.get(s) ?? 0, n));
  }
  const order = [...scored.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([s]) => s);
  // Nothing matched outside the title: the first sentence after it says what the page is.
  if (order.length === 0) order.push(0);

  const out: Snippet[] = [];
  const sectionsUsed = new Set<string>();
  for (const s of order) {
    if (out.length >= max) break;
    const [a] = usable[s]!;
    const section = sectionOf(a);
    const sectionKey = section?.id ?? '';
    if (sectionsUsed.has(sectionKey)) continue;
    sectionsUsed.add(sectionKey);
    out.push(snippetAround(words, content, usable, s, marks, maxWords, section));
  }
  return out;
}

function snippetAround(words: readonly Word[], content: string, usable: ReadonlyArray<[number, number]>, s: number, marks: ReadonlySet<number>, maxWords: number, section?: Anchor): Snippet {
  let [a, b] = usable[s]!;
  // A very short sentence (a table's value: "35.633 lượt.") takes the one before it (the row's
  // label), if it follows directly and fits.
  const before = usable[s - 1];
  if (b - a + 1 < 6 && before && before[1] === a - 1 && b - before[0] + 1 <= maxWords) a = before[0];
  // A short sentence takes the next one with it, if it follows directly.
  while (b - a + 1 < maxWords / 2.5 && usable[s + 1] && usable[s + 1]![0] === b + 1 && usable[s + 1]![1] - a + 1 <= maxWords) b = usable[++s]![1];
  let from = a;
  let to = b;
  if (to - from + 1 > maxWords) {
    const firstMark = [...marks].filter((p) => p >= a && p <= b).sort((x, y) => x - y)[0] ?? a;
    // The match a third of the way in: some context before, more after.
    from = Math.max(a, Math.min(firstMark - Math.floor(maxWords / 3), b - maxWords + 1));
    to = Math.min(b, from + maxWords - 1);
  }
  const lead = from > a ? '… ' : '';
  const tail = to < b ? ' …' : '';
  const base = words[from]!.start;
  const body = content.slice(base, words[to]!.end);
  const ranges: Array<[number, number]> = [];
  for (let p = from; p <= to; p++) {
    if (!marks.has(p)) continue;
    const w = words[p]!;
    // Mark the word itself, not the quotes or punctuation around it.
    const core = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u.exec(w.text);
    if (!core) continue;
    const start = lead.length + w.start - base + core.index;
    const end = start + core[0].length;
    const last = ranges[ranges.length - 1];
    // Words of one phrase form one mark, unless punctuation stands between them.
    const joined = last !== undefined && marks.has(p - 1) && p - 1 >= from && core.index === 0 && last[1] === lead.length + words[p - 1]!.end - base;
    if (joined) last[1] = end;
    else ranges.push([start, end]);
  }
  return { text: `${lead}${body}${tail}`, marks: ranges, ...(section ? { section: { id: section.id, text: section.text } } : {}), at: from };
}
