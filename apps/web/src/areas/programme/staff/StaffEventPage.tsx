import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { usePageTitle } from '../../../app/usePageTitle';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { BalanceChart } from '../parts/BalanceChart';
import { EventTimes } from '../parts/EventTimes';
import { idOf } from '../parts/labels';
import { Refusal } from '../parts/Refusal';
import type { MessageId } from '../../../i18n/messages';

const StaffEventQuery = graphql(`
  query ProgrammeStaffEvent($id: ID!) {
    event(id: $id) {
      id
      title
      type
      status
      startsAt
      endsAt
      timeZone
      capacity
      placesLeft
      registrationMode
      chathamHouse
      version
      registrations(first: 100) {
        edges {
          node {
            id
            status
            needs
            genderIdentity
            genderSelfDescription
            attended
            region
            waitlistPosition
            participant {
              displayName
              email
            }
          }
        }
      }
      outcome {
        keyMessages
        tagIds
        provisionIds
        noGenderConsiderations
        noHumanRightsConsiderations
        speakers
        version
      }
    }
    eventBalance(filter: { eventId: $id }) {
      registrants {
        total {
          key
          count
          withheld
          fewerThanFive
        }
        byRegion {
          key
          count
          withheld
          fewerThanFive
        }
        byOrganisationType {
          key
          count
          withheld
          fewerThanFive
        }
        byGender {
          key
          count
          withheld
          fewerThanFive
        }
      }
      attendees {
        total {
          key
          count
          withheld
          fewerThanFive
        }
        byRegion {
          key
          count
          withheld
          fewerThanFive
        }
        byGender {
          key
          count
          withheld
          fewerThanFive
        }
      }
    }
    tags {
      id
      label
      category
    }
    treatyProvisions {
      id
      kind
      chapterNumber
      articleNumber
      title
    }
  }
`);

const MarkAttendanceMutation = graphql(`
  mutation ProgrammeMarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      id
      attended
    }
  }
`);

const InviteMutation = graphql(`
  mutation ProgrammeInvite($input: InviteToEventInput!) {
    inviteToEvent(input: $input) {
      id
      email
    }
  }
`);

const UpdateMutation = graphql(`
  mutation ProgrammeUpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      id
      version
      capacity
      registrationMode
    }
  }
`);

const CancelEventMutation = graphql(`
  mutation ProgrammeCancelEvent($input: CancelEventInput!) {
    cancelEvent(input: $input) {
      id
      status
    }
  }
`);

const OutcomeMutation = graphql(`
  mutation ProgrammeRecordOutcome($input: RecordEventOutcomeInput!) {
    recordEventOutcome(input: $input) {
      eventId
      version
    }
  }
`);

/** Staff: one event — places, invitations, attendance, balance charts and the outcome. */
export function StaffEventPage(): ReactNode {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(StaffEventQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const e = data?.event;
  usePageTitle('prog.staff.eventTitle', { title: e?.title ?? '' });
  if (error) return <ErrorMessage error={error} />;
  if (!e || !data)
    return (
      <h1>
        <FormattedMessage id="common.loading" />
      </h1>
    );
  // The forms start from what the api holds; a new key (after a change) starts them afresh.
  const key = [
    e.version,
    e.outcome?.version ?? 0,
    ...(e.registrations?.edges ?? []).map(({ node }) => `${node.id}:${node.status}:${String(node.attended)}`),
  ].join('|');
  return <StaffEvent key={key} data={data} refetch={() => void refetch()} />;
}

type StaffEventData = ResultOf<typeof StaffEventQuery>;

function StaffEvent({ data, refetch }: { data: StaffEventData; refetch: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const e = data.event;
  const [mark, marked] = useMutation(MarkAttendanceMutation);
  const [invite, invited] = useMutation(InviteMutation);
  const [update, updated] = useMutation(UpdateMutation);
  const [cancelEvent, cancelled] = useMutation(CancelEventMutation);
  const [record, recorded] = useMutation(OutcomeMutation);
  const [attendance, setAttendance] = useState<Record<string, boolean>>(() =>
    Object.fromEntries((e.registrations?.edges ?? []).map(({ node }) => [node.id, node.attended === true])),
  );
  const [emails, setEmails] = useState('');
  const [capacity, setCapacity] = useState(e.capacity === null || e.capacity === undefined ? '' : String(e.capacity));
  const [reason, setReason] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [outcome, setOutcome] = useState(() => ({
    keyMessages: e.outcome?.keyMessages ?? '',
    tagIds: e.outcome?.tagIds ?? [],
    provisionIds: e.outcome?.provisionIds ?? [],
    noGender: e.outcome?.noGenderConsiderations ?? false,
    noRights: e.outcome?.noHumanRightsConsiderations ?? false,
    speakers: (e.outcome?.speakers ?? []).join('\n'),
  }));

  const registrations = (e.registrations?.edges ?? []).map((r) => r.node);
  const confirmed = registrations.filter((r) => r.status === 'CONFIRMED');
  const waiting = registrations.filter((r) => r.status === 'WAITLISTED');
  const b = data.eventBalance;
  const done = (key: MessageId): void => {
    announce(intl.formatMessage({ id: key }));
    refetch();
  };

  const saveAttendance = async (ev: FormEvent): Promise<void> => {
    ev.preventDefault();
    await mark({
      variables: {
        input: {
          eventId: e.id,
          entries: confirmed.map((r) => ({ registrationId: r.id, attended: !!attendance[r.id] })),
        },
      },
    }).then(
      () => done('prog.staff.attendanceSaved'),
      () => undefined,
    );
  };
  const sendInvitations = async (ev: FormEvent): Promise<void> => {
    ev.preventDefault();
    const list = emails
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    await invite({ variables: { input: { eventId: e.id, emails: list } } }).then(
      () => {
        setEmails('');
        done('prog.staff.invitationsSent');
      },
      () => undefined,
    );
  };
  const saveCapacity = async (ev: FormEvent): Promise<void> => {
    ev.preventDefault();
    await update({
      variables: { input: { id: e.id, expectedVersion: e.version, capacity: capacity ? Number(capacity) : null } },
    }).then(
      () => done('prog.staff.saved'),
      () => undefined,
    );
  };
  const saveOutcome = async (ev: FormEvent): Promise<void> => {
    ev.preventDefault();
    await record({
      variables: {
        input: {
          eventId: e.id,
          ...(e.outcome ? { expectedVersion: e.outcome.version } : {}),
          keyMessages: outcome.keyMessages,
          tagIds: outcome.tagIds,
          provisionIds: outcome.provisionIds,
          noGenderConsiderations: outcome.noGender,
          noHumanRightsConsiderations: outcome.noRights,
          ...(e.chathamHouse
            ? {}
            : {
                speakers: outcome.speakers
                  .split('\n')
                  .map((s) => s.trim())
                  .filter(Boolean),
              }),
        },
      },
    }).then(
      () => done('prog.staff.outcomeSaved'),
      () => undefined,
    );
  };
  const toggleTag = (tagId: string): void =>
    setOutcome((o) => ({
      ...o,
      tagIds: o.tagIds.includes(tagId) ? o.tagIds.filter((t) => t !== tagId) : [...o.tagIds, tagId],
    }));

  return (
    <>
      <p className="card__meta">
        <Link to="/programme/staff">
          <FormattedMessage id="prog.staff.events" />
        </Link>{' '}
        ·{' '}
        <Link to={`/programme/events/${e.id}`}>
          <FormattedMessage id="prog.staff.publicPage" />
        </Link>
      </p>
      <h1 dir="auto">{e.title}</h1>
      <p>
        <FormattedMessage id={idOf('prog.type', e.type)} /> ·{' '}
        <EventTimes startsAt={e.startsAt} endsAt={e.endsAt} zone={e.timeZone} />
        {e.status === 'CANCELLED' && (
          <strong>
            {' · '}
            <FormattedMessage id="prog.event.cancelled" />
          </strong>
        )}
      </p>

      <section aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">
          <FormattedMessage
            id="prog.staff.registrations"
            values={{ confirmed: confirmed.length, waiting: waiting.length }}
          />
        </h2>
        {marked.error && <Refusal error={marked.error} />}
        <form onSubmit={(ev) => void saveAttendance(ev)}>
          <table className="programme__table">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="prog.staff.person" />
                </th>
                <th scope="col">
                  <FormattedMessage id="prog.staff.status" />
                </th>
                <th scope="col">
                  <FormattedMessage id="prog.registration.needs" />
                </th>
                <th scope="col">
                  <FormattedMessage id="prog.registration.gender" />
                </th>
                <th scope="col">
                  <FormattedMessage id="prog.staff.attended" />
                </th>
              </tr>
            </thead>
            <tbody>
              {registrations.map((r) => (
                <tr key={r.id}>
                  <td dir="auto">
                    {r.participant.displayName ?? '—'}
                    {r.participant.email && <span className="card__meta"> {r.participant.email}</span>}
                  </td>
                  <td>
                    <FormattedMessage id={idOf('prog.status', r.status)} />
                    {r.waitlistPosition ? ` (${r.waitlistPosition})` : ''}
                  </td>
                  <td dir="auto">{r.needs || '—'}</td>
                  <td>
                    {r.genderIdentity ? <FormattedMessage id={idOf('prog.gender', r.genderIdentity)} /> : '—'}
                    {r.genderSelfDescription && <> ({r.genderSelfDescription})</>}
                  </td>
                  <td>
                    {r.status === 'CONFIRMED' ? (
                      <input
                        type="checkbox"
                        aria-label={intl.formatMessage(
                          { id: 'prog.staff.attendedBy' },
                          { name: r.participant.displayName ?? '' },
                        )}
                        checked={!!attendance[r.id]}
                        onChange={(ev) => setAttendance((a) => ({ ...a, [r.id]: ev.target.checked }))}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {confirmed.length > 0 && (
            <button type="submit" className="button button--primary" disabled={marked.loading}>
              <FormattedMessage id="prog.staff.saveAttendance" />
            </button>
          )}
        </form>
      </section>

      <section aria-labelledby="balance-heading">
        <h2 id="balance-heading">
          <FormattedMessage id="prog.balance.title" />
        </h2>
        <p>
          <FormattedMessage id="prog.staff.exactNote" />
        </p>
        <div className="programme__charts">
          <BalanceChart
            title={intl.formatMessage({ id: 'prog.staff.registrantsByRegion' })}
            prefix="region"
            cells={b.registrants.byRegion}
          />
          <BalanceChart
            title={intl.formatMessage({ id: 'prog.staff.registrantsByType' })}
            prefix="orgType"
            cells={b.registrants.byOrganisationType}
          />
          <BalanceChart
            title={intl.formatMessage({ id: 'prog.staff.registrantsByGender' })}
            prefix="gender"
            cells={b.registrants.byGender}
          />
          <BalanceChart
            title={intl.formatMessage({ id: 'prog.staff.attendeesByRegion' })}
            prefix="region"
            cells={b.attendees.byRegion}
          />
          <BalanceChart
            title={intl.formatMessage({ id: 'prog.staff.attendeesByGender' })}
            prefix="gender"
            cells={b.attendees.byGender}
          />
        </div>
      </section>

      <section aria-labelledby="outcome-heading">
        <h2 id="outcome-heading">
          <FormattedMessage id="prog.outcome.title" />
        </h2>
        {recorded.error && <Refusal error={recorded.error} />}
        <form className="programme__form" onSubmit={(ev) => void saveOutcome(ev)}>
          <div className="field">
            <label className="field__label" htmlFor="outcome-key-messages">
              <FormattedMessage id="prog.staff.keyMessages" />
            </label>
            <textarea
              id="outcome-key-messages"
              className="field__input field__input--area"
              value={outcome.keyMessages}
              onChange={(ev) => setOutcome((o) => ({ ...o, keyMessages: ev.target.value }))}
            />
          </div>
          {(['GENDER', 'HUMAN_RIGHTS', 'THEME'] as const).map((category) => (
            <fieldset key={category} className="field">
              <legend className="field__label">
                <FormattedMessage id={idOf('prog.staff.tags', category)} />
              </legend>
              {data.tags
                .filter((t) => t.category === category)
                .map((t) => (
                  <label key={t.id} className="programme__check">
                    <input type="checkbox" checked={outcome.tagIds.includes(t.id)} onChange={() => toggleTag(t.id)} />{' '}
                    {t.label}
                  </label>
                ))}
              {category === 'GENDER' && (
                <label className="programme__check">
                  <input
                    type="checkbox"
                    checked={outcome.noGender}
                    onChange={(ev) => setOutcome((o) => ({ ...o, noGender: ev.target.checked }))}
                  />{' '}
                  <FormattedMessage id="prog.staff.noGender" />
                </label>
              )}
              {category === 'HUMAN_RIGHTS' && (
                <label className="programme__check">
                  <input
                    type="checkbox"
                    checked={outcome.noRights}
                    onChange={(ev) => setOutcome((o) => ({ ...o, noRights: ev.target.checked }))}
                  />{' '}
                  <FormattedMessage id="prog.staff.noRights" />
                </label>
              )}
            </fieldset>
          ))}
          <div className="field">
            <label className="field__label" htmlFor="outcome-provisions">
              <FormattedMessage id="prog.outcome.provisions" />
            </label>
            <select
              id="outcome-provisions"
              className="field__input programme__multi"
              multiple
              value={outcome.provisionIds}
              onChange={(ev) =>
                setOutcome((o) => ({ ...o, provisionIds: [...ev.target.selectedOptions].map((opt) => opt.value) }))
              }
            >
              {data.treatyProvisions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.kind === 'ARTICLE'
                    ? intl.formatMessage({ id: 'provision.article' }, { number: p.articleNumber ?? 0, title: p.title })
                    : intl.formatMessage({ id: 'provision.chapter' }, { number: p.chapterNumber, title: p.title })}
                </option>
              ))}
            </select>
          </div>
          {e.chathamHouse ? (
            <p className="notice">
              <FormattedMessage id="prog.event.chathamHouse" />
            </p>
          ) : (
            <div className="field">
              <label className="field__label" htmlFor="outcome-speakers">
                <FormattedMessage id="prog.staff.speakers" /> <FormattedMessage id="field.optional" />
              </label>
              <textarea
                id="outcome-speakers"
                className="field__input"
                value={outcome.speakers}
                onChange={(ev) => setOutcome((o) => ({ ...o, speakers: ev.target.value }))}
              />
            </div>
          )}
          <button type="submit" className="button button--primary" disabled={recorded.loading}>
            <FormattedMessage id="prog.staff.saveOutcome" />
          </button>
        </form>
      </section>

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">
          <FormattedMessage id="prog.staff.invite" />
        </h2>
        {invited.error && <Refusal error={invited.error} />}
        <form className="programme__form" onSubmit={(ev) => void sendInvitations(ev)}>
          <div className="field">
            <label className="field__label" htmlFor="invite-emails">
              <FormattedMessage id="prog.staff.inviteEmails" />
            </label>
            <textarea
              id="invite-emails"
              className="field__input"
              value={emails}
              onChange={(ev) => setEmails(ev.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary" disabled={invited.loading || !emails.trim()}>
            <FormattedMessage id="prog.staff.sendInvitations" />
          </button>
        </form>
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">
          <FormattedMessage id="prog.staff.settings" />
        </h2>
        {updated.error && <Refusal error={updated.error} />}
        <form className="filters" onSubmit={(ev) => void saveCapacity(ev)}>
          <div className="field">
            <label className="field__label" htmlFor="event-capacity">
              <FormattedMessage id="prog.staff.capacity" />
            </label>
            <input
              id="event-capacity"
              className="field__input"
              type="number"
              min={1}
              value={capacity}
              onChange={(ev) => setCapacity(ev.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary" disabled={updated.loading}>
            <FormattedMessage id="prog.staff.save" />
          </button>
        </form>
        {e.status !== 'CANCELLED' && (
          <div className="programme__danger">
            {cancelled.error && <Refusal error={cancelled.error} />}
            <div className="field">
              <label className="field__label" htmlFor="cancel-reason">
                <FormattedMessage id="prog.staff.cancelReason" /> <FormattedMessage id="field.optional" />
              </label>
              <input
                id="cancel-reason"
                className="field__input"
                value={reason}
                onChange={(ev) => setReason(ev.target.value)}
              />
            </div>
            {confirmCancel ? (
              <p role="alert">
                <FormattedMessage id="prog.staff.cancelConfirm" values={{ count: confirmed.length + waiting.length }} />{' '}
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() =>
                    void cancelEvent({
                      variables: { input: { id: e.id, ...(reason.trim() ? { reason: reason.trim() } : {}) } },
                    }).then(
                      () => done('prog.staff.cancelledDone'),
                      () => undefined,
                    )
                  }
                >
                  <FormattedMessage id="prog.staff.cancelYes" />
                </button>{' '}
                <button type="button" className="button button--secondary" onClick={() => setConfirmCancel(false)}>
                  <FormattedMessage id="prog.staff.cancelNo" />
                </button>
              </p>
            ) : (
              <button type="button" className="button button--secondary" onClick={() => setConfirmCancel(true)}>
                <FormattedMessage id="prog.staff.cancelEvent" />
              </button>
            )}
          </div>
        )}
      </section>
    </>
  );
}
