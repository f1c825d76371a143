import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { idOf } from './labels';

const REASONS = new Set([
  'EVENT_CANCELLED',
  'EVENT_STARTED',
  'EVENT_NOT_STARTED',
  'REGISTRATION_CLOSED',
  'REGISTRATION_DEADLINE_PASSED',
  'INVITATION_REQUIRED',
  'ALREADY_REGISTERED',
  'NOT_A_MEMBER',
  'CONSENT_REQUIRED',
  'REGISTRATION_CANCELLED',
  'NOT_CONFIRMED',
  'NOT_ATTENDED',
  'REVIEW_INCOMPLETE',
  'CHATHAM_HOUSE',
  'CAPACITY_BELOW_CONFIRMED',
  'ALREADY_PUBLISHED',
]);

/** The programme's reason for a refusal (extensions.reason), in the reader's language. */
export function reasonOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' && REASONS.has(reason) ? reason : null;
}

/** A refusal said exactly ("the deadline has passed"), or the general sentence for its code. */
export function Refusal({ error }: { error: unknown }): ReactNode {
  const reason = reasonOf(error);
  if (!reason) return <ErrorMessage error={error} />;
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <FormattedMessage id={idOf('prog.refusal', reason)} />
      </p>
    </div>
  );
}
