import { createHash } from 'node:crypto';
import {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestListener,
  GraphQLResponse,
  HeaderMap,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Extensions } from '@nestjs/graphql';
import { FormattedExecutionResult, GraphQLFormattedError, Kind, OperationDefinitionNode, print } from 'graphql';
import { DataSource } from 'typeorm';
import { AccessTokenService } from '../auth/access-token.service';
import { PlatformConfig } from '../config';
import { ErrorCode } from '../errors';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a key is remembered (PRODUCT.md: a repeat within 24 hours returns the first result). */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** How long a repeat waits for the first request with its key to finish before answering CONFLICT. */
const IN_PROGRESS_WAIT_MS = 15_000;
const KEY_FORMAT = /^[\x21-\x7e]{8,200}$/;

/**
 * Marks a mutation as taking an `Idempotency-Key` header: a repeat by the same user within 24 hours
 * gets the first response again (never a second object); the same key with another request is
 * refused; concurrent repeats run once.
 */
export const Idempotent = (): MethodDecorator & ClassDecorator =>
  Extensions({ idempotent: true }) as MethodDecorator & ClassDecorator;

interface Claim {
  userId: string;
  key: string;
  /** Renews the lease while the request runs. */
  renewal: NodeJS.Timeout;
}

/** Where the claim of the running request sits in the GraphQL context (for IdempotencyScopeInterceptor). */
export interface IdempotencyContext {
  idempotency?: { userId: string; key: string };
}

/** Run by every transaction a claimed request commits, inside it (withCommitMark). */
export const MARK_WRITTEN_SQL =
  'UPDATE idempotency_keys SET committed_at = now() WHERE user_id = $1 AND key = $2 AND committed_at IS NULL';

/**
 * Idempotency keys as a platform piece, keyed on the operation: resolvers only carry `@Idempotent()`.
 * Before execution the key is claimed in PostgreSQL (one row per user and key, the primary key makes
 * concurrent claims race safely); after it the GraphQL response is stored with the key, or the
 * claim is dropped if the mutation failed (nothing was created, so a retry may run it again).
 *
 * A claim is a lease, renewed while the request runs, and every transaction the request commits
 * marks the key "written" inside that same transaction (IdempotencyScopeInterceptor). So when the
 * api dies mid-request (SIGKILL, a lost machine), a repeat after the lease lapsed knows what
 * happened: nothing was written — it runs the request; something was — it answers CONFLICT saying
 * the request was carried out and its answer lost, and never creates a second object.
 */
@Plugin()
export class IdempotencyPlugin implements ApolloServerPlugin {
  private readonly leaseMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: AccessTokenService,
    config: PlatformConfig,
  ) {
    this.leaseMs = config.IDEMPOTENCY_LEASE_MS;
  }

  async requestDidStart(
    start: GraphQLRequestContext<BaseContext>,
  ): Promise<GraphQLRequestListener<BaseContext> | void> {
    const key = start.request.http?.headers.get(IDEMPOTENCY_HEADER);
    if (key === undefined) return;
    let claim: Claim | undefined;
    return {
      responseForOperation: async (ctx) => {
        if (!isIdempotentMutation(ctx.operation, ctx.schema)) return null;
        if (!KEY_FORMAT.test(key)) {
          return errorResponse(
            ErrorCode.BAD_USER_INPUT,
            'Invalid Idempotency-Key: 8 to 200 visible ASCII characters',
            'must be 8 to 200 visible ASCII characters',
          );
        }
        const userId = this.userOf(ctx.request.http?.headers.get('authorization'));
        if (!userId) return null; // the guard answers UNAUTHENTICATED; nothing to remember
        const operation = rootFields(ctx.operation).join(',');
        const requestHash = hashRequest(print(ctx.document), ctx.operationName ?? null, ctx.request.variables ?? {});
        const deadline = Date.now() + IN_PROGRESS_WAIT_MS;
        for (;;) {
          if (await this.claim(userId, key, operation, requestHash)) {
            claim = { userId, key, renewal: this.renewWhileRunning(userId, key) };
            (ctx.contextValue as IdempotencyContext).idempotency = { userId, key };
            return null; // run it
          }
          const [row] = await this.dataSource.query<
            {
              request_hash: string;
              response: FormattedExecutionResult | null;
              committed: boolean;
              lapsed: boolean;
            }[]
          >(
            `SELECT request_hash, response, committed_at IS NOT NULL AS committed, coalesce(lease_until < now(), false) AS lapsed
               FROM idempotency_keys
              WHERE user_id = $1 AND key = $2 AND created_at > now() - make_interval(hours => $3)`,
            [userId, key, IDEMPOTENCY_TTL_HOURS],
          );
          if (!row) continue; // the first request failed and let the key go, or it expired: claim it
          if (row.request_hash !== requestHash) {
            return errorResponse(
              ErrorCode.BAD_USER_INPUT,
              'Invalid Idempotency-Key: it was already used for a different request',
              'was already used for a different request; use a new key for a new request',
            );
          }
          if (row.response) return replay(row.response);
          if (row.lapsed && row.committed) {
            return errorResponse(
              ErrorCode.CONFLICT,
              'The request with this Idempotency-Key was carried out, but the server stopped before answering it. It will not be run again: look up what it created or changed.',
              'was used by a request that was carried out; its answer was lost',
            );
          }
          if (row.lapsed) continue; // its api died before writing anything: take the key over
          if (Date.now() > deadline) {
            return errorResponse(
              ErrorCode.CONFLICT,
              'A request with this Idempotency-Key is still being processed; retry later with the same key',
              'is in use by a request that has not finished',
            );
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      willSendResponse: async (ctx) => {
        if (!claim) return;
        const { userId, key: claimed, renewal } = claim;
        claim = undefined;
        clearInterval(renewal);
        const body = ctx.response.body;
        const result = body.kind === 'single' ? body.singleResult : undefined;
        if (result && !result.errors?.length && result.data) {
          await this.dataSource.query(
            'UPDATE idempotency_keys SET response = $3, lease_until = NULL WHERE user_id = $1 AND key = $2',
            [userId, claimed, JSON.stringify({ data: result.data })],
          );
        } else {
          // Failed: the key is let go when nothing was written (a retry may run it again); when
          // something was, a repeat gets this same answer rather than a second write.
          await this.dataSource.query(
            `WITH released AS (
               DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND response IS NULL AND committed_at IS NULL RETURNING 1
             )
             UPDATE idempotency_keys SET response = $3, lease_until = NULL
              WHERE user_id = $1 AND key = $2 AND response IS NULL AND NOT EXISTS (SELECT 1 FROM released)`,
            [userId, claimed, JSON.stringify(result ?? { errors: [] })],
          );
        }
      },
    };
  }

  /** Keeps the lease of a running request from lapsing: renewed at a third of its length. */
  private renewWhileRunning(userId: string, key: string): NodeJS.Timeout {
    const timer = setInterval(() => {
      this.dataSource
        .query(
          `UPDATE idempotency_keys SET lease_until = now() + make_interval(secs => $3)
            WHERE user_id = $1 AND key = $2 AND response IS NULL`,
          [userId, key, this.leaseMs / 1000],
        )
        .catch(() => undefined); // the next renewal tries again; a lapsed lease only lets a repeat look
    }, this.leaseMs / 3);
    timer.unref();
    return timer;
  }

  /**
   * Inserts the key; or takes over one that expired, or whose request's api died before writing
   * anything (lease lapsed, nothing committed: the same request may run again). False when a live
   * row holds it.
   */
  private async claim(userId: string, key: string, operation: string, requestHash: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, operation, request_hash, lease_until)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $6))
       ON CONFLICT (user_id, key) DO UPDATE
          SET operation = EXCLUDED.operation, request_hash = EXCLUDED.request_hash, response = NULL,
              created_at = now(), lease_until = EXCLUDED.lease_until, committed_at = NULL
        WHERE idempotency_keys.created_at <= now() - make_interval(hours => $5)
           OR (idempotency_keys.response IS NULL AND idempotency_keys.committed_at IS NULL
               AND idempotency_keys.lease_until < now() AND idempotency_keys.request_hash = EXCLUDED.request_hash)
       RETURNING user_id`,
      [userId, key, operation, requestHash, IDEMPOTENCY_TTL_HOURS, this.leaseMs / 1000],
    );
    return rows.length === 1;
  }

  private userOf(authorization: string | undefined): string | null {
    const match = /^Bearer (.+)$/.exec(authorization ?? '');
    return match ? (this.tokens.verify(match[1])?.sub ?? null) : null;
  }
}

/** Deletes keys older than the 24 hours they are remembered for; returns how many. */
export async function deleteExpiredIdempotencyKeys(dataSource: DataSource): Promise<number> {
  const [, count]: [unknown, number] = await dataSource.query(
    'DELETE FROM idempotency_keys WHERE created_at <= now() - make_interval(hours => $1)',
    [IDEMPOTENCY_TTL_HOURS],
  );
  return count;
}

function isIdempotentMutation(
  operation: OperationDefinitionNode | undefined,
  schema: {
    getMutationType(): { getFields(): Record<string, { extensions?: Record<string, unknown> }> } | null | undefined;
  },
): operation is OperationDefinitionNode {
  if (operation?.operation !== 'mutation') return false;
  const fields = schema.getMutationType()?.getFields() ?? {};
  return rootFields(operation).some((name) => fields[name]?.extensions?.idempotent === true);
}

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

/** The request as a hash: the printed document (whitespace does not matter), the operation and its variables. */
function hashRequest(document: string, operationName: string | null, variables: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify([document, operationName, canonical(variables)]))
    .digest('hex');
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

function replay(result: FormattedExecutionResult): GraphQLResponse {
  const headers = new HeaderMap([['idempotent-replayed', 'true']]);
  return { http: { headers, status: undefined }, body: { kind: 'single', singleResult: result } };
}

function errorResponse(code: ErrorCode, message: string, fieldMessage?: string): GraphQLResponse {
  const error: GraphQLFormattedError = {
    message,
    extensions: {
      code,
      ...(fieldMessage ? { fields: [{ field: 'Idempotency-Key', message: fieldMessage }] } : {}),
    },
  };
  return {
    http: { headers: new HeaderMap(), status: undefined },
    body: { kind: 'single', singleResult: { errors: [error] } },
  };
}
