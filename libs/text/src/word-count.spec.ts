import { DEFAULT_WORD_LIMIT } from './limits';
import { countWords, countWordsIcu } from './word-count';

/**
 * Word counts as a reader of each language counts them. Chinese has no spaces (splitting on spaces
 * would give 1; counting characters would give far more); Arabic and Russian have their own
 * scripts and punctuation. Each sample's words are listed in the comment beside it.
 */
interface Sample {
  language: string;
  name: string;
  sentence: string;
  words: number;
  /** One word and its separator, to top a body up to an exact count. */
  filler: string;
}

const SAMPLES: Sample[] = [
  // The|quick|brown|fox|jumps|over|the|lazy|dog
  {
    language: 'en',
    name: 'English',
    sentence: 'The quick brown fox jumps over the lazy dog.',
    words: 9,
    filler: 'rights ',
  },
  // 国家|应当|尊重|和|保障|人权 — 11 characters, no spaces
  { language: 'zh', name: 'Chinese', sentence: '国家应当尊重和保障人权。', words: 6, filler: '人权，' },
  // على|الدول|الأطراف|أن|تتعاون|في|إطار|احترام|حقوق|الإنسان
  {
    language: 'ar',
    name: 'Arabic',
    sentence: 'على الدول الأطراف أن تتعاون في إطار احترام حقوق الإنسان.',
    words: 10,
    filler: 'حقوق ',
  },
  // Конвенция|должна|защищать|права|человека
  {
    language: 'ru',
    name: 'Russian',
    sentence: 'Конвенция должна защищать права человека.',
    words: 5,
    filler: 'права ',
  },
  // La|convention|doit|protéger|les|défenseurs|des|droits|humains
  {
    language: 'fr',
    name: 'French',
    sentence: 'La convention doit protéger les défenseurs des droits humains.',
    words: 9,
    filler: 'droits ',
  },
];

/** A body of exactly `n` words in the sample's language: whole sentences, topped up with filler words. */
function bodyOf(sample: Sample, n: number): string {
  const sentences = Math.floor(n / sample.words);
  const rest = n - sentences * sample.words;
  const separator = sample.language === 'zh' ? '' : ' ';
  return [Array(sentences).fill(sample.sentence).join(separator), sample.filler.repeat(rest)].join(separator).trim();
}

describe('countWords', () => {
  it.each(SAMPLES)('counts $words words in the $name sample', ({ sentence, language, words }) => {
    expect(countWords(sentence, language)).toBe(words);
  });

  it('counts Chinese by words, neither by characters nor by spaces', () => {
    const sentence = '网络犯罪公约必须保护人权和隐私。'; // 网络|犯罪|公约|必须|保护|人权|和|隐私
    expect(countWords(sentence, 'zh')).toBe(8);
    expect(sentence.split(/\s+/)).toHaveLength(1);
  });

  it('counts words joined by punctuation in Russian and Arabic separately, and ignores punctuation alone', () => {
    expect(countWords('Государства-участники должны сотрудничать.', 'ru')).toBe(4); // Государства|участники|должны|сотрудничать
    expect(countWords('حقوق الإنسان، والحريات الأساسية؛ والخصوصية!', 'ar')).toBe(5);
    expect(countWords(' — ... !!! ، ؛ 。', 'en')).toBe(0);
    expect(countWords('', 'en')).toBe(0);
  });

  it('does not count Markdown syntax, link targets or images as words', () => {
    // Heading|bold|item|See|the|text|and|here
    const markdown =
      '# Heading\n\n- **bold** item\n\nSee [the text](https://example.org/a/long/path) and ![a picture](https://example.org/x.png) here';
    expect(countWords(markdown, 'en')).toBe(8);
  });

  describe.each(SAMPLES)('a $name body against the default limit', (sample) => {
    it(`has exactly ${DEFAULT_WORD_LIMIT} words at the limit, within it`, () => {
      const count = countWords(bodyOf(sample, DEFAULT_WORD_LIMIT), sample.language);
      expect(count).toBe(DEFAULT_WORD_LIMIT);
      expect(count <= DEFAULT_WORD_LIMIT).toBe(true);
    });

    it('has one word too many with one more word', () => {
      const count = countWords(bodyOf(sample, DEFAULT_WORD_LIMIT + 1), sample.language);
      expect(count).toBe(DEFAULT_WORD_LIMIT + 1);
      expect(count > DEFAULT_WORD_LIMIT).toBe(true);
    });
  });

  it('knows the default limit is the AHC rule of 2,000 words', () => {
    expect(DEFAULT_WORD_LIMIT).toBe(2000);
  });
});

describe('countWords fast path equals ICU segmentation (countWordsIcu)', () => {
  const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'ja', 'th', 'sv', 'fi', 'he', 'el', 'tr', 'de'];
  /** Pieces where word boundaries are subtle: marks, apostrophes, joiners, digits, mixed scripts, odd spaces, trailing punctuation. */
  const PIECES = [
    'word',
    'Rights',
    'défenseurs',
    'naïve',
    'права',
    'человека',
    'حقوق',
    'الإنسانُ',
    'λόγος',
    'İstanbul',
    'straße',
    'e\u0301',
    '\u0301',
    '\u0651',
    'ﬁ',
    'ǅ',
    'ʼ',
    "don't",
    'l’homme',
    'e-mail',
    'U.S.',
    'e.g.,',
    '3.5',
    '1,000',
    '٣',
    '٫',
    '،',
    '؟',
    '.',
    ',',
    ':',
    ';',
    '!',
    '?',
    '...',
    '?!',
    '"',
    '«',
    '»',
    '(',
    ')',
    '[',
    ']',
    '*',
    '#',
    '-',
    '—',
    '_',
    '/',
    '\\',
    '@',
    '&',
    "'",
    '’',
    '\u00AD',
    '\u200B',
    '\u200C',
    '\u200D',
    '\u2060',
    '\uFEFF',
    '\u00A0',
    '\u2009',
    '\u3000',
    '人权',
    '国家',
    'カタカナ',
    'ひらがな',
    'ไทย',
    'שלום',
    'א"ב',
    '😀',
    '👩\u200D💻',
    '🇰🇪',
    'x²',
    'Ⅻ',
    'ﷺ',
    'ـ',
    'a:b',
    'EU:n',
    'http://x.org',
    '[link](http://a.b)',
    '![img](p.png)',
    'CO₂',
    '1st',
    'α1',
    'law.',
    'rights,',
    'права.',
    'حقوق،',
    'word:',
    'Art.',
    'word.\u0301',
    'a.',
    'b;',
  ];
  const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '', '', '\u00A0'];

  /** A deterministic pseudo-random sequence: the same texts on every run. */
  function random(seed: number): () => number {
    let s = seed;
    return () => {
      s = (s * 1103515245 + 12345) % 2147483648;
      return s / 2147483648;
    };
  }

  it('on 20,000 random texts of tricky pieces, in 14 locales', () => {
    const next = random(2026);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const mismatches: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      const parts: string[] = [];
      const n = 1 + Math.floor(next() * 12);
      for (let j = 0; j < n; j += 1) parts.push(pick(PIECES), pick(SEPARATORS));
      const text = parts.join('');
      const language = pick(LANGUAGES);
      if (countWords(text, language) !== countWordsIcu(text, language))
        mismatches.push(`${language}: ${JSON.stringify(text)}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('on bodies of each sample language, with paragraphs', () => {
    for (const sample of SAMPLES) {
      const body = Array.from({ length: 200 }, (_, i) => `${sample.sentence}${i % 7 === 0 ? '\n\n' : ' '}`).join('');
      expect(countWords(body, sample.language)).toBe(countWordsIcu(body, sample.language));
      expect(countWords(body, sample.language)).toBe(200 * sample.words);
    }
  });
});
