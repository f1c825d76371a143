import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SubmissionEditorQuery } from './documents';

/** GOV.UK's confirmation page: the reference is the version number and the content hash. */
export function ConfirmationPage(): ReactNode {
  usePageTitle('ws.confirm.title');
  const { id = '' } = useParams();
  const { data, error } = useQuery(SubmissionEditorQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (error) return <ErrorMessage error={error} />;
  if (!data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const s = data.submission;
  return (
    <div>
      <div className="panel panel--confirmation">
        <h1>
          <FormattedMessage id="ws.confirm.title" />
        </h1>
        <p>
          <FormattedMessage id="ws.confirm.reference" />
        </p>
        <p className="panel__reference">
          <FormattedMessage id="ws.status.versionValue" values={{ version: s.currentVersion }} />
        </p>
        <p>
          <FormattedMessage id="ws.confirm.hash" />
          <br />
          <code className="hash" data-testid="content-hash">
            {s.contentHash}
          </code>
        </p>
      </div>
      <h2>
        <FormattedMessage id="ws.confirm.next" />
      </h2>
      <p>
        <FormattedMessage id="ws.confirm.nextText" />
      </p>
      <p>
        <Link to={`/workspace/submissions/${s.id}`}>
          <FormattedMessage id="ws.confirm.view" />
        </Link>
        {s.organisation && (
          <>
            {' · '}
            <Link to={`/workspace/organisations/${s.organisation.id}`}>
              <FormattedMessage id="ws.confirm.dashboard" />
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
