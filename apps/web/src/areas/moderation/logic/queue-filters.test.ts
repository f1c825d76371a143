import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  countsScope,
  filtersToSearch,
  listsDecided,
  nextClaimableFilter,
  NO_FILTERS,
  parseFilters,
  searchString,
  toApiFilter,
  type QueueFilters,
} from './queue-filters';

const SESSION = '11111111-2222-4333-8444-555555555555';
const ROUND = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const TAG_A = '0f0f0f0f-0000-4000-8000-000000000001';
const TAG_B = '0f0f0f0f-0000-4000-8000-000000000002';

describe('queue filters in the address bar', () => {
  it('reads every filter from the query string', () => {
    const f = parseFilters(
      `session=${SESSION}&round=${ROUND}&region=AG&status=UNDER_REVIEW&language=ar&tags=${TAG_B},${TAG_A}` +
        '&claim=mine&review=1&similar=1&missing=GENDER',
    );
    expect(f).toEqual({
      session: SESSION,
      round: ROUND,
      region: 'AG',
      status: 'UNDER_REVIEW',
      language: 'ar',
      tags: [TAG_B, TAG_A],
      claim: 'mine',
      needsTagReview: true,
      hasSimilar: true,
      missing: 'GENDER',
    });
  });

  it('round-trips: the filters written to the URL read back the same, in one canonical order', () => {
    const f: QueueFilters = {
      ...NO_FILTERS,
      region: 'GRULAC',
      status: 'APPROVED',
      tags: [TAG_B, TAG_A],
      missing: 'HUMAN_RIGHTS',
    };
    const search = filtersToSearch(f);
    expect(search.toString()).toBe(`region=GRULAC&status=APPROVED&tags=${TAG_A}%2C${TAG_B}&missing=HUMAN_RIGHTS`);
    expect(parseFilters(search)).toEqual({ ...f, tags: [TAG_A, TAG_B] });
    expect(searchString(NO_FILTERS)).toBe('');
    expect(searchString({ ...NO_FILTERS, hasSimilar: true })).toBe('?similar=1');
  });

  it('drops what the api would refuse rather than send it', () => {
    const f = parseFilters(
      'session=not-an-id&region=MARS&status=DRAFT&language=English&tags=x,,y&claim=everyone&review=yes&missing=COLOUR',
    );
    expect(f).toEqual(NO_FILTERS);
    expect(parseFilters('status=WITHDRAWN').status).toBeUndefined();
  });

  it('keeps at most ten distinct tags (the api’s limit)', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `0f0f0f0f-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(parseFilters(`tags=${[...ids, ids[0]].join(',')}`).tags).toHaveLength(10);
  });
});

describe('queue filters for the api', () => {
  it('maps each filter to the ModerationQueueFilter field, and nothing else', () => {
    expect(toApiFilter(NO_FILTERS)).toEqual({});
    expect(
      toApiFilter({
        ...NO_FILTERS,
        session: SESSION,
        round: ROUND,
        language: 'zh',
        tags: [TAG_B, TAG_A],
        claim: 'unclaimed',
        needsTagReview: true,
        hasSimilar: true,
        missing: 'THEME',
      }),
    ).toEqual({
      sessionId: SESSION,
      roundId: ROUND,
      language: 'zh',
      tagIds: [TAG_A, TAG_B],
      unclaimed: true,
      needsTagReview: true,
      hasSimilar: true,
      missingTagCategory: 'THEME',
    });
    expect(toApiFilter({ ...NO_FILTERS, claim: 'mine' })).toEqual({ claimedByMe: true });
  });

  it('"moderate next" looks at unclaimed waiting items of the same view', () => {
    expect(nextClaimableFilter({ ...NO_FILTERS, region: 'AG', claim: 'mine' })).toEqual({
      region: 'AG',
      unclaimed: true,
    });
    expect(nextClaimableFilter({ ...NO_FILTERS, status: 'APPROVED', missing: 'GENDER' })).toEqual({
      unclaimed: true,
      missingTagCategory: 'GENDER',
    });
    expect(nextClaimableFilter({ ...NO_FILTERS, status: 'SUBMITTED' })).toEqual({
      status: 'SUBMITTED',
      unclaimed: true,
    });
  });

  it('counts the chosen round, else the chosen session, else everything', () => {
    expect(countsScope({ ...NO_FILTERS, session: SESSION, round: ROUND })).toEqual({ roundId: ROUND, sessionId: null });
    expect(countsScope({ ...NO_FILTERS, session: SESSION })).toEqual({ roundId: null, sessionId: SESSION });
    expect(countsScope(NO_FILTERS)).toEqual({ roundId: null, sessionId: null });
  });

  it('says how many filters apply and whether decided items are listed', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, region: 'AG', tags: [TAG_A, TAG_B], hasSimilar: true })).toBe(3);
    expect(listsDecided({ ...NO_FILTERS, status: 'REJECTED' })).toBe(true);
    expect(listsDecided({ ...NO_FILTERS, status: 'APPEALED' })).toBe(false);
  });
});
