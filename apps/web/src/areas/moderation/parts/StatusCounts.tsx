import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../../i18n/messages';
import { countsScope, NO_FILTERS, QUEUE_STATUSES, searchString, type QueueFilters } from '../logic/queue-filters';
import { useCounts } from './queue';

/** Waiting first (what the desk is for), then what has been decided. */
const ORDER = ['SUBMITTED', 'UNDER_REVIEW', 'APPEALED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'];

/**
 * "41 waiting · 7 under review · 3 appealed": how many items are in each status for the chosen
 * round or session, always in view at the top of the desk (it stays on screen as the list
 * scrolls). Each count leads to the queue showing those items.
 */
export function StatusCounts({ filters }: { filters: QueueFilters }): ReactNode {
  const scope = countsScope(filters);
  const { data } = useCounts(scope);
  const counts = new Map((data?.moderationCounts ?? []).map((c) => [c.status, c.count]));
  const scoped: QueueFilters = { ...NO_FILTERS, session: filters.session, round: filters.round };
  const scopeId: MessageId = scope.roundId
    ? 'mod.counts.round'
    : scope.sessionId
      ? 'mod.counts.session'
      : 'mod.counts.all';
  return (
    <section className="counts" aria-labelledby="counts-title" data-testid="status-counts">
      <h2 id="counts-title" className="counts__title">
        <FormattedMessage id={scopeId} />
      </h2>
      {data ? (
        <ul className="counts__list">
          {ORDER.map((status) => {
            const count = counts.get(status as never) ?? 0;
            const label = (
              <FormattedMessage
                id={`mod.count.${status}` as MessageId}
                values={{ count, b: (chunks: ReactNode[]) => <strong>{chunks}</strong> }}
              />
            );
            const listable = (QUEUE_STATUSES as readonly string[]).includes(status);
            return (
              <li key={status} className="counts__item" data-status={status}>
                {listable ? (
                  <Link
                    to={`/moderation${searchString({ ...scoped, status: status as QueueFilters['status'] })}`}
                    aria-current={filters.status === status ? 'true' : undefined}
                  >
                    {label}
                  </Link>
                ) : (
                  <span>{label}</span>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>
          <FormattedMessage id="common.loading" />
        </p>
      )}
    </section>
  );
}
