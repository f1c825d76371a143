import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the Markdown is escaped, not passed through; links get markdown-it's URL checks.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** The sanitiser's allow-list, for code that sanitises HTML it did not render itself. */
export const MARKDOWN_SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    's',
    'code',
    'pre',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'], th: ['align'], td: ['align'] },
  // No javascript:, data:, vbscript: or relative-protocol tricks; no images (tracking pixels).
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }) },
};

/**
 * The only way submission Markdown becomes HTML: rendered without raw HTML, then sanitised — no
 * script, no event handlers, no javascript: or data: URLs.
 */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), {
    ...MARKDOWN_SANITIZE_OPTIONS,
    allowedAttributes: { ...MARKDOWN_SANITIZE_OPTIONS.allowedAttributes, a: ['href', 'title', 'rel'] },
  });
}
