import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AutosaveState } from '../logic/autosave';

/** Where the text is now, in words: saved (version n, at …), saving, kept in this browser, conflict. */
export function SaveStatus({ state }: { state: AutosaveState<unknown> }): ReactNode {
  const intl = useIntl();
  const at = state.savedAt ? intl.formatTime(new Date(state.savedAt), { timeStyle: 'short' }) : null;
  return (
    <p className={`save-status save-status--${state.status}`} data-status={state.status} role="status">
      {state.status === 'saved' && (
        <FormattedMessage id="ws.save.saved" values={{ version: state.version, at: at ?? '' }} />
      )}
      {state.status === 'idle' &&
        (state.version > 0 ? (
          <FormattedMessage id="ws.save.upToDate" values={{ version: state.version }} />
        ) : (
          <FormattedMessage id="ws.save.notYet" />
        ))}
      {state.status === 'dirty' &&
        (state.blocked ? <FormattedMessage id="ws.save.blocked" /> : <FormattedMessage id="ws.save.dirty" />)}
      {state.status === 'saving' && <FormattedMessage id="ws.save.saving" />}
      {state.status === 'offline' && <FormattedMessage id="ws.save.offline" />}
      {state.status === 'conflict' && <FormattedMessage id="ws.save.conflict" />}
    </p>
  );
}
