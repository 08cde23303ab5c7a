/**
 * How search reads the words of a Vietnamese query before it asks the index (pure, unit-tested):
 *
 *  - question words ("là gì", "bao nhiêu", "ai là", "khi nào" …) are not what the reader looks
 *    for: they are set aside when other words remain, and two of them say what kind of page
 *    answers best ("là gì": a definition; "bao nhiêu": a figure);
 *  - grammatical words of a question ("có", "của", "tại" …) and "số" before a number ("chỉ thị
 *    số 24") are fillers: set aside too, but only once the accents are restored, so "tai" stays
 *    when it is "tài" (tài sản công) and goes when it is "tại";
 *  - abbreviations expand to their words ("ubnd" → "ủy ban nhân dân", "ct 24" → "chỉ thị 24"),
 *    from a short list of the usual ones and from the glossary (a term's abbreviations);
 *  - a glossary alias in the query also matches the term's own name ("kỷ nguyên vươn mình" →
 *    "kỷ nguyên mới").
 * Each query word, or run of words, becomes a unit with one or more alternatives (sequences of
 * folded words); the engine counts a unit present on a page when any alternative stands there.
 */
import { foldVietnamese, normalizeQuery } from './search-query';

export interface QueryToken {
  /** Folded (no marks, đ → d), punctuation at either end dropped: what is compared. */
  folded: string;
  /** As typed (lower case, NFC): the reader's own spelling when it carries marks. */
  typed: string;
  /** Typed with a mark or đ: that spelling is the reader's choice, not one to restore. */
  marked: boolean;
  /** All digits (with . , / - inside): never restored, never a filler. */
  numeric: boolean;
}

/** Splits a query into words: lower case, NFC, punctuation at either end of a word dropped. */
export function queryTokens(raw: string): QueryToken[] {
  return normalizeQuery(raw)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .map((typed) => {
      const folded = foldVietnamese(typed);
      return { folded, typed, marked: folded !== typed, numeric: /^\p{N}[\p{N}.,/-]*$/u.test(typed) };
    });
}

export type Intent = 'definition' | 'figure';

/** Question phrases (folded), longest first; some say what the reader wants. */
const QUESTIONS: ReadonlyArray<readonly [string, Intent | undefined]> = [
  ['co nghia la gi', 'definition'],
  ['nghia la gi', 'definition'],
  ['la cai gi', 'definition'],
  ['la gi', 'definition'],
  ['la bao nhieu', 'figure'],
  ['bao nhieu', 'figure'],
  ['gom nhung gi', undefined],
  ['la nhung gi', undefined],
  ['nhung gi', undefined],
  ['nhu the nao', undefined],
  ['the nao', undefined],
  ['ra sao', undefined],
  ['khi nao', undefined],
  ['luc nao', undefined],
  ['bao gio', undefined],
  ['o dau', undefined],
  ['tai sao', undefined],
  ['vi sao', undefined],
  ['la ai', undefined],
  ['ai la', undefined],
  ['ai', undefined],
  ['gi', undefined],
];

/** Accented question words count only in their question spelling ("là gì", not "lá gỉ"). */
const QUESTION_SPELLINGS = new Set(['có', 'nghĩa', 'là', 'gì', 'cái', 'bao', 'nhiêu', 'gồm', 'những', 'như', 'thế', 'nào', 'ra', 'sao', 'khi', 'lúc', 'giờ', 'ở', 'đâu', 'tại', 'vì', 'ai']);

/**
 * Grammatical words a question wraps around what it asks (accented: only the word in this
 * spelling is a filler; "tài" or "cơ" are not). Set aside once accents are restored.
 */
export const QUESTION_FILLERS = new Set(['là', 'có', 'của', 'được', 'những', 'các', 'thì', 'mà', 'ở', 'tại', 'về', 'cho', 'với', 'và', 'đã', 'nào', 'gì', 'nhất']);

/** Usual abbreviations (folded) and the words they stand for; the glossary adds its own. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: 'ủy ban nhân dân',
  hdnd: 'hội đồng nhân dân',
  ubkt: 'ủy ban kiểm tra',
  mttq: 'mặt trận tổ quốc',
  bch: 'ban chấp hành',
  btv: 'ban thường vụ',
  bct: 'bộ chính trị',
  nq: 'nghị quyết',
  ct: 'chỉ thị',
  ctr: 'chương trình',
  kl: 'kết luận',
  tw: 'trung ương',
  tp: 'thành phố',
  qh: 'quốc hội',
  cntt: 'công nghệ thông tin',
};

export interface Unit {
  /** The query words (token indices) this unit stands for, in order. */
  tokens: number[];
  /** Ways the unit may stand on a page, each a sequence of folded words; the first is as typed. */
  alternatives: string[][];
  /** Why an alternative beyond the first exists, for the result's "why it matched". */
  expansion?: { kind: 'abbreviation' | 'alias'; words: string };
}

export interface QueryReading {
  tokens: QueryToken[];
  /** Token indices of question words, set aside (only when other words remain). */
  question: Set<number>;
  intent?: Intent;
  /** Token indices that may be fillers: set aside if their restored spelling is a filler. */
  maybeFiller: Set<number>;
  units: Unit[];
}

/** What the glossary tells search: its terms' names, aliases and abbreviations. */
export interface GlossaryEntry {
  id: string;
  /** The term's name without the bracketed part ("Ủy ban nhân dân"). */
  name: string;
  aliases: readonly string[];
  abbr: readonly string[];
}

/** Folded words of a name or alias, punctuation dropped ("CT/TU" → ["cttu"]; "Vành đai 4" → ["vanh","dai","4"]). */
export function foldedName(text: string): string[] {
  return foldVietnamese(normalizeQuery(text))
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
}

const SYLLABLE = /^(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?$/;

/** True for a folded Vietnamese syllable ("nghieng", "dang"); false for "ubnd", "hdnd", "ct", "24". */
export function isSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/** Reads a query: question words, fillers to check, and its units with their alternatives. */
export function readQuery(raw: string, glossary: readonly GlossaryEntry[] = []): QueryReading {
  const tokens = queryTokens(raw);
  const folded = tokens.map((t) => t.folded);
  const question = new Set<number>();
  let intent: Intent | undefined;
  for (let i = 0; i < folded.length; i++) {
    for (const [phrase, kind] of QUESTIONS) {
      const words = phrase.split(' ');
      const matches = words.every((w, k) => {
        const t = tokens[i + k];
        return t !== undefined && t.folded === w && (!t.marked || QUESTION_SPELLINGS.has(t.typed));
      });
      if (matches) {
        for (let k = 0; k < words.length; k++) question.add(i + k);
        intent ??= kind;
        i += words.length - 1;
        break;
      }
    }
  }
  // A query that is nothing but question words is looked for as it is.
  if (question.size === tokens.length) {
    question.clear();
    intent = undefined;
  }
  const maybeFiller = new Set<number>();
  tokens.forEach((t, i) => {
    if (question.has(i)) return;
    // "số" right before a number: "chỉ thị số 24" means "chỉ thị 24".
    if (t.folded === 'so' && tokens[i + 1]?.numeric) maybeFiller.add(i);
    else if (question.size > 0 && [...QUESTION_FILLERS].some((f) => foldVietnamese(f) === t.folded)) maybeFiller.add(i);
  });

  const abbreviations = new Map<string, string>(Object.entries(ABBREVIATIONS));
  for (const g of glossary) for (const a of g.abbr) if (!/\s/.test(a)) abbreviations.set(foldedName(a).join(''), normalizeQuery(g.name));

  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (question.has(i)) continue;
    // A glossary alias of several words, typed here: it also matches the term's own name.
    const alias = longestAlias(folded, i, glossary, question);
    if (alias) {
      units.push({
        tokens: Array.from({ length: alias.length }, (_, k) => i + k),
        alternatives: [folded.slice(i, i + alias.length), foldedName(alias.entry.name)],
        expansion: { kind: 'alias', words: alias.entry.name },
      });
      i += alias.length - 1;
      continue;
    }
    const t = tokens[i]!;
    const bare = t.folded.replace(/[^\p{L}\p{N}]+/gu, '');
    const split = /^(\p{L}+)(\p{N}+)$/u.exec(bare);
    const expanded = abbreviations.get(bare) ?? (split && abbreviations.has(split[1]!) ? `${abbreviations.get(split[1]!)} ${split[2]}` : undefined);
    if (expanded && !t.marked && !isSyllable(split ? split[1]! : bare)) {
      units.push({ tokens: [i], alternatives: [[t.folded], foldedName(expanded)], expansion: { kind: 'abbreviation', words: expanded } });
      continue;
    }
    units.push({ tokens: [i], alternatives: [[t.folded]] });
  }
  return { tokens, question, ...(intent ? { intent } : {}), maybeFiller, units };
}

function longestAlias(folded: readonly string[], at: number, glossary: readonly GlossaryEntry[], question: ReadonlySet<number>): { length: number; entry: GlossaryEntry } | undefined {
  let best: { length: number; entry: GlossaryEntry } | undefined;
  for (const entry of glossary) {
    for (const alias of entry.aliases) {
      const words = foldedName(alias);
      if (words.length < 2 || (best && words.length <= best.length)) continue;
      if (words.every((w, k) => folded[at + k]?.replace(/[^\p{L}\p{N}]+/gu, '') === w && !question.has(at + k))) {
        // The alias is the term's own name with more words: nothing to add.
        const name = foldedName(entry.name);
        if (name.join(' ') !== words.join(' ')) best = { length: words.length, entry };
      }
    }
  }
  return best;
}

/** Every spelling the index may hold for a folded word: a leading d may be đ; in an abbreviation ("hdnd") any d may. */
export function spellings(word: string): string[] {
  const abbreviation = !isSyllable(word.replace(/[^\p{L}]+/gu, ''));
  const positions = [...word].flatMap((ch, i) => (ch === 'd' && (i === 0 || abbreviation) ? [i] : [])).slice(0, 3);
  const out: string[] = [];
  for (let mask = 0; mask < 2 ** positions.length; mask++) {
    const chars = [...word];
    positions.forEach((p, bit) => {
      if (mask & (1 << bit)) chars[p] = 'đ';
    });
    out.push(chars.join(''));
  }
  return out;
}
