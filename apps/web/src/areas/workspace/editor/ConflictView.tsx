import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Button } from '../../../components/forms';
import type { MessageId } from '../../../i18n/messages';
import type { DraftFields } from '../logic/tasks';
import { diffWords } from '../../../format/word-diff';

const FIELDS: (keyof Pick<DraftFields, 'title' | 'summary' | 'body'>)[] = ['title', 'summary', 'body'];

/**
 * Someone else saved a newer version while this person was writing: both texts side by side, the
 * words that differ marked (not by colour alone: struck through and underlined), and a choice.
 * Nothing is sent until they choose.
 */
export function ConflictView({
  mine,
  theirs,
  dir,
  onChoose,
}: {
  mine: DraftFields;
  theirs: DraftFields;
  dir: 'ltr' | 'rtl';
  onChoose: (keep: 'mine' | 'theirs') => void;
}): ReactNode {
  return (
    <section className="conflict" aria-labelledby="conflict-title" role="region">
      <h2 id="conflict-title">
        <FormattedMessage id="ws.conflict.title" />
      </h2>
      <p>
        <FormattedMessage id="ws.conflict.explain" />
      </p>
      <div className="conflict__columns">
        {(['theirs', 'mine'] as const).map((side) => (
          <div key={side} className="conflict__column">
            <h3>
              <FormattedMessage id={side === 'mine' ? 'ws.conflict.mine' : 'ws.conflict.theirs'} />
            </h3>
            {FIELDS.map((field) => {
              const parts = diffWords(theirs[field], mine[field], mine.language || 'en');
              return (
                <div key={field} className="conflict__field">
                  <h4>
                    <FormattedMessage id={`ws.editor.${field}` as MessageId} />
                  </h4>
                  <p dir={dir} className="conflict__text" data-side={side} data-field={field}>
                    {parts
                      .filter((p) => p.kind === 'same' || (side === 'mine' ? p.kind === 'added' : p.kind === 'removed'))
                      .map((p, i) =>
                        p.kind === 'same' ? (
                          <span key={i}>{p.text}</span>
                        ) : side === 'mine' ? (
                          <ins key={i}>{p.text}</ins>
                        ) : (
                          <del key={i}>{p.text}</del>
                        ),
                      )}
                  </p>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div className="button-group">
        <Button onPress={() => onChoose('mine')}>
          <FormattedMessage id="ws.conflict.keepMine" />
        </Button>
        <Button variant="secondary" onPress={() => onChoose('theirs')}>
          <FormattedMessage id="ws.conflict.keepTheirs" />
        </Button>
      </div>
    </section>
  );
}
