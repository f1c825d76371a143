import { DEFAULT_WORD_LIMIT } from '@app/consultations';
import { countWords } from './word-count';

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
