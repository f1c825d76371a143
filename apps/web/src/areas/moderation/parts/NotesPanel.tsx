import { useState, type ReactNode, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { dateTime } from './format';
import { Refusal } from './Refusal';

/**
 * Internal notes (n): for moderators and staff only, never shown to the submitter. Notes carry
 * their author's id only; the desk says "you" or "a colleague".
 */
export function NotesPanel({
  notes,
  myId,
  busy,
  error,
  textRef,
  onAdd,
}: {
  notes: { id: string; body: string; authorId: string | null; createdAt: string }[];
  myId: string;
  busy: boolean;
  error: unknown;
  textRef: RefObject<HTMLTextAreaElement | null>;
  onAdd: (body: string) => Promise<boolean>;
}): ReactNode {
  const intl = useIntl();
  const [body, setBody] = useState('');
  const add = async () => {
    if (await onAdd(body)) setBody('');
  };
  return (
    <section className="panel notes" aria-labelledby="notes-title">
      <h2 id="notes-title" className="panel__title">
        <FormattedMessage id="mod.notes.title" />
      </h2>
      <p className="field__hint">
        <FormattedMessage id="mod.notes.intro" />
      </p>
      {notes.length === 0 ? (
        <p>
          <FormattedMessage id="mod.notes.none" />
        </p>
      ) : (
        <ul className="notes__list">
          {notes.map((n) => (
            <li key={n.id} className="note">
              <p className="note__meta">
                <FormattedMessage
                  id={n.authorId === myId ? 'mod.notes.byYou' : 'mod.notes.byColleague'}
                  values={{ date: dateTime(intl, n.createdAt) }}
                />
              </p>
              <p className="note__body" dir="auto">
                {n.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label className="field">
          <span className="field__label">
            <FormattedMessage id="mod.notes.add" />
          </span>
          <textarea
            ref={textRef}
            id="note-body"
            className="field__input"
            rows={3}
            dir="auto"
            value={body}
            aria-keyshortcuts="n"
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void add();
              }
            }}
          />
        </label>
        <button type="submit" className="button button--secondary" disabled={busy || !body.trim()}>
          <FormattedMessage id="mod.notes.save" />
        </button>
      </form>
      {error ? <Refusal error={error} /> : null}
    </section>
  );
}
