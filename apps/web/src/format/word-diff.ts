/**
 * A word-level diff between two texts, for comparing two versions of a submission. Framework-free.
 *
 * Texts are cut into words, spaces and punctuation with Intl.Segmenter for the text's language (so
 * Chinese, which has no spaces, is compared word by word, not sentence by sentence), then aligned
 * with a longest common subsequence over the tokens. The common head and tail are taken off first,
 * so comparing two versions that differ in one paragraph costs little even for long texts.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Above this many token pairs in the changed middle, the middle is shown as removed then added. */
const MAX_CELLS = 16_000_000;

export function tokenise(text: string, language = 'en'): string[] {
  if (text === '') return [];
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** The parts that turn `before` into `after`, in reading order; adjacent parts of one kind are joined. */
export function diffWords(before: string, after: string, language = 'en'): DiffPart[] {
  const a = tokenise(before, language);
  const b = tokenise(after, language);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head).join(''));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const part of diffMiddle(midA, midB)) push(parts, part.kind, part.text);
  push(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}

function diffMiddle(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') },
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(parts, 'same', a[i]);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
      push(parts, 'removed', a[i++]);
    } else {
      push(parts, 'added', b[j++]);
    }
  }
  while (i < n) push(parts, 'removed', a[i++]);
  while (j < m) push(parts, 'added', b[j++]);
  return parts;
}

/** Counts of words added and removed (whitespace and punctuation not counted), for a summary line. */
export function diffStats(parts: readonly DiffPart[], language = 'en'): { added: number; removed: number } {
  const words = (text: string): number => {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    let count = 0;
    for (const s of segmenter.segment(text)) if (s.isWordLike) count++;
    return count;
  };
  let added = 0;
  let removed = 0;
  for (const p of parts) {
    if (p.kind === 'added') added += words(p.text);
    if (p.kind === 'removed') removed += words(p.text);
  }
  return { added, removed };
}
