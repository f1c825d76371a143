import { describe, expect, it } from 'vitest';
import { sharedPassages } from './shared-passages';

const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const shared = (segments: { text: string; shared: boolean }[]) => segments.filter((s) => s.shared).map((s) => s.text);

describe('shared passages of two texts', () => {
  it('marks a run of five or more words both texts have, case and punctuation aside', () => {
    const a = 'We ask that production orders need prior judicial authorisation in every case.';
    const b = 'Our members insist: Production orders need prior judicial authorisation, always.';
    const result = sharedPassages(a, b);
    expect(joined(result.a)).toBe(a);
    expect(joined(result.b)).toBe(b);
    expect(shared(result.a)).toEqual(['production orders need prior judicial authorisation']);
    expect(shared(result.b)).toEqual(['Production orders need prior judicial authorisation']);
    expect(result.sharedShareA).toBeCloseTo(6 / 12);
  });

  it('marks nothing when only short phrases or single words are common', () => {
    const result = sharedPassages('the right to privacy online', 'privacy is a right of the people online');
    expect(shared(result.a)).toEqual([]);
    expect(shared(result.b)).toEqual([]);
    expect(result.sharedShareB).toBe(0);
  });

  it('finds several passages, in each text’s own order', () => {
    const a = 'one two three four five six. seven eight. alpha beta gamma delta epsilon zeta';
    const b = 'alpha beta gamma delta epsilon and then one two three four five';
    expect(shared(sharedPassages(a, b).a)).toEqual(['one two three four five', 'alpha beta gamma delta epsilon']);
    expect(shared(sharedPassages(a, b).b)).toEqual(['alpha beta gamma delta epsilon', 'one two three four five']);
  });

  it('compares Chinese word by word (no spaces to split on)', () => {
    const a = '我们建议在跨境数据调取中加入比例原则和独立监督。';
    const b = '另一个组织也认为在跨境数据调取中加入比例原则和独立监督很重要。';
    const result = sharedPassages(a, b, 'zh', 'zh', 4);
    expect(joined(result.a)).toBe(a);
    expect(shared(result.a).join('')).toContain('跨境数据调取中加入比例原则和独立监督');
  });

  it('ends a passage at a line break', () => {
    const a = 'one two three four five\n\nsix seven eight nine ten';
    expect(shared(sharedPassages(a, a).a)).toEqual(['one two three four five', 'six seven eight nine ten']);
  });

  it('handles empty texts', () => {
    expect(sharedPassages('', 'something')).toEqual({
      a: [],
      b: [{ text: 'something', shared: false }],
      sharedShareA: 0,
      sharedShareB: 0,
    });
  });
});
