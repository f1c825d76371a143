/**
 * Full-text search as every searchable text in Plenary does it (submissions, publications): a
 * `search_vector` kept by a trigger with `plenary_ts_config(language)`, queried with
 * `websearch_to_tsquery` in the text's language or, when no language is given, in every
 * configuration at once; CJK text, which the parser cannot split into words, also matches as a
 * substring of `substringSql`.
 */

/** PostgreSQL text-search configurations by language (the same mapping as `plenary_ts_config`). */
export const TS_CONFIGS: Readonly<Record<string, string>> = {
  ar: 'arabic',
  en: 'english',
  fr: 'french',
  ru: 'russian',
  es: 'spanish',
  pt: 'portuguese',
  de: 'german',
  it: 'italian',
  tr: 'turkish',
  id: 'indonesian',
  nl: 'dutch',
  ro: 'romanian',
  sr: 'serbian',
  el: 'greek',
  hi: 'hindi',
};

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export interface FullTextMatch {
  /** A WHERE condition using the parameters `:search` and `:like`. */
  where: string;
  /** A ts_rank expression to order by. */
  rank: string;
  params: { search: string; like: string };
}

/**
 * The condition and rank for `search` over `vector` (e.g. `s.search_vector`); `substringSql` is the
 * plain text matched for CJK queries (e.g. `s.title || ' ' || s.body`).
 */
export function fullTextMatch(
  vector: string,
  substringSql: string,
  search: string,
  language?: string | null,
): FullTextMatch {
  const configs = language
    ? [TS_CONFIGS[language] ?? 'simple']
    : [...new Set([...Object.values(TS_CONFIGS), 'simple'])];
  const query = configs.map((c) => `websearch_to_tsquery('${c}', :search)`).join(' || ');
  return {
    where: CJK.test(search) ? `(${vector} @@ (${query}) OR (${substringSql}) ILIKE :like)` : `${vector} @@ (${query})`,
    rank: `ts_rank(${vector}, (${query}))`,
    params: { search, like: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
  };
}
