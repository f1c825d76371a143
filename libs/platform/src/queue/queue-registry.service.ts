import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createPostgresBackend, JobsOptions, Processor, Queue, Worker, WorkerOptions } from 'bullmq';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { PlatformConfig, QueueBackendName } from '../config';
import { BULLMQ_SCHEMA } from '../database/migrator';
import { isDependencyUnavailable } from '../errors';
import { errorSummary } from '../logging/outage-log';
import { createRedis } from '../redis';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUES, JOB_RETRIES, jobIdFor, JobName, QUEUE_NAMES, QueueName } from './jobs';
import { queueBackendOf } from './queue-backend';
import { DueJob } from './schedule-source';

/** The options every job is added with: its deterministic id, its retries, its delay. */
export function jobOptions(name: JobName, jobId: string, delay: number): JobsOptions {
  return { ...JOB_RETRIES[name], jobId, delay };
}

/** What a worker of one queue needs besides its processor; the connection is the registry's. */
export type WorkerTuning = Pick<
  WorkerOptions,
  'concurrency' | 'lockDuration' | 'stalledInterval' | 'maxStalledCount' | 'autorun'
>;

/**
 * The BullMQ queues and workers of this process, on Redis (keys under `<REDIS_PREFIX>:bull`) or on
 * PostgreSQL (the `bullmq` schema of DATABASE_URL), as QUEUE_BACKEND says. Connections are opened on
 * first use: one Redis connection for the queues and one (blocking) for the workers, or one small
 * pool for both, which also holds each worker's LISTEN connection.
 */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly logger = new Logger('Queues');
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private producer?: Redis;
  private consumer?: Redis;
  private pool?: Pool;
  readonly backend: QueueBackendName;

  constructor(private readonly config: PlatformConfig) {
    this.backend = queueBackendOf(config);
  }

  get prefix(): string {
    return `${this.config.REDIS_PREFIX}:bull`;
  }

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const opts = { defaultJobOptions: DEFAULT_JOB_OPTIONS };
      if (this.backend === 'postgres') {
        // The job methods Plenary uses (add, addBulk, getJob, getJobCounts, schedulers) are the same
        // on either backend; only the connection type differs.
        queue = new Queue(
          name,
          { ...opts, connection: this.postgresPool() },
          createPostgresBackend,
        ) as unknown as Queue;
      } else {
        queue = new Queue(name, { ...opts, connection: this.producerConnection(), prefix: this.prefix });
      }
      // A Queue with no 'error' listener prints every reconnect failure raw on stderr.
      queue.on('error', (error: Error) => reportQueueError(this.logger, { queue: name }, error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /**
   * Adds jobs under their deterministic ids (a job whose id the queue still holds is left alone),
   * delayed until `runAt`; one round trip per queue.
   */
  async addJobs(due: DueJob[], now = Date.now()): Promise<void> {
    const byQueue = new Map<QueueName, { name: string; data: unknown; opts: JobsOptions }[]>();
    for (const { job, runAt } of due) {
      const queue = JOB_QUEUES[job.name];
      const list = byQueue.get(queue) ?? [];
      const delay = runAt ? Math.max(0, runAt.getTime() - now) : 0;
      list.push({ name: job.name, data: job.payload, opts: jobOptions(job.name, jobIdFor(job), delay) });
      byQueue.set(queue, list);
    }
    for (const [queue, jobs] of byQueue) {
      for (let i = 0; i < jobs.length; i += 500) await this.get(queue).addBulk(jobs.slice(i, i + 500));
    }
  }

  /**
   * Calls `listener` whenever the queues' Redis connection is ready again after it was lost (a
   * Redis that restarted may have lost its jobs). On PostgreSQL the jobs are as durable as the
   * database, so there is nothing to listen for.
   */
  onReconnect(listener: () => void): () => void {
    if (this.backend === 'postgres') return () => undefined;
    const connection = this.producerConnection();
    let lost = false;
    const onLost = (): void => {
      lost = true;
    };
    const onReady = (): void => {
      if (!lost) return;
      lost = false;
      listener();
    };
    connection.on('close', onLost);
    connection.on('ready', onReady);
    return () => {
      connection.off('close', onLost);
      connection.off('ready', onReady);
    };
  }

  /** A worker for one queue; closed with the registry unless the caller closes it first. */
  createWorker(name: QueueName, processor: Processor, tuning: WorkerTuning): Worker {
    let worker: Worker;
    if (this.backend === 'postgres') {
      worker = new Worker(
        name,
        processor,
        { ...tuning, connection: this.postgresPool() },
        createPostgresBackend,
      ) as unknown as Worker;
    } else {
      this.consumer ??= createRedis(this.config, { forBullMQ: true });
      worker = new Worker(name, processor, { ...tuning, connection: this.consumer, prefix: this.prefix });
    }
    worker.on('error', (error: Error) => reportQueueError(this.logger, { queue: name, worker: true }, error));
    this.workers.push(worker);
    return worker;
  }

  /** Closes the workers (letting running jobs finish), then the queues and the connections. */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
    await this.producer?.quit().catch(() => undefined);
    await this.consumer?.quit().catch(() => undefined);
    await this.pool?.end().catch(() => undefined);
    this.producer = this.consumer = this.pool = undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private producerConnection(): Redis {
    this.producer ??= createRedis(this.config, { forBullMQ: true });
    return this.producer;
  }

  private postgresPool(): Pool {
    this.pool ??= new Pool({
      connectionString: this.config.DATABASE_URL,
      // Each worker keeps one connection for LISTEN; the rest serve claims, completions and adds.
      max: QUEUE_NAMES.length + this.config.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: this.config.DATABASE_CONNECT_TIMEOUT_MS,
      keepAlive: true,
      application_name: 'plenary-bullmq',
      options: `-c search_path=${BULLMQ_SCHEMA} -c statement_timeout=${this.config.DATABASE_STATEMENT_TIMEOUT_MS}`,
    });
    // An idle connection that drops is replaced on the next use; it must not crash the process.
    this.pool.on('error', () => undefined);
    // Every queue, worker and scheduler of BullMQ listens for the pool's errors.
    this.pool.setMaxListeners(0);
    return this.pool;
  }
}

/**
 * A queue's or worker's own error. Losing Redis or PostgreSQL is already one line ("Redis
 * unavailable", the outbox's "relay failing"), and BullMQ reports it again at every reconnect
 * attempt of every connection: those are not repeated here. Anything else is a line of its own.
 */
function reportQueueError(logger: Logger, fields: Record<string, unknown>, error: Error): void {
  if (isDependencyUnavailable(error)) return;
  logger.error({ ...fields, err: errorSummary(error) }, 'queue error');
}
