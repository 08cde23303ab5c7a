/**
 * Restores the accents of a query typed without them, from the site's own text (pure).
 *
 * "dam nghi dam lam" may be read "dám nghĩ dám làm", "đảm nghị đám làm" … The site knows
 * which: the build lists the accented spellings of every ambiguous syllable of the indexed
 * text (siteSpellings in search-document.ts, shipped in pagefind/pages.json), and at query time
 * the engine asks the index where each spelling stands (Pagefind's exactDiacritics), which gives
 * how often each spelling occurs and how often two stand side by side. The most likely reading
 * is then the path through the spellings with the highest bigram probability (Viterbi), with
 * add-α smoothing towards how common each spelling is on its own. A reading the site holds side
 * by side beats common syllables that never meet; the reader's own accents are kept as typed.
 */

export interface Spelling {
  form: string;
  /** How often the spelling stands on the indexed pages. */
  count: number;
}

/** Weight of a spelling's own frequency when a pair was never seen side by side. */
const ALPHA = 2;

/**
 * The most likely spelling for each query word. `options[i]` are the spellings word i may
 * have (one when it carries the reader's accents, or has only one spelling on the site);
 * `pairCount(i, a, b)` is how often spelling a of word i stands right before spelling b of
 * word i + 1 on the site; `total` is the number of words counted.
 */
export function restoreReading(options: ReadonlyArray<readonly Spelling[]>, pairCount: (i: number, a: string, b: string) => number, total: number): string[] {
  if (options.length === 0) return [];
  const vocabulary = options.reduce((n, o) => n + o.length, 0);
  const prior = (s: Spelling) => (s.count + 1) / (total + vocabulary);
  // best[i][k]: log probability of the best reading of words 0..i ending in spelling k.
  let best = options[0]!.map((s) => Math.log(prior(s)));
  const back: number[][] = [];
  for (let i = 1; i < options.length; i++) {
    const previous = options[i - 1]!;
    const next = options[i]!.map((b) => {
      let top = -Infinity;
      let from = 0;
      previous.forEach((a, k) => {
        const p = (pairCount(i - 1, a.form, b.form) + ALPHA * prior(b)) / (a.count + ALPHA);
        const score = best[k]! + Math.log(p);
        if (score > top) [top, from] = [score, k];
      });
      return { top, from };
    });
    back.push(next.map((n) => n.from));
    best = next.map((n) => n.top);
  }
  let k = best.indexOf(Math.max(...best));
  const reading = [options[options.length - 1]![k]!.form];
  for (let i = options.length - 1; i > 0; i--) {
    k = back[i - 1]![k]!;
    reading.unshift(options[i - 1]![k]!.form);
  }
  return reading;
}
