/**
 * The queue's filters and the address bar: every filter lives in the URL (a view can be shared,
 * reloaded, and kept while moving between the queue and an item), and becomes the api's
 * ModerationQueueFilter. Framework-free; values the api would refuse are dropped, not sent.
 */

export const REGIONS = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'] as const;
export type Region = (typeof REGIONS)[number];

/** What the queue holds by default: the items waiting (the api's default when no status is given). */
export const WAITING_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'APPEALED'] as const;
/** Decided items the queue lists read-only when asked by name (coverage links here). */
export const DECIDED_STATUSES = ['APPROVED', 'REJECTED', 'CHANGES_REQUESTED'] as const;
export const QUEUE_STATUSES = [...WAITING_STATUSES, ...DECIDED_STATUSES] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const TAG_CATEGORIES = ['GENDER', 'HUMAN_RIGHTS', 'THEME'] as const;
export type TagCategory = (typeof TAG_CATEGORIES)[number];

export type ClaimFilter = 'unclaimed' | 'mine';

export interface QueueFilters {
  session?: string;
  round?: string;
  region?: Region;
  status?: QueueStatus;
  language?: string;
  tags: string[];
  claim?: ClaimFilter;
  needsTagReview: boolean;
  hasSimilar: boolean;
  /** Items without any tag of this category ("approved AG items without a gender tag"). */
  missing?: TagCategory;
}

/** The api's ModerationQueueFilter (only the fields set). */
export interface ApiQueueFilter {
  sessionId?: string;
  roundId?: string;
  region?: Region;
  status?: QueueStatus;
  language?: string;
  tagIds?: string[];
  unclaimed?: boolean;
  claimedByMe?: boolean;
  needsTagReview?: boolean;
  hasSimilar?: boolean;
  missingTagCategory?: TagCategory;
}

export const NO_FILTERS: QueueFilters = { tags: [], needsTagReview: false, hasSimilar: false };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGE = /^[a-z]{2,3}$/;
/** The api takes at most 10 tags. */
const MAX_TAGS = 10;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
const id = (value: string | null): string | undefined => (value && UUID.test(value) ? value.toLowerCase() : undefined);

/** The filters in an address's query string (anything malformed is ignored). */
export function parseFilters(search: URLSearchParams | string): QueueFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const language = params.get('language');
  const tags = [
    ...new Set(
      (params.get('tags') ?? '')
        .split(',')
        .map((t) => id(t.trim()))
        .filter((t): t is string => !!t),
    ),
  ].slice(0, MAX_TAGS);
  const filters: QueueFilters = {
    tags,
    needsTagReview: params.get('review') === '1',
    hasSimilar: params.get('similar') === '1',
  };
  const session = id(params.get('session'));
  if (session) filters.session = session;
  const round = id(params.get('round'));
  if (round) filters.round = round;
  const region = oneOf(REGIONS, params.get('region'));
  if (region) filters.region = region;
  const status = oneOf(QUEUE_STATUSES, params.get('status'));
  if (status) filters.status = status;
  if (language && LANGUAGE.test(language)) filters.language = language;
  const claim = oneOf(['unclaimed', 'mine'] as const, params.get('claim'));
  if (claim) filters.claim = claim;
  const missing = oneOf(TAG_CATEGORIES, params.get('missing'));
  if (missing) filters.missing = missing;
  return filters;
}

/** The query string for the filters, in a fixed order (so one view has one address). */
export function filtersToSearch(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.session) params.set('session', filters.session);
  if (filters.round) params.set('round', filters.round);
  if (filters.region) params.set('region', filters.region);
  if (filters.status) params.set('status', filters.status);
  if (filters.language) params.set('language', filters.language);
  if (filters.tags.length) params.set('tags', [...filters.tags].sort().join(','));
  if (filters.claim) params.set('claim', filters.claim);
  if (filters.needsTagReview) params.set('review', '1');
  if (filters.hasSimilar) params.set('similar', '1');
  if (filters.missing) params.set('missing', filters.missing);
  return params;
}

/** "?session=…&status=…" or "" (to append to a path). */
export function searchString(filters: QueueFilters): string {
  const s = filtersToSearch(filters).toString();
  return s ? `?${s}` : '';
}

export function toApiFilter(filters: QueueFilters): ApiQueueFilter {
  const out: ApiQueueFilter = {};
  if (filters.session) out.sessionId = filters.session;
  if (filters.round) out.roundId = filters.round;
  if (filters.region) out.region = filters.region;
  if (filters.status) out.status = filters.status;
  if (filters.language) out.language = filters.language;
  if (filters.tags.length) out.tagIds = [...filters.tags].sort();
  if (filters.claim === 'unclaimed') out.unclaimed = true;
  if (filters.claim === 'mine') out.claimedByMe = true;
  if (filters.needsTagReview) out.needsTagReview = true;
  if (filters.hasSimilar) out.hasSimilar = true;
  if (filters.missing) out.missingTagCategory = filters.missing;
  return out;
}

/**
 * What "moderate next" looks through: the same view, but only items nobody holds, among those
 * waiting (a read-only list of decided items has nothing to claim). Appeals are staff's to decide:
 * the caller skips APPEALED items in the answer.
 */
export function nextClaimableFilter(filters: QueueFilters): ApiQueueFilter {
  const api = toApiFilter({ ...filters, claim: 'unclaimed' });
  if (api.status !== 'SUBMITTED' && api.status !== 'UNDER_REVIEW') delete api.status;
  return api;
}

/** Statuses "moderate next" can claim. */
export const CLAIMABLE_STATUSES: readonly string[] = ['SUBMITTED', 'UNDER_REVIEW'];

/** The scope of the status counts: the chosen round, else the chosen session, else everything. */
export function countsScope(filters: QueueFilters): { roundId: string | null; sessionId: string | null } {
  if (filters.round) return { roundId: filters.round, sessionId: null };
  return { roundId: null, sessionId: filters.session ?? null };
}

/** How many filters narrow the view (shown on the filters' toggle). */
export function activeFilterCount(filters: QueueFilters): number {
  return (
    [
      filters.session,
      filters.round,
      filters.region,
      filters.status,
      filters.language,
      filters.claim,
      filters.missing,
    ].filter(Boolean).length +
    (filters.tags.length ? 1 : 0) +
    (filters.needsTagReview ? 1 : 0) +
    (filters.hasSimilar ? 1 : 0)
  );
}

/** Whether the view lists decided items (read-only) rather than the waiting ones. */
export const listsDecided = (filters: QueueFilters): boolean =>
  !!filters.status && (DECIDED_STATUSES as readonly string[]).includes(filters.status);
