import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../../i18n/messages';
import { elapsed, languageName, time, useNow } from './format';
import type { QueueItem } from './queue';

/**
 * The queue's items, oldest waiting first. Each row's title is a link to the item (j / k move
 * between them; Enter opens). `compact` is the column beside an open item: titles and status only.
 */
export function QueueList({
  items,
  search,
  currentId,
  compact = false,
}: {
  items: QueueItem[];
  /** The filters' query string, carried to the item (j / k there walk the same view). */
  search: string;
  currentId?: string;
  compact?: boolean;
}): ReactNode {
  const intl = useIntl();
  const now = useNow(30_000);
  return (
    <ol className={compact ? 'queue queue--compact' : 'queue'} data-testid="queue-list">
      {items.map((item) => {
        const current = item.id === currentId;
        return (
          <li key={item.id} className={current ? 'queue-item queue-item--current' : 'queue-item'} data-id={item.id}>
            <Link
              className="queue-item__link"
              to={`/moderation/items/${item.id}${search}`}
              aria-current={current ? 'true' : undefined}
            >
              <bdi lang={item.language}>{item.title}</bdi>
            </Link>
            <span className="queue-item__facts">
              <span className="badge" data-status={item.status}>
                <FormattedMessage id={`mod.status.${item.status}` as MessageId} />
              </span>
              {!compact && (
                <>
                  <span>
                    <FormattedMessage id={`region.${item.region}` as MessageId} />
                  </span>
                  <span>{languageName(intl.locale, item.language)}</span>
                  <span>
                    <FormattedMessage
                      id="mod.queue.waiting"
                      values={{ duration: elapsed(intl, item.waitingSince, now) }}
                    />
                  </span>
                  {item.currentVersion > 1 && (
                    <span>
                      <FormattedMessage id="mod.queue.version" values={{ version: item.currentVersion }} />
                    </span>
                  )}
                </>
              )}
              {item.claim && new Date(item.claim.expiresAt).getTime() > now && (
                <span className="queue-item__claim">
                  {item.claim.mine ? (
                    <FormattedMessage id="mod.queue.claimedByYou" values={{ time: time(intl, item.claim.expiresAt) }} />
                  ) : (
                    <FormattedMessage
                      id="mod.queue.claimedBy"
                      values={{ name: item.claim.moderator.displayName, time: time(intl, item.claim.expiresAt) }}
                    />
                  )}
                </span>
              )}
              {!compact && (
                <span>
                  <FormattedMessage id={item.tagReview?.done ? 'mod.queue.reviewed' : 'mod.queue.needsReview'} />
                </span>
              )}
              {item.hasSimilar && (
                <span className="badge badge--similar">
                  <FormattedMessage id="mod.queue.hasSimilar" />
                </span>
              )}
            </span>
            {!compact && (
              <span className="queue-item__from">
                <bdi>{item.attribution.text}</bdi> · <bdi>{item.round.title}</bdi>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Focuses the previous / next item link in the list (j / k), keeping it in view. */
export function moveInList(root: HTMLElement | null, step: 1 | -1): 'moved' | 'end' | 'start' {
  if (!root) return 'end';
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.queue-item__link')];
  if (links.length === 0) return 'end';
  const active = document.activeElement;
  let index = links.findIndex((l) => l === active);
  if (index < 0) index = links.findIndex((l) => l.getAttribute('aria-current') === 'true');
  const next = index < 0 ? (step === 1 ? 0 : links.length - 1) : index + step;
  if (next >= links.length) return 'end';
  if (next < 0) return 'start';
  links[next].focus();
  links[next].scrollIntoView({ block: 'nearest' });
  return 'moved';
}
