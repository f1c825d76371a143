import { describe, expect, it } from 'vitest';
import { diffStats, diffWords } from './word-diff';

const join = (parts: { kind: string; text: string }[], keep: string[]): string =>
  parts
    .filter((p) => keep.includes(p.kind))
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it('marks one replaced word and keeps the rest as it was', () => {
    const parts = diffWords('Powers need judicial oversight.', 'Powers need independent oversight.');
    expect(parts).toEqual([
      { kind: 'same', text: 'Powers need ' },
      { kind: 'removed', text: 'judicial' },
      { kind: 'added', text: 'independent' },
      { kind: 'same', text: ' oversight.' },
    ]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Article 24 conditions and safeguards apply to every power.\n\nData must be minimised.';
    const after =
      'Article 24 safeguards apply to every procedural power.\n\nPersonal data must be minimised and deleted.';
    const parts = diffWords(before, after);
    expect(join(parts, ['same', 'removed'])).toBe(before);
    expect(join(parts, ['same', 'added'])).toBe(after);
  });

  it('handles added text at either end and empty texts', () => {
    expect(diffWords('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(diffWords('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }]);
    expect(diffWords('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
    expect(diffWords('middle', 'start middle end')).toEqual([
      { kind: 'added', text: 'start ' },
      { kind: 'same', text: 'middle' },
      { kind: 'added', text: ' end' },
    ]);
  });

  it('compares Chinese word by word, not sentence by sentence', () => {
    const parts = diffWords('我们支持人权保障。', '我们反对人权保障。', 'zh');
    expect(join(parts, ['removed'])).toBe('支持');
    expect(join(parts, ['added'])).toBe('反对');
    expect(join(parts, ['same'])).toBe('我们人权保障。');
  });

  it('compares Arabic words', () => {
    const parts = diffWords('يجب حماية حقوق الإنسان', 'يجب احترام حقوق الإنسان', 'ar');
    expect(join(parts, ['removed'])).toBe('حماية');
    expect(join(parts, ['added'])).toBe('احترام');
  });

  it('stays quick on two long texts that differ in one place', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const before = words.join(' ');
    const after = [...words.slice(0, 1500), 'inserted', ...words.slice(1500)].join(' ');
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([{ kind: 'added', text: 'inserted ' }]);
  });

  it('counts words added and removed, not spaces', () => {
    const parts = diffWords('one two three', 'one four five three');
    expect(diffStats(parts)).toEqual({ added: 2, removed: 1 });
  });
});
