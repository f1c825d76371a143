import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CreateEventInput, EventFormat, ProgrammeEventType, Region, RegistrationMode } from '../../../gql/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EventTimes } from '../parts/EventTimes';
import { EVENT_TYPES, idOf, REGIONS } from '../parts/labels';
import { zonedToIso } from '../parts/zoned';

const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
const MODES = ['OPEN', 'INVITATION_ONLY', 'CLOSED'] as const;

const StaffEventsQuery = graphql(`
  query ProgrammeStaffEvents {
    events(first: 100) {
      edges {
        node {
          id
          title
          type
          status
          startsAt
          endsAt
          timeZone
          capacity
          placesLeft
          outcome {
            eventId
          }
        }
      }
    }
    negotiationSessions(first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
    trainingModules {
      id
      title
    }
  }
`);

const CreateEventMutation = graphql(`
  mutation ProgrammeCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

/** Staff: every event (with places and outcome at a glance) and a form for a new one. */
export function StaffEventsPage(): ReactNode {
  const intl = useIntl();
  usePageTitle('prog.staff.events');
  const navigate = useNavigate();
  const { data, error } = useQuery(StaffEventsQuery, { fetchPolicy: 'cache-and-network' });
  const [create, created] = useMutation(CreateEventMutation);
  const [f, setF] = useState({
    type: 'SIDE_MEETING',
    title: '',
    description: '',
    sessionId: '',
    regions: [] as string[],
    starts: '',
    ends: '',
    timeZone: 'Europe/Vienna',
    format: 'HYBRID',
    venue: '',
    onlineUrl: '',
    languages: 'en',
    interpretation: '',
    capacity: '',
    registrationMode: 'OPEN',
    deadline: '',
    chathamHouse: false,
    moduleIds: [] as string[],
  });
  const set = (key: keyof typeof f, value: unknown): void => setF((old) => ({ ...old, [key]: value }));
  const toggle = (key: 'regions' | 'moduleIds', value: string): void =>
    setF((old) => ({
      ...old,
      [key]: old[key].includes(value) ? old[key].filter((v) => v !== value) : [...old[key], value],
    }));
  const list = (text: string): string[] =>
    text
      .split(/[\s,]+/)
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const input: CreateEventInput = {
      type: f.type as ProgrammeEventType,
      title: f.title,
      description: f.description,
      format: f.format as EventFormat,
      registrationMode: f.registrationMode as RegistrationMode,
      startsAt: zonedToIso(f.starts, f.timeZone) ?? '',
      endsAt: zonedToIso(f.ends, f.timeZone) ?? '',
      timeZone: f.timeZone,
      regions: f.regions as Region[],
      languages: list(f.languages),
      interpretation: list(f.interpretation),
      chathamHouse: f.chathamHouse,
      ...(f.sessionId ? { sessionId: f.sessionId } : {}),
      ...(f.venue.trim() ? { venue: f.venue.trim() } : {}),
      ...(f.onlineUrl.trim() ? { onlineUrl: f.onlineUrl.trim() } : {}),
      ...(f.capacity ? { capacity: Number(f.capacity) } : {}),
      ...(f.deadline ? { registrationDeadline: zonedToIso(f.deadline, f.timeZone) } : {}),
      ...(f.type === 'TRAINING' && f.moduleIds.length ? { moduleIds: f.moduleIds } : {}),
    };
    try {
      const res = await create({ variables: { input } });
      if (res.data) void navigate(`/programme/staff/events/${res.data.createEvent.id}`);
    } catch {
      document.getElementById('create-event-error')?.focus();
    }
  };

  const text = (key: keyof typeof f, label: string, type = 'text', required = false): ReactNode => (
    <div className="field">
      <label className="field__label" htmlFor={`create-event-${key}`}>
        {label}
        {!required && (
          <>
            {' '}
            <FormattedMessage id="field.optional" />
          </>
        )}
      </label>
      <input
        id={`create-event-${key}`}
        className="field__input"
        type={type}
        required={required}
        value={f[key] as string}
        onChange={(e) => set(key, e.target.value)}
      />
    </div>
  );
  const choice = (key: keyof typeof f, label: string, values: readonly string[], prefix: string): ReactNode => (
    <div className="field">
      <label className="field__label" htmlFor={`create-event-${key}`}>
        {label}
      </label>
      <select
        id={`create-event-${key}`}
        className="field__input field__select"
        value={f[key] as string}
        onChange={(e) => set(key, e.target.value)}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {intl.formatMessage({ id: idOf(prefix, v) })}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <h1>
        <FormattedMessage id="prog.staff.events" />
      </h1>
      {error && <ErrorMessage error={error} />}
      <table className="programme__table">
        <caption className="visually-hidden">
          <FormattedMessage id="prog.staff.events" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="prog.staff.event" />
            </th>
            <th scope="col">
              <FormattedMessage id="prog.event.when" />
            </th>
            <th scope="col">
              <FormattedMessage id="prog.staff.places" />
            </th>
            <th scope="col">
              <FormattedMessage id="prog.outcome.title" />
            </th>
          </tr>
        </thead>
        <tbody>
          {(data?.events.edges ?? []).map(({ node: e }) => (
            <tr key={e.id}>
              <td>
                <Link to={`/programme/staff/events/${e.id}`} dir="auto">
                  {e.title}
                </Link>{' '}
                <span className="card__meta">
                  <FormattedMessage id={idOf('prog.type', e.type)} />
                  {e.status === 'CANCELLED' && (
                    <>
                      {' · '}
                      <FormattedMessage id="prog.event.cancelled" />
                    </>
                  )}
                </span>
              </td>
              <td>
                <EventTimes startsAt={e.startsAt} endsAt={e.endsAt} zone={e.timeZone} />
              </td>
              <td>
                {e.capacity === null || e.capacity === undefined
                  ? '∞'
                  : `${e.capacity - (e.placesLeft ?? 0)} / ${e.capacity}`}
              </td>
              <td>{e.outcome ? <FormattedMessage id="prog.staff.recorded" /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <form className="programme__form" onSubmit={(e) => void submit(e)} aria-labelledby="create-event-heading">
        <h2 id="create-event-heading">
          <FormattedMessage id="prog.staff.newEvent" />
        </h2>
        <div id="create-event-error" tabIndex={-1}>
          {created.error && <ErrorMessage error={created.error} />}
        </div>
        {choice('type', intl.formatMessage({ id: 'prog.filter.type' }), EVENT_TYPES, 'prog.type')}
        {text('title', intl.formatMessage({ id: 'prog.staff.titleField' }), 'text', true)}
        <div className="field">
          <label className="field__label" htmlFor="create-event-description">
            <FormattedMessage id="prog.staff.description" /> <FormattedMessage id="field.optional" />
          </label>
          <textarea
            id="create-event-description"
            className="field__input field__input--area"
            value={f.description}
            onChange={(e) => set('description', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="create-event-sessionId">
            <FormattedMessage id="prog.filter.session" /> <FormattedMessage id="field.optional" />
          </label>
          <select
            id="create-event-sessionId"
            className="field__input field__select"
            value={f.sessionId}
            onChange={(e) => set('sessionId', e.target.value)}
          >
            <option value="">—</option>
            {(data?.negotiationSessions.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend className="field__label">
            <FormattedMessage id="prog.staff.regions" />
          </legend>
          {REGIONS.map((r) => (
            <label key={r} className="programme__check">
              <input type="checkbox" checked={f.regions.includes(r)} onChange={() => toggle('regions', r)} />{' '}
              <FormattedMessage id={idOf('region', r)} />
            </label>
          ))}
        </fieldset>
        {text('timeZone', intl.formatMessage({ id: 'prog.staff.timeZone' }), 'text', true)}
        {text('starts', intl.formatMessage({ id: 'prog.staff.starts' }), 'datetime-local', true)}
        {text('ends', intl.formatMessage({ id: 'prog.staff.ends' }), 'datetime-local', true)}
        {choice('format', intl.formatMessage({ id: 'prog.staff.format' }), FORMATS, 'prog.format')}
        {text('venue', intl.formatMessage({ id: 'prog.staff.venue' }))}
        {text('onlineUrl', intl.formatMessage({ id: 'prog.staff.onlineUrl' }), 'url')}
        {text('languages', intl.formatMessage({ id: 'prog.staff.languages' }), 'text', true)}
        {text('interpretation', intl.formatMessage({ id: 'prog.staff.interpretation' }))}
        {text('capacity', intl.formatMessage({ id: 'prog.staff.capacity' }), 'number')}
        {choice('registrationMode', intl.formatMessage({ id: 'prog.event.registration' }), MODES, 'prog.mode')}
        {text('deadline', intl.formatMessage({ id: 'prog.staff.deadline' }), 'datetime-local')}
        <label className="programme__check">
          <input type="checkbox" checked={f.chathamHouse} onChange={(e) => set('chathamHouse', e.target.checked)} />{' '}
          <FormattedMessage id="prog.staff.chathamHouse" />
        </label>
        {f.type === 'TRAINING' && (
          <fieldset className="field">
            <legend className="field__label">
              <FormattedMessage id="prog.event.modules" />
            </legend>
            {(data?.trainingModules ?? []).map((m) => (
              <label key={m.id} className="programme__check">
                <input
                  type="checkbox"
                  checked={f.moduleIds.includes(m.id)}
                  onChange={() => toggle('moduleIds', m.id)}
                />{' '}
                {m.title}
              </label>
            ))}
          </fieldset>
        )}
        <p>
          <button type="submit" className="button button--primary" disabled={created.loading}>
            <FormattedMessage id="prog.staff.create" />
          </button>
        </p>
      </form>
    </>
  );
}
