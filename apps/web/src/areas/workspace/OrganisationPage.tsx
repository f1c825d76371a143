import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';
import { RadioGroup } from '../../components/forms/choices';
import { Deadline } from '../../format/Deadline';
import type { MemberRole, WorkspaceOrganisationQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { InviteMemberMutation, OpenRoundsQuery, OrganisationQuery, RemoveMemberMutation } from './documents';
import { countryName, useNow } from './format';
import { nextStep, type NextStep, type SubmissionStatusName } from './logic/next-step';

type Organisation = WorkspaceOrganisationQuery['organisation'];
type SubmissionRow = Organisation['submissions']['edges'][number]['node'];

const STATUS_ORDER: SubmissionStatusName[] = [
  'CHANGES_REQUESTED',
  'DRAFT',
  'REJECTED',
  'SUBMITTED',
  'UNDER_REVIEW',
  'APPEALED',
  'APPROVED',
  'WITHDRAWN',
];

/** /workspace/organisations/:id — the organisation, its people, its co-signing invitations and its submissions. */
export function OrganisationPage(): ReactNode {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data, error, refetch } = useQuery(OrganisationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  usePageTitle('ws.org.pageTitle', { name: data?.organisation.name ?? '' });
  if (error && !data) return <ErrorMessage error={error} />;
  if (!data)
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  const org = data.organisation;
  return (
    <div>
      {params.get('created') && (
        <div className="notice notice--success" role="status">
          <p>
            <FormattedMessage id="ws.org.created" />
          </p>
        </div>
      )}
      <h1>{org.name}</h1>
      <OrganisationDetails org={org} />
      <SubmissionsDashboard org={org} />
      <CosignatureInvitations org={org} />
      <Members org={org} onChanged={() => void refetch()} />
    </div>
  );
}

function OrganisationDetails({ org }: { org: Organisation }): ReactNode {
  const intl = useIntl();
  return (
    <section aria-labelledby="h-org-details">
      <h2 id="h-org-details" className="visually-hidden">
        <FormattedMessage id="ws.org.details" />
      </h2>
      <dl className="summary-list">
        <div>
          <dt>
            <FormattedMessage id="ws.status.status" />
          </dt>
          <dd>
            <strong className={`tag tag--org-${org.status}`} data-status={org.status}>
              <FormattedMessage id={`ws.orgStatus.${org.status}` as MessageId} />
            </strong>
            <br />
            <FormattedMessage id={`ws.orgStatus.${org.status}.explain` as MessageId} />
            {org.reviewNote && <span className="quoted">{org.reviewNote}</span>}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="ws.createOrg.country" />
          </dt>
          <dd>
            {countryName(intl.locale, org.country)} · <FormattedMessage id={`region.${org.region}` as MessageId} />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="ws.createOrg.type" />
          </dt>
          <dd>
            <FormattedMessage id={`ws.orgType.${org.type}` as MessageId} />
          </dd>
        </div>
        {org.myRole && (
          <div>
            <dt>
              <FormattedMessage id="ws.org.yourRole" />
            </dt>
            <dd>
              <FormattedMessage id={`ws.role.${org.myRole}` as MessageId} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function NextStepText({ step }: { step: NextStep }): ReactNode {
  const intl = useIntl();
  const date = (d: Date) => intl.formatDate(d, { day: 'numeric', month: 'long' });
  switch (step.kind) {
    case 'submitBefore':
      return <FormattedMessage id="ws.next.submitBefore" values={{ date: date(step.deadline) }} />;
    case 'reviseBefore':
      return <FormattedMessage id="ws.next.reviseBefore" values={{ date: date(step.deadline) }} />;
    case 'notOpenYet':
      return <FormattedMessage id="ws.next.notOpenYet" values={{ date: date(step.opensAt) }} />;
    default:
      return <FormattedMessage id={`ws.next.${step.kind}` as MessageId} />;
  }
}

function SubmissionsDashboard({ org }: { org: Organisation }): ReactNode {
  const now = useNow(60_000);
  const rounds = useQuery(OpenRoundsQuery, { variables: { region: org.region }, skip: org.status !== 'VERIFIED' });
  const rows = org.submissions.edges.map((e) => e.node);
  const byStatus = STATUS_ORDER.map((status) => [status, rows.filter((r) => r.status === status)] as const).filter(
    ([, list]) => list.length > 0,
  );
  return (
    <section aria-labelledby="h-submissions">
      <h2 id="h-submissions">
        <FormattedMessage id="ws.org.submissions" />
      </h2>
      {org.status !== 'VERIFIED' && (
        <p>
          <FormattedMessage id="ws.org.verifyFirst" />
        </p>
      )}
      {org.status === 'VERIFIED' && (
        <div className="open-rounds">
          <h3>
            <FormattedMessage id="ws.org.openRounds" />
          </h3>
          {rounds.error && <ErrorMessage error={rounds.error} />}
          {rounds.data && rounds.data.consultationRounds.edges.length === 0 && (
            <p>
              <FormattedMessage id="ws.org.noOpenRounds" />
            </p>
          )}
          <ul className="plain-list">
            {rounds.data?.consultationRounds.edges.map(({ node: r }) => (
              <li key={r.id}>
                <strong>{r.title}</strong> — <Deadline at={r.closesAt} zone={r.timeZone} />{' '}
                <Link
                  className="button button--secondary"
                  to={`/workspace/submissions/new?round=${r.id}&org=${org.id}`}
                >
                  <FormattedMessage id="ws.org.start" values={{ round: r.title }} />
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length === 0 ? (
        <p>
          <FormattedMessage id="ws.org.noSubmissions" />
        </p>
      ) : (
        byStatus.map(([status, list]) => (
          <div key={status} className="status-group">
            <h3>
              <FormattedMessage id={`ws.submissionStatus.${status}` as MessageId} /> ({list.length})
            </h3>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="ws.editor.title" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="ws.org.round" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="ws.org.next" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((s: SubmissionRow) => (
                  <tr key={s.id}>
                    <td>
                      <Link to={`/workspace/submissions/${s.id}`}>{s.title}</Link>
                    </td>
                    <td>{s.round.title}</td>
                    <td>
                      <NextStepText
                        step={nextStep(
                          { status: s.status, disclosure: s.disclosure, hasAppeal: !!s.appeal },
                          s.round,
                          now,
                        )}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </section>
  );
}

function CosignatureInvitations({ org }: { org: Organisation }): ReactNode {
  const list = org.cosignatureInvitations ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="h-cosign-invitations">
      <h2 id="h-cosign-invitations">
        <FormattedMessage id="ws.org.cosignInvitations" />
      </h2>
      <ul className="plain-list">
        {list.map((c) => (
          <li key={c.id}>
            <Link to={`/workspace/cosignatures/${c.id}`}>{c.submission.title}</Link> —{' '}
            <FormattedMessage id={`ws.cosign.status.${c.status}` as MessageId} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Members({ org, onChanged }: { org: Organisation; onChanged: () => void }): ReactNode {
  const intl = useIntl();
  const session = useSession();
  const me = session.status === 'authenticated' ? session.user.id : null;
  const isAdmin = org.myRole === 'ADMIN';
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('MEMBER');
  const [sent, setSent] = useState<string | null>(null);
  const [invite, inviting] = useMutation(InviteMemberMutation);
  const [remove, removing] = useMutation(RemoveMemberMutation);
  const errors = useFieldErrors(inviting.error, ['email', 'role'], 'invite-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  const members = org.members ?? [];
  const admins = members.filter((m) => m.role === 'ADMIN').length;

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const res = await invite({
      variables: { input: { organisationId: org.id, email, role: role as MemberRole } },
    }).catch(() => null);
    if (res?.data) {
      setSent(res.data.inviteMember.email);
      setEmail('');
      onChanged();
    }
  }

  return (
    <section aria-labelledby="h-members">
      <h2 id="h-members">
        <FormattedMessage id="ws.org.members" />
      </h2>
      {removing.error && <ErrorMessage error={removing.error} />}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="ws.org.memberName" />
            </th>
            <th scope="col">
              <FormattedMessage id="ws.org.memberRole" />
            </th>
            {isAdmin && (
              <th scope="col">
                <span className="visually-hidden">
                  <FormattedMessage id="ws.org.actions" />
                </span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const lastAdmin = m.role === 'ADMIN' && admins <= 1;
            return (
              <tr key={m.userId}>
                <td>
                  {m.user.displayName}
                  {m.user.email && <span className="card__meta"> · {m.user.email}</span>}
                </td>
                <td>
                  <FormattedMessage id={`ws.role.${m.role}` as MessageId} />
                </td>
                {isAdmin && (
                  <td>
                    {lastAdmin ? (
                      <span className="field__hint">
                        <FormattedMessage id="ws.org.lastAdmin" />
                      </span>
                    ) : (
                      <Button
                        variant="secondary"
                        isDisabled={removing.loading}
                        aria-label={intl.formatMessage({ id: 'ws.org.removeNamed' }, { name: m.user.displayName })}
                        onPress={() => {
                          if (
                            !window.confirm(
                              intl.formatMessage({ id: 'ws.org.removeConfirm' }, { name: m.user.displayName }),
                            )
                          )
                            return;
                          void remove({ variables: { input: { organisationId: org.id, userId: m.userId } } })
                            .then(() => onChanged())
                            .catch(() => null);
                        }}
                      >
                        {m.userId === me ? (
                          <FormattedMessage id="ws.org.leave" />
                        ) : (
                          <FormattedMessage id="ws.org.remove" />
                        )}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {isAdmin && (
        <>
          <h3>
            <FormattedMessage id="ws.org.pending" />
          </h3>
          {(org.invitations ?? []).length === 0 ? (
            <p>
              <FormattedMessage id="ws.org.noPending" />
            </p>
          ) : (
            <ul className="plain-list">
              {(org.invitations ?? []).map((i) => (
                <li key={i.id}>
                  {i.email} — <FormattedMessage id={`ws.role.${i.role}` as MessageId} /> —{' '}
                  <FormattedMessage
                    id="ws.org.expires"
                    values={{ date: intl.formatDate(i.expiresAt, { dateStyle: 'medium' }) }}
                  />
                </li>
              ))}
            </ul>
          )}
          <h3>
            <FormattedMessage id="ws.org.invite" />
          </h3>
          <ErrorSummary items={errors.summary} />
          {sent && (
            <p className="notice notice--success" role="status">
              <FormattedMessage id="ws.org.invited" values={{ email: sent }} />
            </p>
          )}
          <form onSubmit={(e) => void submit(e)} noValidate>
            <TextField
              id="invite-email"
              type="email"
              label={<FormattedMessage id="ws.org.inviteEmail" />}
              value={email}
              onChange={setEmail}
              error={errors.field('email')}
              dir="ltr"
            />
            <RadioGroup
              id="invite-role"
              label={<FormattedMessage id="ws.org.memberRole" />}
              value={role}
              onChange={setRole}
              error={errors.field('role')}
              options={[
                {
                  value: 'MEMBER',
                  label: <FormattedMessage id="ws.role.MEMBER" />,
                  hint: <FormattedMessage id="ws.role.MEMBER.explain" />,
                },
                {
                  value: 'ADMIN',
                  label: <FormattedMessage id="ws.role.ADMIN" />,
                  hint: <FormattedMessage id="ws.role.ADMIN.explain" />,
                },
              ]}
            />
            <Button type="submit" isDisabled={inviting.loading}>
              <FormattedMessage id="ws.org.sendInvite" />
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
