import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EventFilter, ProgrammeEventType, Region } from '../../gql/graphql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EventTimes } from './parts/EventTimes';
import { EVENT_TYPES, idOf, readerZone, REGIONS } from './parts/labels';

const PAGE = 50;

const CalendarQuery = graphql(`
  query ProgrammeCalendar($filter: EventFilter, $first: Int, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          type
          title
          startsAt
          endsAt
          timeZone
          format
          regions
          status
          capacity
          placesLeft
          acceptingRegistrations
          chathamHouse
          session {
            id
            title
          }
          outcome {
            eventId
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SessionsQuery = graphql(`
  query ProgrammeSessionChoices {
    negotiationSessions(first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/**
 * The public programme: trainings, side meetings, regional meetings and the outreach forum, by day
 * in the reader's time zone, filtered by negotiation session, region and kind (every filter in the
 * URL). A session's calendar can be subscribed to as iCalendar.
 */
export function Component(): ReactNode {
  const intl = useIntl();
  usePageTitle('prog.calendar.title');
  const [params, setParams] = useSearchParams();
  const when = params.get('when') ?? 'upcoming';
  const sessionId = params.get('session');
  const filter: EventFilter = {
    ...(sessionId ? { sessionId } : {}),
    ...(params.get('region') ? { region: params.get('region') as Region } : {}),
    ...(params.get('type') ? { type: params.get('type') as ProgrammeEventType } : {}),
    // A day's start, so the page does not refetch every render.
    ...(when === 'upcoming' ? { from: new Date(new Date().setHours(0, 0, 0, 0)).toISOString() } : {}),
    ...(when === 'past' ? { to: new Date(new Date().setHours(0, 0, 0, 0)).toISOString() } : {}),
  };
  const { data, error, loading, fetchMore } = useQuery(CalendarQuery, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const sessions = useQuery(SessionsQuery);
  const choose = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const events = data?.events.edges.map((e) => e.node) ?? [];
  const zone = readerZone();
  const days = new Map<string, typeof events>();
  for (const e of events) {
    const day = intl.formatDate(e.startsAt, { dateStyle: 'full', timeZone: zone });
    days.set(day, [...(days.get(day) ?? []), e]);
  }
  const select = (id: string, label: string, key: string, options: [string, string][], all = true): ReactNode => (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={params.get(key) ?? (all ? '' : options[0][0])}
        onChange={(e) => choose(key, e.target.value)}
      >
        {all && <option value="">{intl.formatMessage({ id: 'prog.filter.all' })}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <h1>
        <FormattedMessage id="prog.calendar.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="prog.calendar.intro" />
      </p>
      <p>
        <FormattedMessage id="prog.calendar.zone" values={{ zone }} />{' '}
        <Link to="/publications">
          <FormattedMessage id="prog.calendar.publications" />
        </Link>
      </p>
      <form className="filters programme__filters" onSubmit={(e) => e.preventDefault()}>
        {select(
          'prog-filter-when',
          intl.formatMessage({ id: 'prog.filter.when' }),
          'when',
          (['upcoming', 'past', 'all'] as const).map((w) => [
            w,
            intl.formatMessage({ id: idOf('prog.filter.when', w) }),
          ]),
          false,
        )}
        {select(
          'prog-filter-session',
          intl.formatMessage({ id: 'prog.filter.session' }),
          'session',
          (sessions.data?.negotiationSessions.edges ?? []).map(({ node }) => [node.id, node.title]),
        )}
        {select(
          'prog-filter-region',
          intl.formatMessage({ id: 'prog.filter.region' }),
          'region',
          REGIONS.map((r) => [r, intl.formatMessage({ id: idOf('region', r) })]),
        )}
        {select(
          'prog-filter-type',
          intl.formatMessage({ id: 'prog.filter.type' }),
          'type',
          EVENT_TYPES.map((t) => [t, intl.formatMessage({ id: idOf('prog.type', t) })]),
        )}
      </form>
      {sessionId && (
        <p>
          <a href={`/calendar/sessions/${sessionId}.ics`}>
            <FormattedMessage id="prog.calendar.subscribe" />
          </a>
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {!loading && !error && events.length === 0 && (
        <p>
          <FormattedMessage id="prog.calendar.none" />
        </p>
      )}
      {[...days.entries()].map(([day, list]) => (
        <section key={day} aria-label={day}>
          <h2 className="programme__day">{day}</h2>
          <ul className="card-list">
            {list.map((e) => (
              <li key={e.id} className="card programme__event">
                <Link to={`/programme/events/${e.id}`} className="card__title" dir="auto">
                  {e.title}
                </Link>
                <span className="card__meta">
                  <FormattedMessage id={idOf('prog.type', e.type)} /> ·{' '}
                  <FormattedMessage id={idOf('prog.format', e.format)} />
                  {e.session && <> · {e.session.title}</>}
                  {e.regions.length > 0 && (
                    <> · {e.regions.map((r) => intl.formatMessage({ id: idOf('region', r) })).join(', ')}</>
                  )}
                </span>
                <span className="card__meta">
                  <EventTimes startsAt={e.startsAt} endsAt={e.endsAt} zone={e.timeZone} />
                </span>
                <span className="card__meta">
                  {e.status === 'CANCELLED' ? (
                    <strong>
                      <FormattedMessage id="prog.event.cancelled" />
                    </strong>
                  ) : e.acceptingRegistrations ? (
                    e.placesLeft === null || e.placesLeft === undefined ? (
                      <FormattedMessage id="prog.event.open" />
                    ) : (
                      <FormattedMessage id="prog.event.placesLeft" values={{ count: e.placesLeft }} />
                    )
                  ) : (
                    <FormattedMessage id="prog.event.registrationClosed" />
                  )}
                  {e.chathamHouse && (
                    <>
                      {' · '}
                      <FormattedMessage id="prog.event.chathamHouseShort" />
                    </>
                  )}
                  {e.outcome && (
                    <>
                      {' · '}
                      <FormattedMessage id="prog.event.hasOutcome" />
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {data?.events.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: data.events.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </button>
      )}
    </>
  );
}
