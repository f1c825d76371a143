import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** A page whose object could not be read (not found, or not public): a heading and the reason. */
export function ErrorPage({ error }: { error: unknown }): ReactNode {
  return (
    <>
      <h1>
        <FormattedMessage id="notFound.title" />
      </h1>
      <ErrorMessage error={error} />
    </>
  );
}
