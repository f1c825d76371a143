import { renderMarkdown } from './markdown';

/**
 * The one Markdown renderer, run by the api (bodyHtml, the digest's HTML) and by the web client
 * (the editor's live preview): these cases are the shared fixtures both rely on.
 */
describe('renderMarkdown', () => {
  it('renders the Markdown a submission uses', () => {
    expect(renderMarkdown('# Rights\n\n**Article 5** must *protect* defenders.\n\n- one\n- two')).toBe(
      '<h1>Rights</h1>\n<p><strong>Article 5</strong> must <em>protect</em> defenders.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps safe links (marked nofollow) and drops javascript: and data: URLs and images', () => {
    expect(renderMarkdown('[UN](https://www.un.org)')).toBe(
      '<p><a href="https://www.un.org" rel="nofollow noopener noreferrer">UN</a></p>\n',
    );
    // Left as plain text: never a link.
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('<a');
    expect(renderMarkdown('[x](data:text/html;base64,PHNjcmlwdD4=)')).not.toContain('<a');
    expect(renderMarkdown('![pixel](https://tracker.example/p.gif)')).not.toContain('<img');
  });

  it('renders Arabic and Chinese text unchanged', () => {
    expect(renderMarkdown('حقوق **الإنسان**')).toBe('<p>حقوق <strong>الإنسان</strong></p>\n');
    expect(renderMarkdown('国家应当尊重和保障人权。')).toBe('<p>国家应当尊重和保障人权。</p>\n');
  });
});
