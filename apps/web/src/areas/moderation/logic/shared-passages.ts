/**
 * The passages two texts share, for reading near-duplicates side by side: each text cut into
 * segments marked shared or not. A passage is shared when a run of at least `minWords` words (in
 * order, case and punctuation aside) appears in both texts. Words come from Intl.Segmenter for the
 * text's language, so Chinese, written without spaces, is matched word by word. Framework-free.
 */

export interface Segment {
  text: string;
  shared: boolean;
}

interface Token {
  text: string;
  /** The word as compared (lower case), or null for spaces and punctuation. */
  word: string | null;
}

function tokens(text: string, language: string): Token[] {
  if (text === '') return [];
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => ({
    text: s.segment,
    word: s.isWordLike ? s.segment.toLocaleLowerCase(language) : null,
  }));
}

/** The separator that cannot occur inside a word (a run's key). */
const SEP = '\u0001';

/** For each word of `words`, whether it lies in a run of `n` words that `other` also has. */
function sharedWords(words: string[], otherRuns: Set<string>, n: number): boolean[] {
  const marked = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i + n <= words.length; i++) {
    if (otherRuns.has(words.slice(i, i + n).join(SEP))) for (let j = i; j < i + n; j++) marked[j] = true;
  }
  return marked;
}

function runs(words: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(SEP));
  return out;
}

/** Cuts `list` into segments; spaces and punctuation between two shared words are shared too. */
function segmentsOf(list: Token[], marked: boolean[]): Segment[] {
  const out: Segment[] = [];
  const wordAt: number[] = [];
  let w = 0;
  for (const t of list) wordAt.push(t.word === null ? -1 : w++);
  // Shared state of each token: words their own; others shared only between two shared words of
  // one paragraph (a line break ends a passage).
  const sharedToken = list.map((t, i) => {
    if (t.word !== null) return marked[wordAt[i]];
    if (t.text.includes('\n')) return false;
    let before = i - 1;
    while (before >= 0 && list[before].word === null) before--;
    let after = i + 1;
    while (after < list.length && list[after].word === null) after++;
    return before >= 0 && after < list.length && marked[wordAt[before]] && marked[wordAt[after]];
  });
  list.forEach((t, i) => {
    const last = out[out.length - 1];
    if (last && last.shared === sharedToken[i]) last.text += t.text;
    else out.push({ text: t.text, shared: sharedToken[i] });
  });
  return out;
}

export interface SharedPassages {
  a: Segment[];
  b: Segment[];
  /** Share of each text's words that lie in a shared passage (0 to 1). */
  sharedShareA: number;
  sharedShareB: number;
}

/** The shared passages of `a` (in `languageA`) and `b` (in `languageB`). */
export function sharedPassages(
  a: string,
  b: string,
  languageA = 'en',
  languageB = languageA,
  minWords = 5,
): SharedPassages {
  const ta = tokens(a, languageA);
  const tb = tokens(b, languageB);
  const wa = ta.flatMap((t) => (t.word === null ? [] : [t.word]));
  const wb = tb.flatMap((t) => (t.word === null ? [] : [t.word]));
  const n = Math.max(1, minWords);
  const markedA = sharedWords(wa, runs(wb, n), n);
  const markedB = sharedWords(wb, runs(wa, n), n);
  const share = (marked: boolean[]) => (marked.length ? marked.filter(Boolean).length / marked.length : 0);
  return {
    a: segmentsOf(ta, markedA),
    b: segmentsOf(tb, markedB),
    sharedShareA: share(markedA),
    sharedShareB: share(markedB),
  };
}
