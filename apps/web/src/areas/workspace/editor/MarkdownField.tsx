import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Button, TextArea } from '../../../components/forms';
import { SanitisedHtml } from '../../../components/SanitisedHtml';
import type { MessageId } from '../../../i18n/messages';

type Tool = { id: string; label: MessageId; before: string; after: string; line?: boolean };

const TOOLS: Tool[] = [
  { id: 'bold', label: 'ws.md.bold', before: '**', after: '**' },
  { id: 'italic', label: 'ws.md.italic', before: '_', after: '_' },
  { id: 'heading', label: 'ws.md.heading', before: '## ', after: '', line: true },
  { id: 'list', label: 'ws.md.list', before: '- ', after: '', line: true },
  { id: 'quote', label: 'ws.md.quote', before: '> ', after: '', line: true },
  { id: 'link', label: 'ws.md.link', before: '[', after: '](https://)' },
];

type Render = (source: string) => string;

/**
 * The renderer, loaded the first time a preview is asked for: Markdown and its sanitiser are most
 * of the editor's JavaScript, and the text area is usable without them.
 */
let renderer: Promise<Render> | undefined;
function loadRenderer(): Promise<Render> {
  renderer ??= import('@app/text/markdown').then((m) => m.renderMarkdown);
  return renderer;
}

/**
 * The body: Markdown with a small toolbar (each button wraps the selection), and a live preview
 * rendered and sanitised by the same function the server uses (@app/text), in the text's direction.
 */
export function MarkdownField({
  id,
  value,
  onChange,
  dir,
  language,
  error,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  dir: 'ltr' | 'rtl';
  language: string;
  error?: string;
  describedBy?: string;
}): ReactNode {
  const intl = useIntl();
  const [preview, setPreview] = useState(false);
  const [render, setRender] = useState<{ markdown: Render } | null>(null);
  useEffect(() => {
    if (!preview || render) return;
    let current = true;
    void loadRenderer().then((markdown) => current && setRender({ markdown }));
    return () => {
      current = false;
    };
  }, [preview, render]);
  // The shared sanitiser's output: the only HTML this page inserts (WEB.md, "Security in the page").
  const html = useMemo(() => (preview && render ? render.markdown(value) : null), [preview, render, value]);

  function apply(tool: Tool): void {
    const area = document.getElementById(id) as HTMLTextAreaElement | null;
    if (!area) return;
    const start = area.selectionStart;
    const end = area.selectionEnd;
    const lineStart = tool.line ? value.lastIndexOf('\n', start - 1) + 1 : start;
    const from = tool.line ? lineStart : start;
    const selected = value.slice(from, end);
    const next = value.slice(0, from) + tool.before + selected + tool.after + value.slice(end);
    onChange(next);
    window.requestAnimationFrame(() => {
      area.focus();
      const caret = from + tool.before.length + selected.length;
      area.setSelectionRange(caret, caret);
    });
  }

  return (
    <div className="markdown-field">
      <div
        className="markdown-field__toolbar"
        role="toolbar"
        aria-label={intl.formatMessage({ id: 'ws.md.toolbar' })}
        aria-controls={preview ? undefined : id}
      >
        {TOOLS.map((tool) => (
          <Button key={tool.id} variant="secondary" onPress={() => apply(tool)} isDisabled={preview}>
            <FormattedMessage id={tool.label} />
          </Button>
        ))}
        <Button variant="secondary" onPress={() => setPreview((p) => !p)} aria-pressed={preview}>
          <FormattedMessage id={preview ? 'ws.md.edit' : 'ws.md.preview'} />
        </Button>
      </div>
      {preview ? (
        <section className="markdown-field__preview" aria-label={intl.formatMessage({ id: 'ws.md.previewLabel' })}>
          {html === null ? (
            <p role="status">
              <FormattedMessage id="common.loading" />
            </p>
          ) : (
            <SanitisedHtml className="prose" dir={dir} lang={language} html={html} />
          )}
        </section>
      ) : (
        <TextArea
          id={id}
          label={<FormattedMessage id="ws.editor.body" />}
          hint={
            <span id={describedBy ? undefined : `${id}-hint`}>
              <FormattedMessage id="ws.editor.bodyHint" />
            </span>
          }
          value={value}
          onChange={onChange}
          rows={16}
          dir={dir}
          error={error}
        />
      )}
    </div>
  );
}
