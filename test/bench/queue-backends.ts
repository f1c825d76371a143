import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { DigestEdition, DigestService } from '@app/digests';
import {
  Clock,
  createDataSource,
  createRedis,
  DEFAULT_JOB_OPTIONS,
  enqueue,
  loadConfig,
  OutboxRelay,
  PLATFORM_ENTITIES,
  PlatformRole,
  QueueBackendName,
  QueueRegistry,
} from '@app/platform';
import { createPostgresBackend, Job, Queue, Worker } from 'bullmq';
import { Pool } from 'pg';
import { CliConfig } from '../../apps/cli/src/cli.config';
import { CliModule } from '../../apps/cli/src/cli.module';
import { WorkerConfig } from '../../apps/worker/src/worker.config';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { Args, BENCH_REDIS_PREFIX, benchDatabaseUrl, benchRedisUrl } from './lib/bench-env';
import { loadWorld } from './lib/bench-world';
import { median, percentile, runConcurrently } from './lib/stats';

const USAGE = `npm run bench:queues -- [options]

What each queue backend costs: M6 (a no-op job through enqueue() + outbox relay + BullMQ, and the
same no-op job through raw BullMQ on that backend) and one digest compile through the queue (the
bench session's INTERNAL digest, all six formats, requested as staff do and run by an in-process
worker), for QUEUE_BACKEND=redis and QUEUE_BACKEND=postgres. Needs the bench world
(npm run bench:data -- --size 1k).

  --queue-backend redis|postgres|both   default both
  --jobs N                              no-op jobs per M6 round (default 300)
  --rounds N                            M6 rounds, median printed (default 3)
  --digest-rounds N                     digest compiles per backend (default 1; 0 skips)
  --chromium PATH                       Chromium for the PDF (default /usr/bin/chromium)
`;

const PRODUCERS = 4;
const CONCURRENCY = 5;
const RAW_QUEUE = 'bench-raw-noop';

function configFor(backend: QueueBackendName): WorkerConfig {
  return loadConfig(WorkerConfig, {
    PATH: process.env.PATH,
    DATABASE_URL: benchDatabaseUrl(),
    REDIS_URL: backend === 'redis' ? benchRedisUrl() : 'redis://127.0.0.1:1',
    REDIS_PREFIX: `${BENCH_REDIS_PREFIX}-queues-${backend}`,
    QUEUE_BACKEND: backend,
    LOG_LEVEL: 'warn',
  });
}

/** Waits until every id has completed on `worker`; returns each job's enqueue-to-done latency. */
function completions(worker: Worker, ids: Set<string>): { done: Promise<void>; latencies: number[] } {
  const latencies: number[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${ids.size} jobs did not complete within 180 s`)), 180_000);
    const onDone = (job: Job) => {
      if (!job.id || !ids.delete(job.id)) return;
      latencies.push(Date.now() - (job.data as { at: number }).at);
      if (ids.size === 0) {
        clearTimeout(timer);
        worker.off('completed', onDone);
        resolve();
      }
    };
    worker.on('completed', onDone);
  });
  return { done, latencies };
}

/** Raw BullMQ on the backend: a Queue and a Worker of their own, no outbox. */
function rawQueueAndWorker(
  backend: QueueBackendName,
  config: WorkerConfig,
): { queue: Queue; worker: Worker; close: () => Promise<void> } {
  const noop = async (): Promise<void> => undefined;
  if (backend === 'redis') {
    const connection = createRedis(config, { forBullMQ: true });
    const prefix = `${config.REDIS_PREFIX}:bull`;
    const queue = new Queue(RAW_QUEUE, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    const worker = new Worker(RAW_QUEUE, noop, { connection, prefix, concurrency: CONCURRENCY });
    return { queue, worker, close: async () => void (await connection.quit()) };
  }
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 10, options: '-c search_path=bullmq' });
  const queue = new Queue(
    RAW_QUEUE,
    { connection: pool, defaultJobOptions: DEFAULT_JOB_OPTIONS },
    createPostgresBackend,
  );
  const worker = new Worker(RAW_QUEUE, noop, { connection: pool, concurrency: CONCURRENCY }, createPostgresBackend);
  return {
    queue: queue as unknown as Queue,
    worker: worker as unknown as Worker,
    close: () => pool.end(),
  };
}

async function measureM6(backend: QueueBackendName, jobs: number, rounds: number): Promise<string> {
  const config = configFor(backend);
  const dataSource = await createDataSource(config, {
    entities: PLATFORM_ENTITIES,
    applicationName: 'plenary-bench-queues',
  }).initialize();
  const registry = new QueueRegistry(config);
  const relay = new OutboxRelay(dataSource, registry, new Clock());
  const ourWorker = registry.createWorker('mail', async () => undefined, { concurrency: CONCURRENCY });
  const raw = rawQueueAndWorker(backend, config);
  try {
    await dataSource.query(`UPDATE outbox_jobs SET relayed_at = now() WHERE relayed_at IS NULL`);
    await relay.start();
    await Promise.all([ourWorker.waitUntilReady(), raw.worker.waitUntilReady()]);
    const ours = async () => {
      const emails = Array.from({ length: jobs }, () => randomUUID());
      const watch = completions(ourWorker, new Set(emails.map((e) => `mail.send-${e}`)));
      const start = performance.now();
      await runConcurrently(emails, PRODUCERS, async (emailId) => {
        await dataSource.transaction((m) =>
          enqueue(m, { name: 'mail.send', payload: { emailId, at: Date.now() } as { emailId: string } }),
        );
      });
      await watch.done;
      return { perSecond: (jobs / (performance.now() - start)) * 1000, p50: percentile(watch.latencies, 50) };
    };
    const bare = async () => {
      const ids = Array.from({ length: jobs }, () => `noop-${randomUUID()}`);
      const watch = completions(raw.worker, new Set(ids));
      const start = performance.now();
      await runConcurrently(ids, PRODUCERS, async (jobId) => {
        await raw.queue.add('noop', { at: Date.now() }, { jobId });
      });
      await watch.done;
      return { perSecond: (jobs / (performance.now() - start)) * 1000, p50: percentile(watch.latencies, 50) };
    };
    await ours(); // warm-up
    await bare();
    const o: number[] = [];
    const b: number[] = [];
    const ol: number[] = [];
    const bl: number[] = [];
    for (let r = 0; r < rounds; r += 1) {
      const a = await ours();
      const c = await bare();
      o.push(a.perSecond);
      b.push(c.perSecond);
      ol.push(a.p50);
      bl.push(c.p50);
      console.log(
        `  ${backend} M6 round ${r + 1}: ours ${a.perSecond.toFixed(0)} jobs/s, raw BullMQ ${c.perSecond.toFixed(0)} jobs/s`,
      );
    }
    return `| ${backend} | M6 no-op job | ${median(o).toFixed(0)} jobs/s (p50 ${median(ol).toFixed(0)} ms) | raw BullMQ on ${backend}: ${median(b).toFixed(0)} jobs/s (p50 ${median(bl).toFixed(0)} ms) | ${(median(o) / median(b)).toFixed(2)} |`;
  } finally {
    await relay.stop();
    await registry.close();
    await raw.worker.close();
    await raw.queue.close();
    await raw.close();
    await dataSource.destroy();
  }
}

/** One INTERNAL digest of the bench session, requested as staff do and compiled by an in-process worker. */
async function measureDigest(backend: QueueBackendName, rounds: number, chromium: string): Promise<string> {
  const storage = mkdtempSync(join(tmpdir(), 'plenary-bench-queues-files-'));
  const mail = mkdtempSync(join(tmpdir(), 'plenary-bench-queues-mail-'));
  const worker = Object.assign(configFor(backend), {
    FILE_STORAGE_DIR: storage,
    MAIL_DIR: mail,
    CHROMIUM_PATH: chromium,
  });
  const cli = Object.assign(loadConfig(CliConfig, {}), { ...worker });
  let requester: INestApplicationContext | undefined;
  let runner: INestApplicationContext | undefined;
  try {
    runner = await NestFactory.createApplicationContext(WorkerModule.forRoot(worker), { logger: ['error'] });
    requester = await NestFactory.createApplicationContext(CliModule.forRoot(cli), { logger: ['error'] });
    const pool = new Pool({ connectionString: worker.DATABASE_URL, max: 2 });
    const world = await loadWorld(pool);
    const times: number[] = [];
    let entries = 0;
    for (let r = 0; r < rounds; r += 1) {
      await pool.query(`DELETE FROM digests WHERE session_id = $1`, [world.focusSessionId]);
      const start = performance.now();
      const digest = await requester
        .get(DigestService)
        .request(
          { userId: world.staff.userId, sessionId: randomUUID(), roles: [PlatformRole.STAFF] },
          world.focusSessionId,
          DigestEdition.INTERNAL,
        );
      for (;;) {
        const { rows } = await pool.query<{ status: string; submission_count: number; error: string | null }>(
          'SELECT status, submission_count, error FROM digests WHERE id = $1',
          [digest.id],
        );
        if (rows[0].status === 'FAILED') throw new Error(`the digest FAILED: ${rows[0].error}`);
        if (rows[0].status === 'READY') {
          entries = rows[0].submission_count;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      times.push(performance.now() - start);
      console.log(`  ${backend} digest round ${r + 1}: ${(times[r] / 1000).toFixed(1)} s (${entries} entries)`);
    }
    await pool.end();
    return `| ${backend} | digest compile, request to READY (${entries} entries, six formats) | ${(median(times) / 1000).toFixed(1)} s | | |`;
  } finally {
    await requester?.close();
    await runner?.close();
    rmSync(storage, { recursive: true, force: true });
    rmSync(mail, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = new Args(process.argv.slice(2));
  if (args.flag('help')) {
    console.log(USAGE);
    return;
  }
  args.only(['queue-backend', 'jobs', 'rounds', 'digest-rounds', 'chromium', 'help']);
  const which = args.string('queue-backend') ?? 'both';
  if (!['redis', 'postgres', 'both'].includes(which))
    throw new Error('--queue-backend must be redis, postgres or both');
  const backends: QueueBackendName[] = which === 'both' ? ['redis', 'postgres'] : [which as QueueBackendName];
  const jobs = Math.round(args.number('jobs', 300));
  const rounds = Math.round(args.number('rounds', 3));
  const digestRounds = args.string('digest-rounds') === '0' ? 0 : Math.round(args.number('digest-rounds', 1));
  const chromium = args.string('chromium') ?? '/usr/bin/chromium';
  const lines = ['| backend | measurement | ours | baseline | ratio |', '|---|---|---:|---:|---:|'];
  for (const backend of backends) {
    console.log(`${backend}: M6 (${jobs} jobs × ${rounds} rounds)`);
    lines.push(await measureM6(backend, jobs, rounds));
    if (digestRounds > 0) {
      console.log(`${backend}: digest compile (${digestRounds} round(s))`);
      lines.push(await measureDigest(backend, digestRounds, chromium));
    }
  }
  console.log(`\n${lines.join('\n')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:queues failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
