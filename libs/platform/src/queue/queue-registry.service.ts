import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import Redis from 'ioredis';
import { PlatformConfig } from '../config';
import { createRedis } from '../redis';
import { DEFAULT_JOB_OPTIONS, JOB_QUEUES, JOB_RETRIES, jobIdFor, JobName, QueueName } from './jobs';
import { DueJob } from './schedule-source';

/** The options every job is added with: its deterministic id, its retries, its delay. */
export function jobOptions(name: JobName, jobId: string, delay: number): JobsOptions {
  return { ...JOB_RETRIES[name], jobId, delay };
}

/** The BullMQ queues of this installation, opened on first use and sharing one connection. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private connection?: Redis;

  constructor(private readonly config: PlatformConfig) {}

  get prefix(): string {
    return `${this.config.REDIS_PREFIX}:bull`;
  }

  get(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.sharedConnection(),
        prefix: this.prefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
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

  /** Calls `listener` whenever the queues' connection is ready again after it was lost. */
  onReconnect(listener: () => void): () => void {
    const connection = this.sharedConnection();
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

  private sharedConnection(): Redis {
    this.connection ??= createRedis(this.config, { forBullMQ: true });
    return this.connection;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.connection?.quit().catch(() => undefined);
  }
}
