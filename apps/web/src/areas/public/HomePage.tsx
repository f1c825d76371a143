import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Deadline } from '../../format/Deadline';
import type { MessageId } from '../../i18n/messages';

/**
 * The model page: one query per independent part (each shows its own loading and error state),
 * typed documents from graphql(), every text from the catalogue, dates through react-intl.
 */
const HomeQuery = graphql(`
  query Home {
    openRounds: consultationRounds(first: 50, filter: { status: OPEN }) {
      edges {
        node {
          id
          title
          region
          closesAt
          session {
            id
            title
          }
        }
      }
    }
    negotiationSessions(first: 5) {
      edges {
        node {
          id
          title
          location
          startsAt
          endsAt
        }
      }
    }
  }
`);

const SessionDigestsQuery = graphql(`
  query SessionDigests($sessionId: ID!) {
    digests(sessionId: $sessionId, edition: PUBLIC) {
      id
      status
      version
      submissionCount
      publishedAt
    }
  }
`);

export function Component(): ReactNode {
  usePageTitle('home.title');
  const intl = useIntl();
  const { data, error, loading } = useQuery(HomeQuery);

  const byRegion = new Map<string, NonNullable<typeof data>['openRounds']['edges'][number]['node'][]>();
  for (const { node } of data?.openRounds.edges ?? [])
    byRegion.set(node.region, [...(byRegion.get(node.region) ?? []), node]);
  const sessions = data?.negotiationSessions.edges.map((e) => e.node) ?? [];
  const date = (iso: string): string => intl.formatDate(iso, { dateStyle: 'medium' });

  return (
    <>
      <h1>
        <FormattedMessage id="home.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="home.intro" />
      </p>
      {error && <ErrorMessage error={error} />}
      {loading && (
        <p>
          <FormattedMessage id="common.loading" />
        </p>
      )}

      <section aria-labelledby="open-rounds">
        <h2 id="open-rounds">
          <FormattedMessage id="home.openRounds" />
        </h2>
        {data && byRegion.size === 0 && (
          <p>
            <FormattedMessage id="home.noOpenRounds" />
          </p>
        )}
        {[...byRegion].map(([region, rounds]) => (
          <div key={region} className="region-group">
            <h3>
              <FormattedMessage id={`region.${region}` as MessageId} />
            </h3>
            <ul className="card-list">
              {rounds.map((r) => (
                <li key={r.id} className="card">
                  <a href={`/rounds/${r.id}`} className="card__title">
                    {r.title}
                  </a>
                  <span className="card__meta">{r.session.title}</span>
                  <Deadline at={r.closesAt} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="sessions">
        <h2 id="sessions">
          <FormattedMessage id="home.sessions" />
        </h2>
        {data && sessions.length === 0 && (
          <p>
            <FormattedMessage id="home.noSessions" />
          </p>
        )}
        <ul className="card-list">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <a href={`/sessions/${s.id}`} className="card__title">
                {s.title}
              </a>
              <span className="card__meta">
                <FormattedMessage
                  id="home.sessionDates"
                  values={{ start: date(s.startsAt), end: date(s.endsAt), location: s.location }}
                />
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="digests" className="digests">
        <h2 id="digests">
          <FormattedMessage id="home.digests" />
        </h2>
        {data && (
          <>
            <ul className="plain-list">
              {sessions.map((s) => (
                <SessionDigests key={s.id} sessionId={s.id} sessionTitle={s.title} />
              ))}
            </ul>
            {/* Hidden by CSS (.digests:has(li)) once any session lists a digest. */}
            <p className="digests__none">
              <FormattedMessage id="home.noDigests" />
            </p>
          </>
        )}
      </section>
    </>
  );
}

/** The published digests of one session (the api lists digests per session). */
function SessionDigests({ sessionId, sessionTitle }: { sessionId: string; sessionTitle: string }): ReactNode {
  const intl = useIntl();
  const { data } = useQuery(SessionDigestsQuery, { variables: { sessionId } });
  const published = (data?.digests ?? []).filter((d) => d.publishedAt).slice(0, 1);
  return published.map((d) => (
    <li key={d.id}>
      <a href={`/digests/${d.id}`}>
        <FormattedMessage
          id="home.digestItem"
          values={{
            session: sessionTitle,
            version: d.version ?? 1,
            count: d.submissionCount ?? 0,
            date: intl.formatDate(d.publishedAt!, { dateStyle: 'medium' }),
          }}
        />
      </a>
    </li>
  ));
}
