import { lazy, Suspense, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SanitisedHtml } from '../../components/SanitisedHtml';
import { EventTimes } from './parts/EventTimes';
import { idOf, languageName } from './parts/labels';

const EventQuery = graphql(`
  query ProgrammeEventPage($id: ID!) {
    event(id: $id) {
      id
      type
      title
      descriptionHtml
      startsAt
      endsAt
      timeZone
      format
      venue
      hasOnlineLink
      onlineLink
      languages
      interpretation
      capacity
      placesLeft
      registrationMode
      registrationDeadline
      acceptingRegistrations
      chathamHouse
      status
      cancellationReason
      icsPath
      session {
        id
        title
      }
      modules {
        id
        title
        summary
      }
      outcome {
        keyMessagesHtml
        speakers
        tags {
          id
          label
        }
        provisions {
          id
          kind
          chapterNumber
          articleNumber
          title
        }
      }
      myRegistration {
        id
        status
        waitlistPosition
      }
    }
  }
`);

/** Only people with an account load the registration part and its messages (not the public's first load). */
const EventParticipation = lazy(() => import('./participant/EventParticipation'));
/** The balance figures come after the rest of the page (below the fold, their own query). */
const EventBalance = lazy(() => import('./parts/EventBalance'));

/**
 * One event: what, when (reader's zone and the event's), where, languages, the Chatham House Rule,
 * the outcome once recorded, the public balance figures; and for a logged-in person, registration
 * and their own place (with the online link once it is confirmed).
 */
export function Component(): ReactNode {
  const { id = '' } = useParams();
  const intl = useIntl();
  const location = useLocation();
  const sessionState = useSession();
  const { data, error, refetch } = useQuery(EventQuery, { variables: { id } });
  const e = data?.event;
  usePageTitle('prog.event.pageTitle', { title: e?.title ?? '' });
  if (error)
    return (
      <>
        <h1>
          <FormattedMessage id="prog.event.notFound" />
        </h1>
        <ErrorMessage error={error} />
      </>
    );
  if (!e)
    return (
      <h1>
        <FormattedMessage id="common.loading" />
      </h1>
    );
  const date = (iso: string): string => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <article className="programme__page">
      <p className="card__meta">
        <FormattedMessage id={idOf('prog.type', e.type)} />
        {e.session && (
          <>
            {' · '}
            <Link to={`/programme?session=${e.session.id}`}>{e.session.title}</Link>
          </>
        )}
      </p>
      <h1 dir="auto">{e.title}</h1>
      {e.status === 'CANCELLED' && (
        <div className="notice notice--error">
          <p>
            <FormattedMessage id="prog.event.cancelled" />
            {e.cancellationReason && <> — {e.cancellationReason}</>}
          </p>
        </div>
      )}
      {e.chathamHouse && (
        <p className="notice">
          <FormattedMessage id="prog.event.chathamHouse" />
        </p>
      )}
      <dl className="facts">
        <dt>
          <FormattedMessage id="prog.event.when" />
        </dt>
        <dd>
          <EventTimes startsAt={e.startsAt} endsAt={e.endsAt} zone={e.timeZone} />
        </dd>
        <dt>
          <FormattedMessage id="prog.event.where" />
        </dt>
        <dd>
          <FormattedMessage id={idOf('prog.format', e.format)} />
          {e.venue && (
            <>
              {' '}
              — <span dir="auto">{e.venue}</span>
            </>
          )}
        </dd>
        <dt>
          <FormattedMessage id="prog.event.languages" />
        </dt>
        <dd>
          {e.languages.map((l) => languageName(intl, l)).join(', ')}
          {e.interpretation.length > 0 && (
            <>
              {' '}
              <FormattedMessage
                id="prog.event.interpretation"
                values={{ languages: e.interpretation.map((l) => languageName(intl, l)).join(', ') }}
              />
            </>
          )}
        </dd>
        <dt>
          <FormattedMessage id="prog.event.registration" />
        </dt>
        <dd>
          <FormattedMessage id={idOf('prog.mode', e.registrationMode)} />
          {e.registrationDeadline && (
            <>
              {' — '}
              <FormattedMessage id="prog.event.deadline" values={{ date: date(e.registrationDeadline) }} />
            </>
          )}
          {e.capacity !== null && e.capacity !== undefined && (
            <>
              {' — '}
              <FormattedMessage
                id="prog.event.placesLeftOf"
                values={{ left: e.placesLeft ?? 0, capacity: e.capacity }}
              />
            </>
          )}
        </dd>
      </dl>
      <p>
        <a href={e.icsPath}>
          <FormattedMessage id="prog.event.addToCalendar" />
        </a>
      </p>
      <SanitisedHtml html={e.descriptionHtml} className="programme__description" />
      {e.modules.length > 0 && (
        <section aria-labelledby="modules-heading">
          <h2 id="modules-heading">
            <FormattedMessage id="prog.event.modules" />
          </h2>
          <ul className="plain-list">
            {e.modules.map((m) => (
              <li key={m.id}>
                <strong dir="auto">{m.title}</strong> — <span dir="auto">{m.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="place-heading" className="programme__place">
        <h2 id="place-heading">
          <FormattedMessage id="prog.event.yourPlace" />
        </h2>
        {sessionState.status === 'authenticated' ? (
          <Suspense
            fallback={
              <p>
                <FormattedMessage id="common.loading" />
              </p>
            }
          >
            <EventParticipation event={e} onChange={() => void refetch()} />
          </Suspense>
        ) : (
          <p>
            <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>
              <FormattedMessage id="prog.event.logInToRegister" />
            </Link>
          </p>
        )}
      </section>

      {e.outcome && (
        <section aria-labelledby="outcome-heading" className="programme__outcome">
          <h2 id="outcome-heading">
            <FormattedMessage id="prog.outcome.title" />
          </h2>
          <SanitisedHtml html={e.outcome.keyMessagesHtml} />
          {e.outcome.speakers.length > 0 && (
            <p>
              <FormattedMessage id="prog.outcome.speakers" values={{ names: e.outcome.speakers.join(', ') }} />
            </p>
          )}
          {e.outcome.tags.length > 0 && (
            <ul className="tag-list" aria-label={intl.formatMessage({ id: 'prog.outcome.tags' })}>
              {e.outcome.tags.map((t) => (
                <li key={t.id}>{t.label}</li>
              ))}
            </ul>
          )}
          {e.outcome.provisions.length > 0 && (
            <p>
              <FormattedMessage id="prog.outcome.provisions" />{' '}
              {e.outcome.provisions.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <Link to={`/provisions/${p.id}`}>
                    {p.kind === 'ARTICLE'
                      ? intl.formatMessage(
                          { id: 'provision.article' },
                          { number: p.articleNumber ?? 0, title: p.title },
                        )
                      : intl.formatMessage({ id: 'provision.chapter' }, { number: p.chapterNumber, title: p.title })}
                  </Link>
                </span>
              ))}
            </p>
          )}
        </section>
      )}

      <Suspense fallback={null}>
        <EventBalance key={e.myRegistration?.status ?? 'none'} eventId={e.id} />
      </Suspense>
    </article>
  );
}
