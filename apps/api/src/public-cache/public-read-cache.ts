import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLSchema, parse } from 'graphql';
import Redis from 'ioredis';
import {
  CachePlan,
  Clock,
  PUBLIC_CACHE_ENTRY_PREFIX,
  PUBLIC_CACHE_GENERATIONS_KEY,
  PublicScope,
  planFor,
  REDIS,
} from '@app/platform';
import { DataSource } from 'typeorm';
import { ApiConfig } from '../api.config';

/** Documents longer than this are not cached (the web client's are well under 2,000 characters). */
const MAX_CACHED_DOCUMENT = 8_000;
/** Answers larger than this are not cached. */
const MAX_ENTRY_BYTES = 512 * 1024;
/** How many documents' plans are remembered (the web client has a few dozen). */
const PLAN_MEMO_SIZE = 500;
/** A cache that does not answer within this long is skipped: Redis trouble is a miss, never a wait. */
const LOOKUP_TIMEOUT_MS = 250;
/**
 * How long the next round boundary may be remembered before it is read again. A round created or
 * moved also bumps the catalogue's generation through the worker; this bound holds without one.
 */
const BOUNDARY_MEMO_MS = 1_000;

/**
 * Reads the scopes' generations and the entry filed under them in one round trip. ARGV[1] is the
 * installation's key prefix (ioredis prefixes KEYS only), ARGV[2] the request's hash, ARGV[3..]
 * the scopes. Answers the entry's key (without the installation prefix) and the entry or nil.
 */
const LOOKUP_SCRIPT = `
local gens = redis.call('HMGET', KEYS[1], unpack(ARGV, 3))
local parts = {}
for i = 1, #gens do parts[i] = gens[i] or '0' end
local key = '${PUBLIC_CACHE_ENTRY_PREFIX}' .. table.concat(parts, '.') .. ':' .. ARGV[2]
return { key, redis.call('GET', ARGV[1] .. key) }
`;

type CacheRedis = Redis & {
  plenaryPublicCacheLookup(
    generationsKey: string,
    prefix: string,
    hash: string,
    ...scopes: string[]
  ): Promise<[string, string | null]>;
};

export interface CacheLookup {
  key: string;
  body: string | null;
}

/**
 * Anonymous public reads (rounds, approved submissions, published digests) answered from Redis.
 *
 * What may enter: only the answer the api gave to a request without credentials, for a query whose
 * root fields are all public reads (see planFor), answered 200 without errors. Such an answer is,
 * by construction, what anyone may see: an ANONYMOUS submitter's name, drafts and items not
 * approved never reach an anonymous answer, so they never reach the cache. Requests with a token
 * never read or write it.
 *
 * When it is refreshed: entries are filed under the generations of the scopes they read; the
 * database triggers put a `public-cache.invalidate` job in the outbox with every change the public
 * can see (approval, withdrawal, a new version, a tag, a co-signature, an organisation's name,
 * publication, a round's dates) and the worker bumps the generation, milliseconds after the
 * commit. An entry also ends at the next round boundary (a round opening or closing changes its
 * status without a write) and after PUBLIC_CACHE_TTL_SECONDS at most.
 *
 * When Redis is missing or slow, every request is a miss and is answered as without the cache.
 */
@Injectable()
export class PublicReadCache {
  private readonly logger = new Logger(PublicReadCache.name);
  private readonly plans = new Map<string, CachePlan>();
  private boundary: { from: number; until: number; catalogue: string } | null = null;
  private boundaryLoading?: { from: number; until: Promise<number> };
  readonly enabled: boolean;
  private readonly ttlMs: number;
  private readonly prefix: string;

  constructor(
    config: ApiConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly schemaHost: GraphQLSchemaHost,
    @Optional() @Inject(REDIS) private readonly redis?: Redis,
  ) {
    this.enabled = config.PUBLIC_CACHE === 'auto' && !!redis;
    this.ttlMs = config.PUBLIC_CACHE_TTL_SECONDS * 1000;
    this.prefix = `${config.REDIS_PREFIX}:`;
    if (this.enabled && redis && !('plenaryPublicCacheLookup' in redis)) {
      redis.defineCommand('plenaryPublicCacheLookup', { numberOfKeys: 1, lua: LOOKUP_SCRIPT });
    }
  }

  /** The plan of a document, remembered per document text and operation name. */
  plan(query: string, operationName: string | undefined): CachePlan {
    const memoKey = `${operationName ?? ''}\u0000${query}`;
    let plan = this.plans.get(memoKey);
    if (!plan) {
      let schema: GraphQLSchema;
      try {
        schema = this.schemaHost.schema;
        plan = planFor(schema, parse(query, { maxTokens: 2_000 }), operationName);
      } catch {
        plan = { cacheable: false, scopes: [] }; // a syntax error: Apollo answers it
      }
      if (this.plans.size >= PLAN_MEMO_SIZE) this.plans.delete(this.plans.keys().next().value as string);
      this.plans.set(memoKey, plan);
    }
    return plan;
  }

  /** The entry for `hash` under the scopes' current generations; null when the cache cannot answer. */
  async lookup(scopes: PublicScope[], hash: string): Promise<CacheLookup | null> {
    const redis = this.redis as CacheRedis | undefined;
    if (!redis || redis.status !== 'ready') return null;
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = await Promise.race([
        redis.plenaryPublicCacheLookup(PUBLIC_CACHE_GENERATIONS_KEY, this.prefix, hash, ...scopes),
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), LOOKUP_TIMEOUT_MS))),
      ]);
      return answer ? { key: answer[0], body: answer[1] } : null;
    } catch (error) {
      this.logger.debug(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        'cache lookup failed',
      );
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Files an answer under the key its lookup named. `startedAt` is when the request began: an
   * answer read before a round boundary is not kept past it, and not at all once it has passed.
   */
  async store(key: string, body: string, startedAt: number): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status !== 'ready' || Buffer.byteLength(body) > MAX_ENTRY_BYTES) return;
    try {
      // The first generation in the key is the catalogue's (rounds' dates live there).
      const catalogue = key.slice(PUBLIC_CACHE_ENTRY_PREFIX.length).split(/[.:]/)[0];
      const boundary = await this.nextBoundary(startedAt, catalogue);
      const ttl = Math.min(this.ttlMs, boundary - this.clock.now().getTime());
      if (ttl < 50) return;
      await redis.set(key, body, 'PX', ttl);
    } catch (error) {
      this.logger.debug(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        'cache store failed',
      );
    }
  }

  /**
   * The first round opening, closing or end of revisions after `from` (ms); far away if none.
   * Remembered while the catalogue's generation (rounds' dates) is unchanged, for a second at most.
   */
  private async nextBoundary(from: number, catalogue: string): Promise<number> {
    const known = this.boundary;
    const now = this.clock.now().getTime();
    if (
      known &&
      known.catalogue === catalogue &&
      known.from <= from &&
      from < known.until &&
      now - known.from < BOUNDARY_MEMO_MS
    )
      return known.until;
    // A load already running for an earlier start answers this one conservatively: a boundary it
    // finds at or before `from` means "do not keep". One started later might miss a boundary.
    const loading = this.boundaryLoading;
    if (loading && loading.from <= from) return loading.until;
    const until = this.dataSource
      .query<{ next: Date | null }[]>(
        `SELECT min(t) AS next FROM consultation_rounds r,
           LATERAL (VALUES (r.opens_at), (r.closes_at), (r.revisions_close_at)) AS v(t)
         WHERE t > $1`,
        [new Date(from)],
      )
      .then(([row]) => (row?.next ? new Date(row.next).getTime() : Number.MAX_SAFE_INTEGER));
    this.boundaryLoading = { from, until };
    try {
      const value = await until;
      this.boundary = { from, until: value, catalogue };
      return value;
    } finally {
      if (this.boundaryLoading?.until === until) this.boundaryLoading = undefined;
    }
  }

  /** The clock the boundaries are read with. */
  now(): number {
    return this.clock.now().getTime();
  }
}

/** The request's identity in the cache: document, operation and variables. */
function requestHash(query: string, operationName: unknown, variables: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([query, operationName ?? null, variables ?? null]))
    .digest('base64url');
}

/**
 * In front of Apollo on /graphql: answers anonymous public reads from the cache, and files the
 * answers of misses. Everything else passes straight through.
 */
export function publicCacheMiddleware(cache: PublicReadCache) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!cache.enabled || req.method !== 'POST' || req.headers.authorization) return next();
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
    const query = body?.query;
    if (typeof query !== 'string' || query.length > MAX_CACHED_DOCUMENT) return next();
    const operationName = typeof body?.operationName === 'string' ? body.operationName : undefined;
    if (body?.operationName != null && operationName === undefined) return next();
    if (body?.variables != null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) return next();
    const plan = cache.plan(query, operationName);
    if (!plan.cacheable) return next();
    const startedAt = cache.now();
    const hash = requestHash(query, operationName, body?.variables);
    void cache.lookup(plan.scopes, hash).then((found) => {
      if (found?.body != null) {
        res.status(200);
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('x-plenary-cache', 'hit');
        res.end(found.body);
        return;
      }
      if (!found) return next();
      res.setHeader('x-plenary-cache', 'miss');
      capture(res, (answer) => {
        if (res.statusCode !== 200 || answer.includes('"errors"')) return;
        void cache.store(found.key, answer, startedAt);
      });
      next();
    }, next);
  };
}

/** Calls `done` with the body once the response has been sent whole. */
function capture(res: Response, done: (body: string) => void): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  const keep = (chunk: unknown, encoding?: unknown): void => {
    if (chunk == null || typeof chunk === 'function' || bytes > MAX_ENTRY_BYTES) return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    bytes += buffer.length;
    chunks.push(buffer);
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as Response['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as Response['end'];
  res.once('finish', () => {
    if (bytes <= MAX_ENTRY_BYTES) done(Buffer.concat(chunks).toString('utf8'));
  });
}
