import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DomainException, PlatformErrors } from '../errors';
import { unsafeTextReason } from '../graphql/text-rules';

@ObjectType({
  description:
    'Where a page of a list stands (Relay cursor connections). Lists page forwards: pass `endCursor` as `after` for the next page.',
})
export class PageInfo {
  @Field({ description: 'Whether the list has rows after this page.' })
  hasNextPage!: boolean;

  @Field({
    description:
      'Whether the list has rows before this page: false on the first page (no `after`), else whether rows up to the `after` cursor still exist for this caller.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first edge of this page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last edge of this page, to pass as `after`; null when the page is empty.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * A Relay-style connection type for `node` (`XConnection` with `XEdge`). `items` names what a page
 * holds, in the plural, for the schema's descriptions (e.g. 'organisations').
 */
export function ConnectionType<T>(node: Type<T>, name: string, items: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One of the ${items} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this edge: pass it as `after` to continue the list after it.' })
    cursor!: string;

    @Field(() => node, { description: 'The item itself.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${items} (a Relay cursor connection).` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in the list’s order.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Whether more pages exist, and the cursors at both ends of this one.' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Keyset position: the sort key of the last row seen and its id (the tie-breaker). */
export type KeysetPosition = [sortKey: string | number, id: string];

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * The position in a cursor this api gave out, or BAD_USER_INPUT (never a database error) for
 * anything else: the sort key is a short string of printable text or a finite number, the id a
 * short token of letters, digits and dashes (a uuid or a bigint). Each list then checks the kinds
 * its own cursors hold (see keysetTimestamp, timeKeysetPage, and the lists' services).
 */
export function decodeCursor(cursor: string | null | undefined): KeysetPosition | null {
  if (!cursor) return null;
  if (cursor.length <= 400 && /^[A-Za-z0-9_-]+$/.test(cursor)) {
    try {
      const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (Array.isArray(value) && value.length === 2 && isSortKey(value[0]) && isCursorId(value[1])) {
        return value as KeysetPosition;
      }
    } catch {
      // fall through
    }
  }
  throw badCursor();
}

export function badCursor(): DomainException {
  return PlatformErrors.BAD_CURSOR();
}

function isSortKey(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length <= 300 && unsafeTextReason(value) === null;
}

function isCursorId(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9A-Za-z-]{1,64}$/.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor id that must be a uuid (most lists), or BAD_USER_INPUT. */
export function cursorUuid(position: KeysetPosition): string {
  if (!UUID.test(position[1])) throw badCursor();
  return position[1];
}

/** A cursor whose sort key is a timestamp in milliseconds (sessions, rounds), or BAD_USER_INPUT. */
export function keysetTimestamp(position: KeysetPosition): { at: Date; id: string } {
  const key = position[0];
  if (typeof key !== 'number' || Math.abs(key) > 8.64e15) throw badCursor();
  return { at: new Date(key), id: cursorUuid(position) };
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw PlatformErrors.BAD_PAGE_SIZE(MAX_PAGE_SIZE);
  }
  return size;
}

/**
 * Builds a connection from rows fetched with `LIMIT size + 1`: the extra row only says whether a
 * next page exists. `hasPreviousPage` is the caller's to find out (see keysetPage, which looks).
 */
export function toConnection<R, T>(
  rows: R[],
  size: number,
  position: (row: R) => KeysetPosition,
  map: (row: R) => T,
  hasPreviousPage: boolean,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor(position(row)), node: map(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** The same page with each node mapped (e.g. entity → what this caller may see). */
export function mapConnection<A, B>(page: Connection<A>, map: (node: A, index: number) => B): Connection<B> {
  return { pageInfo: page.pageInfo, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: map(e.node, i) })) };
}

/** Common `first` / `after` arguments. */
export const PAGE_ARGS_FIRST = {
  type: () => Int,
  nullable: true,
  description: `How many items to return: 1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE} (BAD_USER_INPUT naming \`first\` otherwise).`,
} as const;

/** Common `after` argument. */
export const PAGE_ARGS_AFTER = {
  type: () => String,
  nullable: true,
  description:
    'Continue after this cursor (an `endCursor` or edge `cursor` this same list gave out); omit for the first page. Any other value answers BAD_USER_INPUT naming `after`.',
} as const;

/**
 * A timestamp sort key in a cursor: PostgreSQL's own text of the value (microseconds), because a
 * JS Date keeps milliseconds and a cursor cut to them skips rows in between (e.g. a batch inserted
 * at once). Numbers (milliseconds) from older cursors are still accepted.
 */
export function cursorTime(key: string | number): string | Date {
  if (typeof key === 'number') {
    if (Math.abs(key) > 8.64e15) throw badCursor();
    return new Date(key);
  }
  if (!/^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:\d\d)?|Z)$/.test(key)) throw badCursor();
  return key;
}
