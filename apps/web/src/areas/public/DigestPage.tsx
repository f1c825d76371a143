import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { DigestVersions } from './parts/DigestVersions';
import { ErrorPage } from './parts/ErrorPage';

const DigestQuery = graphql(`
  query PublicDigest($id: ID!) {
    digest(id: $id) {
      id
      session {
        id
        title
      }
    }
  }
`);

/** One published digest, shown among its session's versions. */
export function Component(): ReactNode {
  const { id = '' } = useParams();
  const { data, error } = useQuery(DigestQuery, { variables: { id } });
  const d = data?.digest;
  usePageTitle('digest.pageTitle', { title: d?.session.title ?? '' });
  if (error) return <ErrorPage error={error} />;
  if (!d)
    return (
      <h1>
        <FormattedMessage id="common.loading" />
      </h1>
    );
  return (
    <>
      <h1>
        <FormattedMessage id="digest.pageTitle" values={{ title: d.session.title }} />
      </h1>
      <p>
        <Link to={`/sessions/${d.session.id}`}>
          <FormattedMessage id="digest.toSession" />
        </Link>
      </p>
      <DigestVersions sessionId={d.session.id} highlight={d.id} />
    </>
  );
}
