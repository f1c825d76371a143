import { useMemo, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { filtersToSearch, listsDecided, parseFilters, searchString, type QueueFilters } from './logic/queue-filters';
import { DeskNav, useDeskShortcuts } from './parts/desk';
import { time } from './parts/format';
import { QueueFilterForm } from './parts/QueueFilterForm';
import { moveInList, QueueList } from './parts/QueueList';
import { useAutoRefresh, useModerateNext, useQueue } from './parts/queue';
import { Refusal } from './parts/Refusal';
import { StatusCounts } from './parts/StatusCounts';

/**
 * /moderation: the queue, oldest waiting first, with its filters in the address, the status counts
 * always in view, "more" at the end, a refresh that keeps the moderator's place, and "moderate
 * next" (m) that claims the oldest unclaimed item and opens it.
 */
export function QueuePage(): ReactNode {
  usePageTitle('mod.queue.title');
  const intl = useIntl();
  const announce = useAnnounce();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const setFilters = (next: QueueFilters) => setParams(filtersToSearch(next), { replace: true });
  const queue = useQueue(filters);
  const next = useModerateNext(filters);
  const list = useRef<HTMLDivElement>(null);
  const cleared = (useLocation().state as { cleared?: boolean } | null)?.cleared ?? false;
  useAutoRefresh(queue.refresh);

  const move = async (step: 1 | -1) => {
    const moved = moveInList(list.current, step);
    if (moved === 'end' && step === 1 && queue.hasMore) {
      await queue.more();
      moveInList(list.current, 1);
    } else if (moved !== 'moved') {
      announce(intl.formatMessage({ id: moved === 'end' ? 'mod.queue.atEnd' : 'mod.queue.atStart' }));
    }
  };
  useDeskShortcuts(
    'desk',
    {
      next: () => void move(1),
      previous: () => void move(-1),
      moderateNext: () => void next.run(),
    },
    () => list.current?.querySelector<HTMLElement>('.queue-item__link') ?? null,
  );

  const search = searchString(filters);
  const decided = listsDecided(filters);
  return (
    <div className="desk-page">
      <DeskNav scope="desk" />
      <h1>
        <FormattedMessage id="mod.queue.title" />
      </h1>
      <StatusCounts filters={filters} />
      <div className="queue-tools">
        {!decided && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void next.run()}
            disabled={next.busy}
            aria-keyshortcuts="m"
          >
            <FormattedMessage id="mod.next.button" />
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void queue
              .refresh()
              .then(() => announce(intl.formatMessage({ id: 'mod.queue.refreshed' }, { count: queue.items.length })))
          }
          disabled={queue.refreshing}
        >
          <FormattedMessage id="mod.queue.refresh" />
        </button>
        {queue.refreshedAt && (
          <span className="field__hint">
            <FormattedMessage id="mod.queue.refreshedAt" values={{ time: time(intl, queue.refreshedAt) }} />
          </span>
        )}
      </div>
      {cleared && (
        <p className="notice" role="status" data-testid="queue-cleared">
          <FormattedMessage id="mod.queue.cleared" />
        </p>
      )}
      {next.error ? <Refusal error={next.error} /> : null}
      <QueueFilterForm filters={filters} onChange={setFilters} />
      {decided && (
        <p className="notice">
          <FormattedMessage id="mod.queue.decidedList" />
        </p>
      )}
      <h2 id="queue-items-title">
        <FormattedMessage
          id={queue.hasMore ? 'mod.queue.shownMore' : 'mod.queue.shown'}
          values={{ count: queue.items.length }}
        />
      </h2>
      {queue.error && <ErrorMessage error={queue.error} />}
      <div ref={list} aria-labelledby="queue-items-title" role="region">
        {queue.loaded && queue.items.length === 0 && (
          <p>
            <FormattedMessage id={decided ? 'mod.queue.noneDecided' : 'mod.queue.empty'} />
          </p>
        )}
        {!queue.loaded && !queue.error && (
          <p>
            <FormattedMessage id="common.loading" />
          </p>
        )}
        <QueueList items={queue.items} search={search} />
      </div>
      {queue.hasMore && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void queue.more()}
          disabled={queue.loadingMore}
        >
          <FormattedMessage id="mod.queue.more" />
        </button>
      )}
      <p className="field__hint">
        <FormattedMessage id="mod.queue.keysHint" />
      </p>
    </div>
  );
}
