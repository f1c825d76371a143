/** The six UN languages: the interface's languages and the languages a round may accept. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** A submission's summary is at most this many words (counted with countWords). */
export const SUMMARY_WORD_LIMIT = 100;

/** The body word limit a round has when its staff set none. */
export const DEFAULT_WORD_LIMIT = 2000;
