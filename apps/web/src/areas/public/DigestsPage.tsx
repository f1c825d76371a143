import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DigestVersions } from './parts/DigestVersions';

const DigestSessionsQuery = graphql(`
  query DigestSessions {
    negotiationSessions(first: 20) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** The published digests, per negotiating session (the api lists digests per session). */
export function Component(): ReactNode {
  usePageTitle('digests.title');
  const { data, error } = useQuery(DigestSessionsQuery);
  return (
    <>
      <h1>
        <FormattedMessage id="digests.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="digests.intro" />
      </p>
      {error && <ErrorMessage error={error} />}
      {(data?.negotiationSessions.edges ?? []).map(({ node: s }) => (
        <section key={s.id} aria-labelledby={`session-${s.id}`}>
          <h2 id={`session-${s.id}`}>
            <Link to={`/sessions/${s.id}`}>{s.title}</Link>
          </h2>
          <DigestVersions sessionId={s.id} />
        </section>
      ))}
    </>
  );
}
