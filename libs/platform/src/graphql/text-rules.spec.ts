import { parseDateTime } from './date-time.scalar';
import { nameProblem, unsafeTextReason } from './text-rules';

describe('unsafeTextReason', () => {
  it.each([
    ['NUL', 'a\u0000b', /NUL/],
    ['a C0 control', 'a\u0007b', /control/],
    ['a C1 control', 'a\u0085b', /control/],
    ['an unpaired high surrogate', 'a\ud800b', /surrogate/],
    ['an unpaired low surrogate', '\udc00', /surrogate/],
    ['a high surrogate at the end', 'abc\ud83d', /surrogate/],
  ])('refuses %s', (_what, text, reason) => {
    expect(unsafeTextReason(text)).toMatch(reason);
  });

  it.each(['plain', 'tab\tand\nnew\r\nlines', 'emoji 😀 pairs', 'عربي', '中文', ''])('accepts %j', (text) => {
    expect(unsafeTextReason(text)).toBeNull();
  });
});

describe('nameProblem', () => {
  it.each(['Evil\u202Egnp.exe', '\u2067isolate', 'zero\u200Bwidth', 'bom\uFEFF', 'soft\u00ADhyphen', '\u3164', '   '])(
    'refuses %j',
    (name) => {
      expect(nameProblem(name)).not.toBeNull();
    },
  );

  it.each(['Open Rights Network', 'می‌خواهم', 'مؤسسة\u200Fالحقوق', 'Права человека', '数字权利', "O'Brien & Co."])(
    'accepts %j',
    (name) => {
      expect(nameProblem(name)).toBeNull();
    },
  );
});

describe('parseDateTime', () => {
  it.each(['2026-05-04T09:30:00Z', '2026-05-04T09:30:00.123+02:00', '2026-05-04T09:30Z'])('accepts %s', (text) => {
    expect(parseDateTime(text).getTime()).toBe(new Date(text).getTime());
  });

  it.each([
    true,
    1.5,
    -5,
    0,
    null,
    {},
    '2026-02-31T00:00:00Z',
    '2026-05-04',
    '2026-05-04T09:30:00',
    'tomorrow',
    '1800-01-01T00:00:00Z',
  ])('refuses %j', (value) => {
    expect(() => parseDateTime(value)).toThrow(TypeError);
  });
});
