const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, s);
  }
  return s;
}

/**
 * Words as a reader of that language counts them: ICU word segmentation (Intl.Segmenter), so
 * Chinese — written without spaces — is split into words by dictionary, and Arabic, Russian and
 * Latin scripts by their word boundaries. Markdown link targets and images are not words.
 */
export function countWords(text: string, language: string): number {
  const prose = text.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\]\([^)]*\)/g, '] ');
  let count = 0;
  for (const segment of segmenter(language).segment(prose)) if (segment.isWordLike) count += 1;
  return count;
}
