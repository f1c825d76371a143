import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../clock';
import { JOB_QUEUES, REPEATABLE_JOBS } from './jobs';
import { QueueRegistry } from './queue-registry.service';
import { JobScheduleSource } from './schedule-source';

export interface ReconcileResult {
  /** Jobs offered to the queues (those already there are left as they are). */
  offered: number;
  schedules: number;
}

/**
 * PostgreSQL is the source of truth for what must run. At start, periodically and whenever the
 * queue's connection comes back, the reconciler asks every schedule source what is due and adds
 * it under its deterministic job id: a job still in the queue is not added twice, a job the queue
 * lost is added again. Repeatable schedules are upserted the same way. Several workers may do this
 * at once; the ids make it converge.
 */
@Injectable()
export class JobReconciler {
  private readonly logger = new Logger(JobReconciler.name);
  private sources: JobScheduleSource[] = [];
  private timer?: NodeJS.Timeout;
  private running?: Promise<ReconcileResult | null>;
  private again = false;
  private detach?: () => void;

  constructor(
    private readonly queues: QueueRegistry,
    private readonly clock: Clock,
  ) {}

  /** Reconciles once now, then every `intervalMs` and after each reconnection of the queue. */
  async start(sources: JobScheduleSource[], intervalMs: number): Promise<void> {
    this.sources = sources;
    await this.reconcileNow();
    this.timer = setInterval(() => void this.reconcileSoon(), intervalMs);
    this.timer.unref();
    this.detach = this.queues.onReconnect(() => void this.reconcileSoon());
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.detach?.();
    this.timer = undefined;
    await this.running;
  }

  /** One pass; a pass asked for while one runs starts once that one ends (never two at once). */
  private async reconcileSoon(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    do {
      this.again = false;
      await this.reconcileNow().catch(() => undefined);
    } while (this.again && this.timer);
  }

  async reconcileNow(): Promise<ReconcileResult | null> {
    const started = this.clock.now().getTime();
    const pass = (async (): Promise<ReconcileResult | null> => {
      try {
        let offered = 0;
        for (const source of this.sources) {
          const due = await source.dueJobs();
          await this.queues.addJobs(due);
          offered += due.length;
        }
        for (const repeatable of REPEATABLE_JOBS) {
          await this.queues
            .get(JOB_QUEUES[repeatable.name])
            .upsertJobScheduler(repeatable.name, { every: repeatable.everyMs }, { name: repeatable.name, data: {} });
        }
        const result = { offered, schedules: REPEATABLE_JOBS.length };
        this.logger.log({ ...result, ms: this.clock.now().getTime() - started }, 'jobs reconciled with the database');
        return result;
      } catch (error) {
        this.logger.warn(
          { err: { name: (error as Error).name, message: (error as Error).message } },
          'job reconciliation failed; retrying later',
        );
        return null;
      }
    })();
    this.running = pass;
    try {
      return await pass;
    } finally {
      this.running = undefined;
    }
  }
}
