import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import {
  JOB_HANDLER,
  JOB_NAMES,
  JOB_QUEUES,
  JobName,
  JobProcessor,
  OutboxRelay,
  QUEUE_NAMES,
  QueueRegistry,
  JobReconciler,
  errorIdOf,
  errorSummary,
  wasLogged,
  JobScheduleSource,
  SCHEDULE_SOURCE,
} from '@app/platform';
import { Job, Worker } from 'bullmq';
import { WorkerConfig } from './worker.config';

type Handler = JobProcessor<JobName>;

/**
 * Refuses to start unless every job name has exactly one handler, so a job can never wait in Redis
 * for code that does not exist, nor run twice through two handlers.
 */
export function checkHandlers(found: { name: string; handler: string }[]): void {
  const problems: string[] = [];
  for (const name of JOB_NAMES) {
    const handlers = found.filter((f) => f.name === name).map((f) => f.handler);
    if (handlers.length === 0) problems.push(`job "${name}" has no handler`);
    if (handlers.length > 1) problems.push(`job "${name}" has ${handlers.length} handlers (${handlers.join(', ')})`);
  }
  for (const f of found)
    if (!JOB_NAMES.includes(f.name as JobName)) problems.push(`${f.handler} handles unknown job "${f.name}"`);
  if (problems.length > 0) throw new Error(`Worker cannot start: ${problems.join('; ')}`);
}

/** Runs one BullMQ Worker per queue, dispatching each job to its handler, and the outbox relay. */
@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly relay: OutboxRelay,
    private readonly reconciler: JobReconciler,
    private readonly queues: QueueRegistry,
    private readonly config: WorkerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.discoverHandlers();
    for (const queue of QUEUE_NAMES) {
      // On Redis or PostgreSQL, as QUEUE_BACKEND says: the registry owns the connection.
      const worker = this.queues.createWorker(
        queue,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler || JOB_QUEUES[job.name as JobName] !== queue) throw new Error(`no handler for job ${job.name}`);
          await handler.handle(job.data as never, job);
        },
        {
          concurrency: this.config.WORKER_CONCURRENCY,
          lockDuration: this.config.JOB_LOCK_MS,
          stalledInterval: this.config.JOB_LOCK_MS,
          // A job whose worker died (SIGKILL, the OOM killer, a lost machine) is taken over by
          // another worker once its lock lapses: three deaths in a row are survived, the fourth
          // fails the job for good (a job that kills every worker must not loop forever).
          maxStalledCount: 3,
          autorun: true,
        },
      );
      // The one line a failed attempt gets (a handler that logged the failure itself marks the
      // error, so it is not told twice); a final failure is at error level with an error id.
      worker.on('failed', (job, error) => {
        const handler = job && handlers.get(job.name as JobName);
        const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled/i.test(error.message);
        const errorId = errorIdOf(error) ?? randomUUID();
        if (!wasLogged(error)) {
          const fields = {
            queue,
            job: job?.name,
            jobId: job?.id,
            attempt: job?.attemptsMade,
            of: job?.opts.attempts,
            errorId,
            err: errorSummary(error),
          };
          if (final) this.logger.error(fields, 'job failed for good');
          else this.logger.warn(fields, 'job failed; will retry');
        }
        if (job && handler?.failed && final) {
          handler
            .failed(job.data as never, error, errorId)
            .catch((err: unknown) =>
              this.logger.error({ job: job.name, jobId: job.id, err: errorSummary(err) }, 'failure hook failed'),
            );
        }
      });
      this.workers.push(worker);
    }
    await this.relay.start();
    // What PostgreSQL says must be queued (rounds' dates, unsent emails, unfinished digests, the
    // repeatable schedules) is added again under its deterministic ids: now, periodically and when
    // Redis comes back. Several workers doing it at once leave one job per id.
    await this.reconciler.start(this.discoverSources(), this.config.RECONCILE_INTERVAL_MS);
    this.logger.log(
      `worker ready (${this.queues.backend} queues): queues ${QUEUE_NAMES.join(', ')}; jobs ${JOB_NAMES.join(', ')}`,
    );
  }

  /**
   * SIGTERM: stop taking jobs at once, let running ones finish, stop relaying and reconciling —
   * all before any connection closes (connections close on application shutdown, after this).
   */
  async beforeApplicationShutdown(): Promise<void> {
    const closing = Promise.all(this.workers.map((w) => w.close()));
    await this.reconciler.stop();
    await this.relay.stop();
    await closing;
  }

  private discoverSources(): JobScheduleSource[] {
    return this.discovery
      .getProviders()
      .filter((w) => w.metatype && w.instance && Reflect.getMetadata(SCHEDULE_SOURCE, w.metatype as object))
      .map((w) => w.instance as JobScheduleSource);
  }

  private discoverHandlers(): Map<JobName, Handler> {
    const found: { name: string; handler: string; instance: Handler }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype as object | null;
      if (!type || !wrapper.instance) continue;
      const name = Reflect.getMetadata(JOB_HANDLER, type) as JobName | undefined;
      if (name) found.push({ name, handler: wrapper.name, instance: wrapper.instance as Handler });
    }
    checkHandlers(found);
    return new Map(found.map((f) => [f.name as JobName, f.instance]));
  }
}
