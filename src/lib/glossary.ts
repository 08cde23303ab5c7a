/**
 * Glossary logic without Astro: where articles link terms (<Term id="…">), the checks that
 * keep links and terms in step, and Vietnamese alphabetical order.
 */

/** `<Term id="bo-chinh-tri">` in MDX source; the id is the glossary file name. */
const TERM_TAG = /<Term\s+id\s*=\s*["']([^"']+)["']/g;

/** Term ids an article body links, in order of appearance (duplicates kept). */
export function termIdsInBody(body: string): string[] {
  return [...body.matchAll(TERM_TAG)].map((m) => m[1]!);
}

export interface ArticleText {
  id: string;
  file: string;
  body: string;
}

export interface TermInfo {
  id: string;
  file: string;
  related: readonly string[];
  /** Articles listed in the term file as using it. */
  articles: readonly string[];
}

/** Article ids that link a term with <Term>, sorted, per term id. */
export function linkingArticles(articles: readonly ArticleText[]): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const a of articles) {
    for (const id of new Set(termIdsInBody(a.body))) uses.set(id, [...(uses.get(id) ?? []), a.id]);
  }
  for (const list of uses.values()) list.sort();
  return uses;
}

/**
 * Every problem between articles and the glossary, in Vietnamese for editors, each naming the
 * file and the term id: a link to a term that does not exist, a term linked twice in one
 * article (only its first use links), a related id that does not exist, a term no article uses.
 */
export function checkGlossary(articles: readonly ArticleText[], terms: readonly TermInfo[]): string[] {
  const termIds = new Set(terms.map((t) => t.id));
  const articleIds = new Set(articles.map((a) => a.id));
  const problems: string[] = [];
  for (const a of articles) {
    const seen = new Set<string>();
    for (const id of termIdsInBody(a.body)) {
      if (!termIds.has(id)) {
        problems.push(`${a.file}: <Term id="${id}">: không có thuật ngữ "${id}" (cần tệp content/glossary/${id}.yaml)`);
      } else if (seen.has(id)) {
        problems.push(`${a.file}: thuật ngữ "${id}" được liên kết nhiều lần; chỉ liên kết ở lần dùng đầu tiên trong bài`);
      }
      seen.add(id);
    }
  }
  const linked = linkingArticles(articles);
  for (const t of terms) {
    for (const r of t.related) {
      if (!termIds.has(r)) problems.push(`${t.file}: trường "related": không có thuật ngữ "${r}"`);
    }
    for (const a of t.articles) {
      if (!articleIds.has(a)) problems.push(`${t.file}: trường "articles": không có bài "${a}"`);
    }
    if (!linked.has(t.id) && t.articles.length === 0) {
      problems.push(`${t.file}: thuật ngữ "${t.id}" chưa được bài nào dùng: thêm <Term id="${t.id}">…</Term> ở lần dùng đầu tiên trong một bài, hoặc ghi bài có dùng từ này vào trường "articles"`);
    }
  }
  return problems;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), by the given label. */
export function sortVietnamese<T>(items: readonly T[], label: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}

/** The letter a term files under on /thuat-ngu/: "Đ" stays apart from "D", marks on vowels fold. */
export function initialOf(term: string): string {
  const first = term.trim().charAt(0).toLocaleUpperCase('vi');
  if (first === 'Đ') return 'Đ';
  return first.normalize('NFD').charAt(0);
}

/**
 * The part of a definition shown in the popover: whole sentences up to about `max` characters
 * (at least the first sentence), so the preview stays short and the full entry is one tap away.
 */
export function definitionPreview(definition: string, max = 220): string {
  // A sentence ends at . ! ? followed by a space: "24.106" and "5,08%" stay whole.
  const sentences = definition.trim().split(/(?<=[.!?])\s+/);
  let out = '';
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s;
    if (out && next.length > max) break;
    out = next;
  }
  return out;
}
