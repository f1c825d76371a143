import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { describeError } from '../../../api/errors';
import type { MessageId } from '../../../i18n/messages';

/**
 * Any refused action: the error mapping's sentence in the interface language, then the server's
 * own reason (written in English by the api: "Plenary must keep at least one STAFF user") so
 * nothing the server said is lost. `known` replaces the general sentence where the page knows
 * what a code means here (e.g. CONFLICT on revoking STAFF: the last one).
 */
export function Refusal({ error, known }: { error: unknown; known?: Partial<Record<string, MessageId>> }): ReactNode {
  if (!error) return null;
  const d = describeError(error);
  const id = known?.[d.kind] ?? d.messageId;
  const reason = d.serverMessage && (d.kind === 'CONFLICT' || d.kind === 'BAD_USER_INPUT') ? d.serverMessage : null;
  return (
    <div className="notice notice--error" role="alert" data-kind={d.kind}>
      <p>
        <FormattedMessage id={id} values={d.values} />
      </p>
      {reason && (
        <p className="refusal__reason">
          <FormattedMessage id="staff.refusal.server" />{' '}
          <q lang="en" dir="ltr">
            {reason}
          </q>
        </p>
      )}
    </div>
  );
}
