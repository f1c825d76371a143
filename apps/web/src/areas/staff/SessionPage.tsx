import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { describeError } from '../../api/errors';
import { usePageTitle } from '../../app/usePageTitle';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';
import type { StaffSessionQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import {
  CloseRoundMutation,
  ScheduleRoundMutation,
  StaffSessionQuery as SessionQuery,
  UpdateSessionMutation,
} from './documents';
import { Confirm } from './parts/Confirm';
import { DateField, dayToIso, isoToDay } from './parts/DateField';
import { Refusal } from './parts/Refusal';
import { Timeline } from './parts/Timeline';
import { ZonedDateTime } from './parts/ZonedDateTime';

type Session = StaffSessionQuery['negotiationSession'];
type Round = StaffSessionQuery['consultationRounds']['edges'][number]['node'];

const REGION_ORDER = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'];

/** /staff/sessions/:id — a session: its details (editable), its rounds per region on a timeline, and each round's actions. */
export function SessionPage(): ReactNode {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data, error, refetch } = useQuery(SessionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle('staff.session.pageTitle', { title: data?.negotiationSession.title ?? '' });
  if (error && !data) return <ErrorMessage error={error} />;
  if (!data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const session = data.negotiationSession;
  const rounds = data.consultationRounds.edges
    .map((e) => e.node)
    .sort(
      (a, b) => REGION_ORDER.indexOf(a.region) - REGION_ORDER.indexOf(b.region) || a.opensAt.localeCompare(b.opensAt),
    );
  return (
    <div>
      <p className="breadcrumbs">
        <Link to="/staff/sessions">
          <FormattedMessage id="staff.sessions.title" />
        </Link>
      </p>
      <h1>{session.title}</h1>
      {params.get('created') && (
        <p className="notice notice--success" role="status">
          <FormattedMessage id="staff.session.created" />
        </p>
      )}
      <SessionDetails session={session} />
      <section aria-labelledby="h-rounds">
        <h2 id="h-rounds">
          <FormattedMessage id="staff.session.rounds" />
        </h2>
        {rounds.length > 0 && <Timeline rounds={rounds} session={session} />}
        <Rounds rounds={rounds} onChanged={() => void refetch()} />
        <p>
          <Link className="button button--secondary" to={`/staff/sessions/${session.id}/rounds/new`}>
            <FormattedMessage id="staff.session.newRound" />
          </Link>{' '}
          <Link to={`/staff/digests/${session.id}`}>
            <FormattedMessage id="staff.session.digests" />
          </Link>
        </p>
      </section>
    </div>
  );
}

function SessionDetails({ session }: { session: Session }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(session.title);
  const [processName, setProcessName] = useState(session.processName);
  const [location, setLocation] = useState(session.location);
  const [startsAt, setStartsAt] = useState(isoToDay(session.startsAt));
  const [endsAt, setEndsAt] = useState(isoToDay(session.endsAt));
  const [base, setBase] = useState(session.version);
  const [update, state] = useMutation(UpdateSessionMutation);
  const errors = useFieldErrors(
    state.error,
    ['title', 'processName', 'location', 'startsAt', 'endsAt'],
    'edit-session-',
  );
  const conflict = state.error && describeError(state.error).kind === 'CONFLICT';
  const day = (iso: string) => intl.formatDate(iso, { dateStyle: 'long', timeZone: 'UTC' });

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const res = await update({
      variables: {
        input: {
          id: session.id,
          expectedVersion: base,
          title,
          processName,
          location,
          startsAt: dayToIso(startsAt) ?? session.startsAt,
          endsAt: dayToIso(endsAt) ?? session.endsAt,
        },
      },
    }).catch(() => null);
    if (res?.data) {
      setBase(res.data.updateNegotiationSession.version);
      setEditing(false);
      announce(intl.formatMessage({ id: 'staff.saved' }));
    }
  }

  if (!editing)
    return (
      <section aria-labelledby="h-session-details">
        <h2 id="h-session-details" className="visually-hidden">
          <FormattedMessage id="staff.session.details" />
        </h2>
        <dl className="facts">
          <dt>
            <FormattedMessage id="staff.sessions.process" />
          </dt>
          <dd>{session.processName}</dd>
          <dt>
            <FormattedMessage id="staff.sessions.location" />
          </dt>
          <dd>{session.location}</dd>
          <dt>
            <FormattedMessage id="staff.sessions.dates" />
          </dt>
          <dd>
            <FormattedMessage
              id="staff.sessions.range"
              values={{ start: day(session.startsAt), end: day(session.endsAt) }}
            />
          </dd>
        </dl>
        <Button variant="secondary" onPress={() => setEditing(true)}>
          <FormattedMessage id="staff.session.edit" />
        </Button>
      </section>
    );
  return (
    <section aria-labelledby="h-session-edit" className="panel">
      <h2 id="h-session-edit">
        <FormattedMessage id="staff.session.edit" />
      </h2>
      {conflict ? (
        <div className="notice notice--error" role="alert">
          <p>
            <FormattedMessage id="staff.conflict.session" />
          </p>
          <Button
            variant="secondary"
            onPress={() => {
              // Keep what the staff member typed; saving again replaces the newer version with it.
              setBase(session.version);
              state.reset();
            }}
          >
            <FormattedMessage id="staff.conflict.keepMine" />
          </Button>
        </div>
      ) : (
        <ErrorSummary items={errors.summary} />
      )}
      {state.error && !conflict && errors.summary.length === 0 && <Refusal error={state.error} />}
      <form onSubmit={(e) => void submit(e)} noValidate className="narrow">
        <TextField
          id="edit-session-title"
          label={<FormattedMessage id="staff.sessions.name" />}
          value={title}
          onChange={setTitle}
          error={errors.field('title')}
        />
        <TextField
          id="edit-session-processName"
          label={<FormattedMessage id="staff.sessions.process" />}
          value={processName}
          onChange={setProcessName}
          error={errors.field('processName')}
        />
        <TextField
          id="edit-session-location"
          label={<FormattedMessage id="staff.sessions.location" />}
          value={location}
          onChange={setLocation}
          error={errors.field('location')}
        />
        <DateField
          id="edit-session-startsAt"
          label={<FormattedMessage id="staff.sessions.startsAt" />}
          value={startsAt}
          onChange={setStartsAt}
          error={errors.field('startsAt')}
        />
        <DateField
          id="edit-session-endsAt"
          label={<FormattedMessage id="staff.sessions.endsAt" />}
          value={endsAt}
          onChange={setEndsAt}
          error={errors.field('endsAt')}
        />
        <div className="actions">
          <Button type="submit" isDisabled={state.loading}>
            <FormattedMessage id="staff.save" />
          </Button>
          <Button variant="secondary" onPress={() => setEditing(false)}>
            <FormattedMessage id="staff.confirm.cancel" />
          </Button>
        </div>
      </form>
    </section>
  );
}

function Rounds({ rounds, onChanged }: { rounds: Round[]; onChanged: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const [closing, setClosing] = useState<Round | null>(null);
  const [schedule, scheduling] = useMutation(ScheduleRoundMutation);
  const [close, closingState] = useMutation(CloseRoundMutation);
  if (rounds.length === 0)
    return (
      <p>
        <FormattedMessage id="staff.session.noRounds" />
      </p>
    );
  return (
    <>
      <Refusal error={scheduling.error ?? closingState.error} />
      {closing && (
        <Confirm
          id="confirm-close"
          title={<FormattedMessage id="staff.round.closeConfirmTitle" values={{ title: closing.title }} />}
          confirmLabel={<FormattedMessage id="staff.round.closeNow" />}
          busy={closingState.loading}
          onCancel={() => setClosing(null)}
          onConfirm={() =>
            void close({ variables: { id: closing.id } })
              .then(() => {
                announce(intl.formatMessage({ id: 'staff.round.closed' }, { title: closing.title }));
                setClosing(null);
                onChanged();
              })
              .catch(() => setClosing(null))
          }
        >
          <p>
            <FormattedMessage id="staff.round.closeConfirmBody" />
          </p>
        </Confirm>
      )}
      <table className="data-table">
        <caption className="visually-hidden">
          <FormattedMessage id="staff.session.rounds" />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="staff.round.region" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.round.title" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.round.status" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.round.opensAt" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.round.closesAt" />
            </th>
            <th scope="col">
              <FormattedMessage id="staff.round.actions" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id} data-round={r.id}>
              <td>
                <FormattedMessage id={`region.${r.region}` as MessageId} />
              </td>
              <td>
                <Link to={`/staff/rounds/${r.id}`}>{r.title}</Link>
              </td>
              <td>
                <span className={`status status--${r.status}`} data-status={r.status}>
                  <FormattedMessage id={`roundStatus.${r.status}` as MessageId} />
                </span>
              </td>
              <td>
                <ZonedDateTime at={r.opensAt} zone={r.timeZone} />
              </td>
              <td>
                <ZonedDateTime at={r.closesAt} zone={r.timeZone} />
                <span className="meta">
                  <FormattedMessage
                    id="staff.round.revisionsUntil"
                    values={{
                      date: intl.formatDate(r.revisionsCloseAt, { dateStyle: 'medium', timeZone: r.timeZone }),
                    }}
                  />
                </span>
              </td>
              <td className="actions-cell">
                {r.status === 'DRAFT' && (
                  <Button
                    variant="secondary"
                    isDisabled={scheduling.loading}
                    aria-label={intl.formatMessage({ id: 'staff.round.scheduleNamed' }, { title: r.title })}
                    onPress={() =>
                      void schedule({ variables: { id: r.id } })
                        .then(() => {
                          announce(intl.formatMessage({ id: 'staff.round.scheduled' }, { title: r.title }));
                          onChanged();
                        })
                        .catch(() => null)
                    }
                  >
                    <FormattedMessage id="staff.round.schedule" />
                  </Button>
                )}
                {(r.status === 'OPEN' || r.status === 'SCHEDULED') && (
                  <Button
                    variant="secondary"
                    aria-label={intl.formatMessage({ id: 'staff.round.closeNamed' }, { title: r.title })}
                    onPress={() => setClosing(r)}
                  >
                    <FormattedMessage id="staff.round.close" />
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
