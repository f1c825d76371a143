import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorPage } from './parts/ErrorPage';
import type { MessageId } from '../../i18n/messages';
import { languageName, SubmissionList } from './parts/SubmissionList';
import { ZonedDate } from './parts/ZonedDate';

const RoundQuery = graphql(`
  query PublicRound($id: ID!) {
    consultationRound(id: $id) {
      id
      title
      description
      region
      status
      opensAt
      closesAt
      timeZone
      languages
      wordLimit
      guidingQuestions
      acceptingSubmissions
      session {
        id
        title
      }
    }
  }
`);

/** A consultation round: what it asks, when, in which languages, and what has been approved so far. */
export function Component(): ReactNode {
  const { id = '' } = useParams();
  const { data, error } = useQuery(RoundQuery, { variables: { id } });
  const round = data?.consultationRound;
  usePageTitle('round.pageTitle', { title: round?.title ?? '' });
  if (error) return <ErrorPage error={error} />;
  // The approved submissions are asked for with the round (their query needs only the id), not
  // after it: on a slow connection that is one round trip less before the page has its content.
  return (
    <>
      {round ? (
        <RoundFacts round={round} />
      ) : (
        <h1>
          <FormattedMessage id="common.loading" />
        </h1>
      )}
      <SubmissionList base={{ roundId: id }} showRegion={false} />
    </>
  );
}

type Round = NonNullable<ResultOf<typeof RoundQuery>['consultationRound']>;

function RoundFacts({ round }: { round: Round }): ReactNode {
  const intl = useIntl();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/sessions/${round.session.id}`}>{round.session.title}</Link>
      </p>
      <h1>{round.title}</h1>
      <p className="lede">{round.description}</p>
      <dl className="facts">
        <dt>
          <FormattedMessage id="round.region" />
        </dt>
        <dd>
          <FormattedMessage id={`region.${round.region}` as MessageId} />
        </dd>
        <dt>
          <FormattedMessage id="round.status" />
        </dt>
        <dd>
          <FormattedMessage id={`roundStatus.${round.status}` as MessageId} />
        </dd>
        <dt>
          <FormattedMessage id="round.opens" />
        </dt>
        <dd>
          <ZonedDate at={round.opensAt} zone={round.timeZone} />
        </dd>
        <dt>
          <FormattedMessage id="round.closes" />
        </dt>
        <dd>
          <ZonedDate at={round.closesAt} zone={round.timeZone} countdown />
        </dd>
        <dt>
          <FormattedMessage id="round.languages" />
        </dt>
        <dd>{round.languages.map((l) => languageName(intl, l)).join(', ')}</dd>
        <dt>
          <FormattedMessage id="round.wordLimit" />
        </dt>
        <dd>
          <FormattedMessage id="round.words" values={{ count: round.wordLimit }} />
        </dd>
      </dl>
      {round.acceptingSubmissions && (
        <p className="notice">
          <FormattedMessage id="round.howToTakePart" />{' '}
          <Link to="/workspace">
            <FormattedMessage id="round.goToWorkspace" />
          </Link>
        </p>
      )}
      {round.guidingQuestions.length > 0 && (
        <section aria-labelledby="questions">
          <h2 id="questions">
            <FormattedMessage id="round.questions" />
          </h2>
          <ol>
            {round.guidingQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
