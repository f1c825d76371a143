import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button } from '../../components/forms';
import type { StaffAuditQuery } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { StaffActorLookupQuery, StaffAuditFacetsQuery, StaffAuditQuery as AuditQuery } from './documents';
import { readFilters, toApiFilter, writeFilters, type AuditFilters } from './logic/audit-filters';
import { summarise } from './logic/audit-summary';

type AuditEvent = StaffAuditQuery['auditEvents']['edges'][number]['node'];

/** Where staff can open the thing an event is about. */
const ENTITY_LINKS: Record<string, (id: string) => string> = {
  Submission: (id) => `/staff/submissions/${id}`,
  NegotiationSession: (id) => `/staff/sessions/${id}`,
  ConsultationRound: (id) => `/staff/rounds/${id}`,
};

/**
 * /staff/audit?entityType=&entityId=&action=&actor=&from=&to= — the append-only audit trail, newest
 * first, filtered on the server and paged by keyset ("Show more" continues where the list ends).
 * Each event's before/after summary is a small table; changed fields are marked in words, not by
 * colour alone. A sealed actor (a submitter acting on their own submission) is never named.
 */
export function AuditPage(): ReactNode {
  usePageTitle('staff.audit.title');
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const facets = useQuery(StaffAuditFacetsQuery, { fetchPolicy: 'cache-and-network' });
  const { data, error, loading, fetchMore } = useQuery(AuditQuery, {
    variables: { filter: toApiFilter(filters) },
    fetchPolicy: 'cache-and-network',
  });
  const events = data?.auditEvents.edges.map((e) => e.node) ?? [];
  const apply = (next: AuditFilters) => {
    setDraft(next);
    setParams(writeFilters(next));
  };
  const set = (key: keyof AuditFilters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const actorName = events.find((e) => e.actor?.id === filters.actor)?.actor?.displayName;

  return (
    <div>
      <h1>
        <FormattedMessage id="staff.audit.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="staff.audit.intro" />
      </p>
      <form
        className="filters filters--audit"
        role="search"
        aria-label={intl.formatMessage({ id: 'staff.audit.filters' })}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          apply(draft);
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor="audit-entityType">
            <FormattedMessage id="staff.audit.entityType" />
          </label>
          <select
            id="audit-entityType"
            className="field__input"
            value={draft.entityType}
            onChange={(e) => set('entityType')(e.target.value)}
          >
            <option value="">{intl.formatMessage({ id: 'staff.filter.all' })}</option>
            {(facets.data?.auditFacets.entityTypes ?? []).map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-entityId">
            <FormattedMessage id="staff.audit.entityId" />
          </label>
          <input
            id="audit-entityId"
            className="field__input"
            value={draft.entityId}
            onChange={(e) => set('entityId')(e.target.value)}
            dir="ltr"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            <FormattedMessage id="staff.audit.action" />
          </label>
          <select
            id="audit-action"
            className="field__input"
            value={draft.action}
            onChange={(e) => set('action')(e.target.value)}
          >
            <option value="">{intl.formatMessage({ id: 'staff.filter.all' })}</option>
            {(facets.data?.auditFacets.actions ?? []).map((a) => (
              <option key={a} value={a}>
                {actionText(intl, a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-from">
            <FormattedMessage id="staff.audit.from" />
          </label>
          <input
            id="audit-from"
            className="field__input"
            type="date"
            value={draft.from}
            onChange={(e) => set('from')(e.target.value)}
            dir="ltr"
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="audit-to">
            <FormattedMessage id="staff.audit.to" />
          </label>
          <input
            id="audit-to"
            className="field__input"
            type="date"
            value={draft.to}
            onChange={(e) => set('to')(e.target.value)}
            dir="ltr"
          />
        </div>
        <ActorPicker actor={draft.actor} actorName={actorName} onChange={(actor) => set('actor')(actor)} />
        <div className="actions filters__buttons">
          <button type="submit" className="button button--primary">
            <FormattedMessage id="staff.filter.apply" />
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => apply({ entityType: '', entityId: '', action: '', actor: '', from: '', to: '' })}
          >
            <FormattedMessage id="staff.filter.clear" />
          </button>
        </div>
      </form>
      {error && <ErrorMessage error={error} />}
      {data && events.length === 0 && (
        <p>
          <FormattedMessage id="staff.audit.none" />
        </p>
      )}
      <ol className="plain-list audit-list" aria-label={intl.formatMessage({ id: 'staff.audit.events' })}>
        {events.map((e) => (
          <li key={e.id}>
            <AuditEventView
              event={e}
              onFilter={(entityType, entityId) => apply({ ...filters, entityType, entityId })}
            />
          </li>
        ))}
      </ol>
      {data?.auditEvents.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          isDisabled={loading}
          onPress={() => void fetchMore({ variables: { after: data.auditEvents.pageInfo.endCursor } })}
        >
          <FormattedMessage id="staff.audit.more" />
        </Button>
      )}
    </div>
  );
}

/** A known action in words ("Submitter revealed"), with its code; an unknown one as its code. */
function actionText(intl: ReturnType<typeof useIntl>, action: string): string {
  const id = `staff.action.${action}`;
  return id in intl.messages ? `${intl.formatMessage({ id: id as MessageId })} (${action})` : action;
}

function ActorPicker({
  actor,
  actorName,
  onChange,
}: {
  actor: string;
  actorName?: string;
  onChange: (actor: string) => void;
}): ReactNode {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [lookup, found] = useLazyQuery(StaffActorLookupQuery);
  const people = found.data?.users.edges.map((e) => e.node) ?? [];
  return (
    <div className="field actor-picker">
      <label className="field__label" htmlFor="audit-actor-search">
        <FormattedMessage id="staff.audit.actor" />
      </label>
      {actor ? (
        <p className="actor-picker__chosen">
          <span>{actorName ?? <code dir="ltr">{actor}</code>}</span>{' '}
          <button type="button" className="button button--link" onClick={() => onChange('')}>
            <FormattedMessage id="staff.audit.anyActor" />
          </button>
        </p>
      ) : (
        <>
          <span className="filters__search">
            <input
              id="audit-actor-search"
              className="field__input"
              type="search"
              value={search}
              placeholder={intl.formatMessage({ id: 'staff.audit.actorPlaceholder' })}
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && search.trim()) {
                  e.preventDefault();
                  void lookup({ variables: { search: search.trim() } });
                }
              }}
            />
            <button
              type="button"
              className="button button--secondary"
              disabled={!search.trim()}
              onClick={() => void lookup({ variables: { search: search.trim() } })}
            >
              <FormattedMessage id="staff.audit.find" />
            </button>
          </span>
          {found.data && (
            <ul className="plain-list actor-picker__results" aria-live="polite">
              {people.length === 0 && (
                <li>
                  <FormattedMessage id="staff.people.none" />
                </li>
              )}
              {people.map((p) => (
                <li key={p.id}>
                  <button type="button" className="button button--link" onClick={() => onChange(p.id)}>
                    {p.displayName} <span dir="ltr">({p.email})</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function AuditEventView({
  event,
  onFilter,
}: {
  event: AuditEvent;
  onFilter: (entityType: string, entityId: string) => void;
}): ReactNode {
  const intl = useIntl();
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const rows = summarise(event.before, event.after, date);
  const link = ENTITY_LINKS[event.entityType]?.(event.entityId);
  return (
    <article className="audit-event" aria-labelledby={`ev-${event.id}`} data-action={event.action}>
      <h2 id={`ev-${event.id}`} className="audit-event__title">
        {actionText(intl, event.action)}
      </h2>
      <p className="audit-event__meta">
        <time dateTime={event.occurredAt}>
          {intl.formatDate(event.occurredAt, { dateStyle: 'medium', timeStyle: 'medium' })}
        </time>{' '}
        ·{' '}
        {event.actor ? (
          <span>
            {event.actor.displayName} <span dir="ltr">({event.actor.email})</span>
          </span>
        ) : (
          <FormattedMessage id="staff.audit.noActor" />
        )}{' '}
        · {event.entityType}{' '}
        {link ? (
          <Link to={link} dir="ltr">
            {event.entityId}
          </Link>
        ) : (
          <code dir="ltr">{event.entityId}</code>
        )}{' '}
        <button
          type="button"
          className="button button--link"
          aria-label={intl.formatMessage(
            { id: 'staff.audit.onlyThisNamed' },
            { type: event.entityType, id: event.entityId },
          )}
          onClick={() => onFilter(event.entityType, event.entityId)}
        >
          <FormattedMessage id="staff.audit.onlyThis" />
        </button>
      </p>
      {rows.length > 0 && (
        <table className="data-table audit-event__summary">
          <caption className="visually-hidden">
            <FormattedMessage id="staff.audit.summary" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="staff.audit.field" />
              </th>
              <th scope="col">
                <FormattedMessage id="staff.audit.before" />
              </th>
              <th scope="col">
                <FormattedMessage id="staff.audit.after" />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} className={r.changed ? 'changed' : undefined}>
                <th scope="row">
                  <code>{r.field}</code>
                  {r.changed && (
                    <span className="changed-mark">
                      {' '}
                      <FormattedMessage id="staff.audit.changed" />
                    </span>
                  )}
                </th>
                <td>{r.before === null ? <span className="meta">—</span> : <bdi>{r.before}</bdi>}</td>
                <td>{r.after === null ? <span className="meta">—</span> : <bdi>{r.after}</bdi>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
