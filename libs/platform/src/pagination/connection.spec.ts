import { DomainException, ErrorCode } from '../errors';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  KeysetPosition,
  MAX_PAGE_SIZE,
  pageSize,
  toConnection,
} from './connection';

/** Runs `fn` and returns the DomainException it throws. */
function domainErrorOf(fn: () => unknown): DomainException {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error('expected a DomainException');
}

describe('keyset cursors', () => {
  it.each<[string, KeysetPosition]>([
    ['a string sort key', ['2025-01-02T03:04:05.678Z', '5b1c2d1e-0000-4000-8000-000000000001']],
    ['a number sort key', [42, 'abc']],
    ['text with quotes and unicode', ['Ça "marche", n’est-ce pas ?', 'x']],
  ])('round-trips %s', (_what, position) => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe, no padding
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it('reads a missing cursor as the start of the list', () => {
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of non-JSON', Buffer.from('hello').toString('base64url')],
    ['a JSON object', Buffer.from('{"id":"x"}').toString('base64url')],
    ['a one-element array', Buffer.from('["x"]').toString('base64url')],
    ['a non-string id', Buffer.from('["x", 1]').toString('base64url')],
    ['a nested sort key', Buffer.from('[["x"], "y"]').toString('base64url')],
  ])('refuses %s as BAD_USER_INPUT naming `after`', (_what, cursor) => {
    const error = domainErrorOf(() => decodeCursor(cursor));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.fields.map((f) => f.field)).toEqual(['after']);
  });
});

describe('page size', () => {
  it(`defaults to ${DEFAULT_PAGE_SIZE} and allows up to ${MAX_PAGE_SIZE}`, () => {
    expect(pageSize(null)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
  });

  it.each([MAX_PAGE_SIZE + 1, 1000, 0, -1, 2.5])('refuses first=%s as BAD_USER_INPUT naming `first`', (first) => {
    const error = domainErrorOf(() => pageSize(first));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.fields.map((f) => f.field)).toEqual(['first']);
  });
});

describe('toConnection', () => {
  const rows = [1, 2, 3].map((n) => ({ id: `id-${n}`, rank: n }));
  const position = (r: { id: string; rank: number }): KeysetPosition => [r.rank, r.id];

  it('uses the extra row only to say a next page exists, and starts and ends on the shown rows', () => {
    const page = toConnection(rows, 2, position, (r) => r.id, false);
    expect(page.edges.map((e) => e.node)).toEqual(['id-1', 'id-2']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.startCursor)).toEqual([1, 'id-1']);
    expect(decodeCursor(page.pageInfo.endCursor)).toEqual([2, 'id-2']);
    expect(page.edges[0].cursor).toBe(page.pageInfo.startCursor);
    expect(page.edges[1].cursor).toBe(page.pageInfo.endCursor);
  });

  it('says there is no next page on the last page, and has no cursors when empty', () => {
    expect(toConnection(rows, 3, position, (r) => r.id, true).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: encodeCursor([1, 'id-1']),
      endCursor: encodeCursor([3, 'id-3']),
    });
    expect(toConnection([], 3, position, (r: { id: string }) => r.id, false)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});
