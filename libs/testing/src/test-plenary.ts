import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';

import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Clock, QueueBackendName, SqlLogger } from '@app/platform';
import { DataSource } from 'typeorm';
import { ApiConfig } from '../../../apps/api/src/api.config';
import { API_APPLICATION_OPTIONS, ApiModule } from '../../../apps/api/src/api.module';
import { WorkerConfig } from '../../../apps/worker/src/worker.config';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { createSuiteDatabase, deleteRedisKeys, dropDatabaseNamed, TEST_REDIS_URL, testRunId } from './test-databases';

export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[]; [k: string]: unknown };
  }[];
}

export interface TestPlenaryOptions {
  api?: Partial<ApiConfig>;
  clock?: Clock;
  /** Where queues and rate limits live; TEST_QUEUE_BACKEND, else redis. */
  queueBackend?: QueueBackendName;
}

/** Both queue backends, for suites that must behave the same on each (`describe.each(QUEUE_BACKENDS)`). */
export const QUEUE_BACKENDS: QueueBackendName[] = ['redis', 'postgres'];

/** A port nothing listens on: a Redis URL there proves a suite on the PostgreSQL backend never needs Redis. */
export const CLOSED_REDIS_URL = 'redis://127.0.0.1:1';

/**
 * Options for a suite on `backend`. On PostgreSQL, REDIS_URL points at a closed port: anything
 * that still reached for Redis would fail the suite.
 */
export function onQueueBackend(
  backend: QueueBackendName,
  options: TestPlenaryOptions = {},
): TestPlenaryOptions & { queueBackend: QueueBackendName } {
  return {
    ...options,
    queueBackend: backend,
    api: { ...options.api, ...(backend === 'postgres' ? { REDIS_URL: CLOSED_REDIS_URL } : {}) },
  };
}

/**
 * One suite's Plenary: its own database (cloned from the run's template) and Redis prefix, the api
 * listening on a free port, and — on demand — a worker in the same process. `close()` removes all.
 */
export class TestPlenary {
  readonly sql = new SqlLogger();
  private worker?: INestApplicationContext;
  private mailDir?: string;

  private constructor(
    readonly app: NestExpressApplication,
    readonly url: string,
    readonly config: ApiConfig,
    private readonly databaseName: string,
    private readonly clock?: Clock,
  ) {}

  static async start(options: TestPlenaryOptions = {}): Promise<TestPlenary> {
    const db = await createSuiteDatabase();
    const config = Object.assign(new ApiConfig(), {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `plenary-test-${testRunId()}-${db.name.split('_').pop()}`,
      QUEUE_BACKEND:
        options.queueBackend ?? (process.env.TEST_QUEUE_BACKEND as QueueBackendName | undefined) ?? 'redis',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      PORT: 0,
      HOST: '127.0.0.1',
      LOGIN_MAX_PER_IP: 100_000,
      DATABASE_POOL_SIZE: 5,
      // Off unless a suite asks: it is refreshed by a worker, which most suites do not run.
      PUBLIC_CACHE: 'off',
      ...options.api,
    });
    const sql = new SqlLogger();
    let builder = Test.createTestingModule({ imports: [ApiModule.forRoot(config, { sqlLogger: sql })] });
    if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
    const moduleRef = await builder.compile();
    const app = moduleRef.createNestApplication<NestExpressApplication>({
      ...API_APPLICATION_OPTIONS,
      logger: false,
    });
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const plenary = new TestPlenary(app, url, config, db.name, options.clock);
    (plenary as { sql: SqlLogger }).sql = sql;
    return plenary;
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type, { strict: false });
  }

  /** POSTs a GraphQL operation the way a client does. */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphqlResult<T>, 'status'>;
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  }

  /**
   * Starts a worker (outbox relay + job handlers) against this suite's database and Redis, with the
   * api's config; `overrides` changes worker settings (e.g. CHROMIUM_PATH to make compiles fail).
   */
  async startWorker(overrides: Partial<WorkerConfig> = {}): Promise<string> {
    this.mailDir ??= mkdtempSync(join(tmpdir(), 'plenary-mail-'));
    const config = Object.assign(new WorkerConfig(), {
      ...this.config,
      MAIL_DIR: this.mailDir,
      SMTP_URL: undefined,
      ...overrides,
    });
    let builder = Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] });
    if (this.clock) builder = builder.overrideProvider(Clock).useValue(this.clock);
    const moduleRef = await builder.compile();
    this.worker = moduleRef.createNestApplication({ logger: false });
    await this.worker.init();
    return this.mailDir;
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = undefined;
  }

  async close(): Promise<void> {
    await this.stopWorker();
    await this.app.close();
    await dropDatabaseNamed(this.databaseName);
    await deleteRedisKeys(this.config.REDIS_PREFIX);
    if (this.mailDir) rmSync(this.mailDir, { recursive: true, force: true });
  }
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
