import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { describeError } from '../../../api/errors';
import { useAnnounce } from '../../../components/Announcer';
import type { ModerationQueueQuery } from '../../../gql/graphql';
import { ClaimMutation, CountsQuery, QueueQuery } from '../documents';
import {
  CLAIMABLE_STATUSES,
  nextClaimableFilter,
  searchString,
  toApiFilter,
  type QueueFilters,
} from '../logic/queue-filters';

/** Items per page of the queue ("more" adds the next page after the last one shown). */
export const PAGE_SIZE = 25;
/** The api's largest page. */
const MAX_PAGE = 100;
/** How often an open queue refreshes itself, keeping what is shown (and the moderator's place). */
export const REFRESH_MS = 60_000;

export type QueueItem = ModerationQueueQuery['moderationQueue']['edges'][number]['node']['submission'] & {
  waitingSince: string;
};

/**
 * The queue for a set of filters: the pages shown so far, "more", and a refresh that re-reads the
 * same stretch of the queue (as many items as are shown, from the start) and replaces it in one
 * write — decided items drop out, new and changed ones come in, and the list is never cut back to
 * its first page, so the moderator keeps their place. Keyset pages: "more" stays as fast deep in
 * the queue as at its head.
 */
export function useQueue(filters: QueueFilters) {
  const client = useApolloClient();
  const key = searchString(filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the filters' identity
  const filter = useMemo(() => toApiFilter(filters), [key]);
  const variables = useMemo(() => ({ filter, first: PAGE_SIZE }), [filter]);
  const { data, error, fetchMore, networkStatus } = useQuery(QueueQuery, { variables });
  // Another filter is loading: the list of the previous one is not shown as if it were this one's.
  const switching = networkStatus === NetworkStatus.setVariables || networkStatus === NetworkStatus.loading;
  const connection = switching ? undefined : data?.moderationQueue;
  const items: QueueItem[] = useMemo(
    () => (connection?.edges ?? []).map((e) => ({ ...e.node.submission, waitingSince: e.node.waitingSince })),
    [connection],
  );
  const [refreshedAt, setRefreshedAt] = useState<Date | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = useRef(0);
  useEffect(() => {
    shown.current = items.length;
  }, [items.length]);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      type Page = ModerationQueueQuery['moderationQueue'];
      const edges: Page['edges'] = [];
      let last: Page | null = null;
      let after: string | null = null;
      const wanted = Math.max(PAGE_SIZE, shown.current);
      for (;;) {
        const first = Math.min(MAX_PAGE, Math.max(PAGE_SIZE, wanted - edges.length));
        const res: { data?: ModerationQueueQuery } = await client.query({
          query: QueueQuery,
          variables: { filter, first, after },
          fetchPolicy: 'no-cache',
        });
        if (!res.data) break;
        const page: Page = res.data.moderationQueue;
        last = page;
        edges.push(...page.edges);
        after = page.pageInfo.endCursor ?? null;
        if (edges.length >= wanted || !page.pageInfo.hasNextPage || !after) break;
      }
      if (last) {
        // One write of the whole stretch (the last answer's object keeps its __typename).
        client.writeQuery({ query: QueueQuery, variables, data: { moderationQueue: { ...last, edges } } });
      }
      setRefreshedAt(new Date());
    } finally {
      setRefreshing(false);
    }
  }, [client, filter, variables]);

  /** Adds the next page; returns its items. */
  const more = useCallback(async (): Promise<QueueItem[]> => {
    if (!connection?.pageInfo.hasNextPage) return [];
    setLoadingMore(true);
    try {
      const res = await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
      return (res.data?.moderationQueue.edges ?? []).map((e) => ({
        ...e.node.submission,
        waitingSince: e.node.waitingSince,
      }));
    } finally {
      setLoadingMore(false);
    }
  }, [connection, fetchMore]);

  return {
    items,
    loaded: !!connection,
    error,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    more,
    loadingMore,
    refresh,
    refreshing,
    refreshedAt,
  };
}

/** Refreshes every REFRESH_MS while the tab is visible, and once when the page opens. */
export function useAutoRefresh(refresh: () => Promise<void>): void {
  const run = useEffectEvent(() => void refresh().catch(() => undefined));
  useEffect(() => {
    run();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') run();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);
}

/** The status counts for the chosen round, else session, else everything; always fresh. */
export function useCounts(scope: { roundId: string | null; sessionId: string | null }) {
  return useQuery(CountsQuery, {
    variables: scope,
    fetchPolicy: 'cache-and-network',
    pollInterval: REFRESH_MS,
  });
}

export type NextOutcome = 'claimed' | 'none';

/**
 * "Moderate next": claims the oldest unclaimed item of the view (skipping the one just handled),
 * and opens it. Two moderators pressing it at once get different items: a claim someone else won
 * is skipped for the next one.
 */
export function useModerateNext(filters: QueueFilters) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const intl = useIntl();
  const [claim] = useMutation(ClaimMutation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const key = searchString(filters);

  const run = useCallback(
    async (skipId?: string): Promise<NextOutcome> => {
      setBusy(true);
      setError(null);
      try {
        const res = await client.query({
          query: QueueQuery,
          variables: { filter: nextClaimableFilter(filters), first: 20 },
          fetchPolicy: 'no-cache',
        });
        for (const edge of res.data?.moderationQueue.edges ?? []) {
          const item = edge.node.submission;
          if (item.id === skipId || !CLAIMABLE_STATUSES.includes(item.status)) continue;
          try {
            await claim({ variables: { id: item.id } });
          } catch (failure) {
            const kind = describeError(failure).kind;
            if (kind === 'CONFLICT' || kind === 'FORBIDDEN' || kind === 'NOT_FOUND') continue;
            throw failure;
          }
          announce(intl.formatMessage({ id: 'mod.next.claimed' }, { title: item.title }));
          await navigate(`/moderation/items/${item.id}${key}`);
          return 'claimed';
        }
        announce(intl.formatMessage({ id: 'mod.next.none' }));
        return 'none';
      } catch (failure) {
        setError(failure);
        return 'none';
      } finally {
        setBusy(false);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the filters' identity
    [client, claim, navigate, announce, intl, key],
  );
  return { run, busy, error };
}
