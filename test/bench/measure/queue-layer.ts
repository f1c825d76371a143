import { randomUUID } from 'node:crypto';
import {
  Clock,
  createDataSource,
  createRedis,
  DEFAULT_JOB_OPTIONS,
  enqueue,
  loadConfig,
  OutboxRelay,
  PLATFORM_ENTITIES,
  PlatformConfig,
  QueueRegistry,
} from '@app/platform';
import { Job, Queue, Worker } from 'bullmq';
import { BENCH_REDIS_PREFIX, benchDatabaseUrl, benchRedisUrl } from '../lib/bench-env';
import { BenchContext, ResultRow, row } from '../lib/context';
import { median, percentile, round, runConcurrently } from '../lib/stats';

const PRODUCERS = 4;
const WORKER_CONCURRENCY = 5;
const RAW_QUEUE = 'bench-raw-noop';

/** Resolves when every id in `ids` has completed on `worker` (or rejects after a timeout). */
function completions(
  worker: Worker,
  ids: Set<string>,
  timeoutMs: number,
): { done: Promise<void>; latencies: number[] } {
  const latencies: number[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${ids.size} jobs did not complete within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
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

/**
 * M6: a no-op job through our queue layer — enqueue() writes an outbox row in a transaction, the
 * OutboxRelay (woken by NOTIFY) moves it to BullMQ, a BullMQ Worker runs it — against raw BullMQ
 * (Queue.add, same Worker options). jobs.ts is unchanged: our jobs use the existing `mail.send`
 * name, so the relay routes them to the `mail` queue, but under a bench-only Redis prefix where
 * only this measurement's no-op Worker listens. Nothing is ever sent.
 */
export async function measureQueueLayer(ctx: BenchContext): Promise<ResultRow> {
  const config = loadConfig(PlatformConfig, {
    ...process.env,
    DATABASE_URL: benchDatabaseUrl(),
    REDIS_URL: benchRedisUrl(),
    REDIS_PREFIX: `${BENCH_REDIS_PREFIX}-m6`,
    LOG_LEVEL: 'warn',
    // The bench's own measurements are on Redis (npm run bench:queues compares the backends).
    QUEUE_BACKEND: 'redis',
  });
  const dataSource = await createDataSource(config, {
    entities: PLATFORM_ENTITIES,
    applicationName: 'plenary-bench-m6',
  }).initialize();
  const registry = new QueueRegistry(config);
  const relay = new OutboxRelay(dataSource, registry, new Clock());
  const connection = createRedis(config, { forBullMQ: true });
  const noop = async (): Promise<void> => undefined;
  const ourWorker = new Worker('mail', noop, {
    connection,
    prefix: registry.prefix,
    concurrency: WORKER_CONCURRENCY,
    autorun: true,
  });
  const rawQueue = new Queue(RAW_QUEUE, {
    connection,
    prefix: registry.prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
  const rawWorker = new Worker(RAW_QUEUE, noop, {
    connection,
    prefix: registry.prefix,
    concurrency: WORKER_CONCURRENCY,
    autorun: true,
  });
  try {
    // Rows the api left in the bench outbox (decision emails) are not ours to relay here.
    await dataSource.query(`UPDATE outbox_jobs SET relayed_at = now() WHERE relayed_at IS NULL`);
    await relay.start();
    await Promise.all([ourWorker.waitUntilReady(), rawWorker.waitUntilReady()]);
    const n = ctx.options.jobs;
    const ours = async (): Promise<{ perSecond: number; latencies: number[] }> => {
      const emails = Array.from({ length: n }, () => randomUUID());
      const watch = completions(ourWorker, new Set(emails.map((e) => `mail.send-${e}`)), 120_000);
      const ms = await runConcurrently(emails, PRODUCERS, async (emailId) => {
        await dataSource.transaction((m) =>
          enqueue(m, { name: 'mail.send', payload: { emailId, at: Date.now() } as { emailId: string } }),
        );
      }).then(async (enqueued) => {
        const start = performance.now() - enqueued;
        await watch.done;
        return performance.now() - start;
      });
      return { perSecond: (n / ms) * 1000, latencies: watch.latencies };
    };
    const raw = async (): Promise<{ perSecond: number; latencies: number[] }> => {
      const ids = Array.from({ length: n }, () => `noop-${randomUUID()}`);
      const watch = completions(rawWorker, new Set(ids), 120_000);
      const start = performance.now();
      await runConcurrently(ids, PRODUCERS, async (jobId) => {
        await rawQueue.add('noop', { at: Date.now() }, { jobId });
      });
      await watch.done;
      return { perSecond: (n / (performance.now() - start)) * 1000, latencies: watch.latencies };
    };
    await ours();
    await raw();
    const o: number[] = [];
    const b: number[] = [];
    const ol: number[] = [];
    const bl: number[] = [];
    const omax: number[] = [];
    const bmax: number[] = [];
    for (let r = 0; r < ctx.options.rounds; r += 1) {
      const a = await ours();
      const c = await raw();
      o.push(a.perSecond);
      b.push(c.perSecond);
      ol.push(percentile(a.latencies, 50));
      bl.push(percentile(c.latencies, 50));
      omax.push(Math.max(...a.latencies));
      bmax.push(Math.max(...c.latencies));
      ctx.log(
        `  M6 round ${r + 1}: ours ${a.perSecond.toFixed(0)} jobs/s (p50 ${ol[r]} ms), raw BullMQ ${c.perSecond.toFixed(0)} jobs/s (p50 ${bl[r]} ms)`,
      );
    }
    const ratio = median(o) / median(b);
    return row({
      id: 'M6',
      what: `enqueue + process a no-op job: outbox row + relay + BullMQ worker vs raw BullMQ add (${n} jobs, ${PRODUCERS} producers, worker concurrency ${WORKER_CONCURRENCY})`,
      ours: round(median(o), 0),
      baseline: round(median(b), 0),
      unit: 'jobs/s',
      ratio: round(ratio, 3),
      ratioMeaning: 'ours ÷ baseline throughput',
      target: '≥ 0.5',
      pass: ratio >= 0.5,
      rounds: ctx.options.rounds,
      note: `enqueue→done latency, median of rounds: p50 ours ${median(ol)} ms, raw ${median(bl)} ms; max ours ${median(omax)} ms, raw ${median(bmax)} ms`,
    });
  } finally {
    await relay.stop();
    await Promise.all([ourWorker.close(), rawWorker.close()]);
    await registry
      .get('mail')
      .obliterate({ force: true })
      .catch(() => undefined);
    await rawQueue.obliterate({ force: true }).catch(() => undefined);
    await rawQueue.close();
    await registry.onApplicationShutdown();
    await connection.quit().catch(() => undefined);
    await dataSource.destroy();
  }
}
