/**
 * Rules the api and the web client both run, written once: word counting per language, the
 * summary limit, Markdown rendering and sanitising. Framework-free (no Nest, no React, no Node
 * built-ins): the browser imports it through the web app's `@app/text` alias.
 */
export { countWords, countWordsIcu } from './word-count';
export { DEFAULT_WORD_LIMIT, SUMMARY_WORD_LIMIT, UN_LANGUAGES, type UnLanguage } from './limits';
export { MARKDOWN_SANITIZE_OPTIONS, renderMarkdown } from './markdown';
