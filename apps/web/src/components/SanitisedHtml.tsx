import { useScriptFonts } from '../i18n/scriptFonts';

/**
 * The one place the web client inserts HTML (WEB.md, "Security in the page"). `html` must be what
 * the server rendered and sanitised (a submission's `bodyHtml`) or what the shared sanitiser in
 * `@app/text` (`renderMarkdown`) produced in the browser — never anything else.
 */
export function SanitisedHtml({
  html,
  className,
  lang,
  dir,
}: {
  html: string;
  className?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}) {
  useScriptFonts(lang);
  return <div className={className} lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: html }} />;
}
