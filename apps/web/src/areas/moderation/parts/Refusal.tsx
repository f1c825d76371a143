import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { describeError } from '../../../api/errors';

/**
 * A refused action, as the desk shows it: the sentence for the error's kind, and the server's own
 * reason (its refusals are written for people: "Another moderator is working on this submission").
 * Nothing is dropped silently.
 */
export function Refusal({ error, children }: { error: unknown; children?: ReactNode }): ReactNode {
  const described = describeError(error);
  const reason = described.kind === 'INTERNAL' || described.kind === 'NETWORK' ? undefined : described.serverMessage;
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <FormattedMessage id={described.messageId} values={described.values} />
      </p>
      {reason && (
        <p className="refusal__reason">
          <FormattedMessage id="mod.refusal.reason" values={{ reason }} />
        </p>
      )}
      {described.fields.length > 0 && described.kind === 'BAD_USER_INPUT' && (
        <ul>
          {described.fields.map((f) => (
            <li key={f.field}>
              {f.field}: {f.message}
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
