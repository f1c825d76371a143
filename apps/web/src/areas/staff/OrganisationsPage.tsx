import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button, useFieldErrors } from '../../components/forms';
import type { OrganisationStatus, ReviewDecision, StaffOrganisationsQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { ReviewOrganisationMutation, StaffOrganisationsQuery as OrganisationsQuery } from './documents';
import { isStaleVersion } from './logic/stale';
import { Refusal } from './parts/Refusal';

type Organisation = StaffOrganisationsQuery['organisations']['edges'][number]['node'];

const STATUSES: OrganisationStatus[] = ['PENDING', 'VERIFIED', 'SUSPENDED', 'REJECTED'];
/** The decisions an organisation in each status can be given (the api's REVIEW_TRANSITIONS). */
const DECISIONS: Record<OrganisationStatus, ReviewDecision[]> = {
  PENDING: ['VERIFY', 'REJECT'],
  VERIFIED: ['SUSPEND'],
  SUSPENDED: ['VERIFY'],
  REJECTED: [],
};

const countryName = (locale: string, code: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * /staff/organisations?status=PENDING&search= — organisations by status (awaiting verification
 * first), each with what staff need to decide (country, type, website, description, members) and
 * the review: verify, reject or suspend with a note the organisation reads. Filters live in the
 * address, so a view can be shared.
 */
export function OrganisationsPage(): ReactNode {
  usePageTitle('staff.orgs.title');
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as OrganisationStatus)
    : params.get('status') === 'ALL'
      ? null
      : 'PENDING';
  const search = params.get('search') ?? '';
  const [typed, setTyped] = useState(search);
  const filter = { ...(status ? { status } : {}), ...(search ? { search } : {}) };
  const { data, error, loading, fetchMore, refetch } = useQuery(OrganisationsQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.organisations.edges.map((e) => e.node) ?? [];
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <div>
      <h1>
        <FormattedMessage id="staff.orgs.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="staff.orgs.intro" />
      </p>
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor="orgs-status">
            <FormattedMessage id="staff.orgs.status" />
          </label>
          <select
            id="orgs-status"
            className="field__input"
            value={status ?? 'ALL'}
            onChange={(e) => update('status', e.target.value === 'PENDING' ? null : e.target.value)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage({ id: `staff.orgStatus.${s}` as MessageId })}
              </option>
            ))}
            <option value="ALL">{intl.formatMessage({ id: 'staff.filter.all' })}</option>
          </select>
        </div>
        <form
          className="field"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update('search', typed.trim() || null);
          }}
        >
          <label className="field__label" htmlFor="orgs-search">
            <FormattedMessage id="staff.orgs.search" />
          </label>
          <span className="filters__search">
            <input
              id="orgs-search"
              className="field__input"
              type="search"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
            <button type="submit" className="button button--secondary">
              <FormattedMessage id="staff.filter.apply" />
            </button>
          </span>
        </form>
      </div>
      {error && <ErrorMessage error={error} />}
      {data && rows.length === 0 && (
        <p>
          <FormattedMessage id="staff.orgs.none" />
        </p>
      )}
      <ul className="plain-list org-list">
        {rows.map((o) => (
          <li key={o.id}>
            <OrganisationCard org={o} onReviewed={() => void refetch()} />
          </li>
        ))}
      </ul>
      {data?.organisations.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          isDisabled={loading}
          onPress={() => void fetchMore({ variables: { after: data.organisations.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </Button>
      )}
    </div>
  );
}

/** Organisations awaiting verification show the review at once; the others behind a disclosure. */
function Collapsible({
  open,
  summary,
  children,
}: {
  open: boolean;
  summary: ReactNode;
  children: ReactNode;
}): ReactNode {
  if (open) return children;
  return (
    <details className="review-details">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}

function OrganisationCard({ org, onReviewed }: { org: Organisation; onReviewed: () => void }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const decisions = DECISIONS[org.status];
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [note, setNote] = useState('');
  const [review, state] = useMutation(ReviewOrganisationMutation);
  const errors = useFieldErrors(state.error, ['note', 'decision'], `org-${org.id}-`);
  const prefix = `org-${org.id}`;

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!decision) return;
    const res = await review({
      variables: {
        input: { organisationId: org.id, decision, note: note.trim() || null, expectedVersion: org.version },
      },
    }).catch(() => null);
    if (res?.data) {
      announce(
        intl.formatMessage(
          { id: 'staff.orgs.reviewed' },
          {
            name: org.name,
            status: intl.formatMessage({ id: `staff.orgStatus.${res.data.reviewOrganisation.status}` as MessageId }),
          },
        ),
      );
      setDecision(null);
      setNote('');
      onReviewed();
    }
  }

  return (
    <article className="org" aria-labelledby={`${prefix}-name`} data-organisation={org.id}>
      <h2 id={`${prefix}-name`} className="org__name">
        {org.name}{' '}
        <span className={`status status--${org.status}`} data-status={org.status}>
          <FormattedMessage id={`staff.orgStatus.${org.status}` as MessageId} />
        </span>
      </h2>
      <dl className="facts facts--compact">
        <dt>
          <FormattedMessage id="staff.orgs.country" />
        </dt>
        <dd>
          {countryName(intl.locale, org.country)} · <FormattedMessage id={`region.${org.region}` as MessageId} />
        </dd>
        <dt>
          <FormattedMessage id="staff.orgs.type" />
        </dt>
        <dd>
          <FormattedMessage id={`staff.orgType.${org.type}` as MessageId} />
        </dd>
        {org.website && (
          <>
            <dt>
              <FormattedMessage id="staff.orgs.website" />
            </dt>
            <dd>
              <a href={org.website} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
                {org.website}
              </a>
            </dd>
          </>
        )}
        <dt>
          <FormattedMessage id="staff.orgs.created" />
        </dt>
        <dd>{intl.formatDate(org.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
        <dt>
          <FormattedMessage id="staff.orgs.members" />
        </dt>
        <dd>
          {(org.members ?? []).map((m) => (
            <span key={m.userId} className="member">
              {m.user.displayName} <span dir="ltr">({m.user.email})</span> —{' '}
              <FormattedMessage id={`staff.memberRole.${m.role}` as MessageId} />
            </span>
          ))}
        </dd>
        {org.reviewNote && (
          <>
            <dt>
              <FormattedMessage id="staff.orgs.lastNote" />
            </dt>
            <dd>
              <span dir="auto">{org.reviewNote}</span>
            </dd>
          </>
        )}
      </dl>
      {org.description && (
        <p className="org__description">
          <bdi>{org.description}</bdi>
        </p>
      )}
      {decisions.length > 0 && (
        <Collapsible open={org.status === 'PENDING'} summary={<FormattedMessage id="staff.orgs.changeStatus" />}>
          <form onSubmit={(e) => void submit(e)} noValidate className="review">
            {isStaleVersion(state.error) ? (
              <div className="notice notice--error" role="alert">
                <p>
                  <FormattedMessage id="staff.orgs.stale" />
                </p>
                <Button variant="secondary" onPress={onReviewed}>
                  <FormattedMessage id="staff.reload" />
                </Button>
              </div>
            ) : (
              state.error && !errors.field('note') && <Refusal error={state.error} />
            )}
            <fieldset className="field field--group">
              <legend className="field__label">
                <FormattedMessage id="staff.orgs.decision" values={{ name: org.name }} />
              </legend>
              <div className="checks">
                {decisions.map((d) => (
                  <label key={d} className="check">
                    <input
                      type="radio"
                      name={`${prefix}-decision`}
                      value={d}
                      checked={decision === d}
                      onChange={() => setDecision(d)}
                    />{' '}
                    <FormattedMessage id={`staff.review.${d}` as MessageId} />
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field" data-invalid={errors.field('note') ? true : undefined}>
              <label className="field__label" htmlFor={`${prefix}-note`}>
                <FormattedMessage id="staff.orgs.note" />
              </label>
              <span className="field__hint" id={`${prefix}-note-hint`}>
                <FormattedMessage id="staff.orgs.noteHint" />
              </span>
              {errors.field('note') && (
                <span className="field__error" id={`${prefix}-note-error`}>
                  {errors.field('note')}
                </span>
              )}
              <textarea
                id={`${prefix}-note`}
                className="field__input field__input--area"
                rows={2}
                value={note}
                aria-describedby={`${prefix}-note-hint${errors.field('note') ? ` ${prefix}-note-error` : ''}`}
                aria-invalid={errors.field('note') ? true : undefined}
                onChange={(e) => setNote(e.target.value)}
              />
            </div>
            <Button type="submit" isDisabled={!decision || state.loading}>
              <FormattedMessage id="staff.orgs.record" />
            </Button>
          </form>
        </Collapsible>
      )}
    </article>
  );
}
