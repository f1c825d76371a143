import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { describeError } from '../api/errors';

/** Shows any api error as the sentence the error mapping gives it (never a raw error message). */
export function ErrorMessage({ error }: { error: unknown }): ReactNode {
  const described = describeError(error);
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <FormattedMessage id={described.messageId} values={described.values} />
      </p>
    </div>
  );
}
