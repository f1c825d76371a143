import { Injectable, Logger } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../clock';
import { OutageLog } from '../logging/outage-log';
import { JOB_QUEUES, JobName, QueueName } from './jobs';
import { OUTBOX_CHANNEL } from './enqueue';
import { jobOptions, QueueRegistry } from './queue-registry.service';

interface OutboxRow {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  job_id: string;
  run_at: Date | null;
}

const BATCH = 200;
const IDLE_POLL_MS = 2_000;
const KEEP_RELAYED_MS = 24 * 3600 * 1000;

/**
 * Moves outbox rows to BullMQ. Rows are locked with SKIP LOCKED so several workers share the work;
 * a row is marked relayed in the same transaction that read it, after BullMQ accepted the job, so a
 * crash in between relays it again — and the deterministic job id makes BullMQ ignore the repeat.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  /** A database or Redis outage: one line when relaying starts failing, one when it works again. */
  private readonly outage = new OutageLog(this.logger, 'outbox relay failed; retrying', 'outbox relay working again');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Set by every NOTIFY; a notification that arrives while a batch runs must not be lost. */
  private notified = false;
  private releaseListener?: () => Promise<void>;
  /** False once the LISTEN connection died (a PostgreSQL restart): the poll loop opens a new one. */
  private listening = false;
  private lastCleanup = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly clock: Clock,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.listen().catch((error: unknown) =>
      this.logger.warn({ err: summary(error) }, 'outbox LISTEN failed; polling until it is back'),
    );
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.releaseListener?.();
  }

  /** Relays one batch; returns how many rows it moved. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, name, payload, job_id, run_at FROM outbox_jobs
          WHERE relayed_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, { name: string; data: unknown; opts: JobsOptions }[]>();
      const now = this.clock.now().getTime();
      for (const row of rows) {
        const queue = JOB_QUEUES[row.name as JobName];
        if (!queue) {
          this.logger.error({ outboxId: row.id, job: row.name }, 'outbox row names an unknown job; left in place');
          continue;
        }
        const delay = row.run_at ? Math.max(0, new Date(row.run_at).getTime() - now) : 0;
        const list = byQueue.get(queue) ?? [];
        list.push({
          name: row.name,
          data: row.payload,
          opts: jobOptions(row.name as JobName, row.job_id, delay),
        });
        byQueue.set(queue, list);
      }
      for (const [queue, jobs] of byQueue) await this.queues.get(queue).addBulk(jobs);
      const ids = rows.filter((r) => JOB_QUEUES[r.name as JobName]).map((r) => r.id);
      await manager.query('UPDATE outbox_jobs SET relayed_at = now() WHERE id = ANY($1::bigint[])', [ids]);
      return ids.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        if (!this.listening) await this.listen();
        this.notified = false;
        const moved = await this.relayBatch();
        await this.cleanup();
        this.outage.ok();
        if (moved === BATCH || this.notified) continue;
      } catch (error) {
        this.outage.failed(error);
      }
      await this.sleep(IDLE_POLL_MS);
    }
  }

  private async cleanup(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    await this.dataSource.query(
      `DELETE FROM outbox_jobs WHERE relayed_at < now() - ($1 || ' milliseconds')::interval`,
      [String(KEEP_RELAYED_MS)],
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** LISTEN on a dedicated connection so a commit that enqueues wakes the relay at once. */
  private async listen(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as {
      on(event: 'notification' | 'end', cb: () => void): void;
      on(event: 'error', cb: (error: Error) => void): void;
      removeAllListeners(event: string): void;
    };
    let lost = false;
    const onLost = (error?: Error): void => {
      if (lost) return;
      lost = true;
      this.listening = false;
      this.releaseListener = undefined;
      this.logger.warn({ err: error ? summary(error) : undefined }, 'outbox LISTEN connection lost; re-listening');
      client.removeAllListeners('notification');
      runner.release().catch(() => undefined);
      this.wake?.(); // the loop re-listens at once (and polls meanwhile)
    };
    client.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await runner.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
    this.listening = true;
    this.releaseListener = async () => {
      lost = true;
      this.listening = false;
      await runner.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
      client.removeAllListeners('notification');
      client.removeAllListeners('error');
      client.removeAllListeners('end');
      await runner.release().catch(() => undefined);
    };
  }

  /** Whether the LISTEN connection is open (for tests and health). */
  get isListening(): boolean {
    return this.listening;
  }
}

/** An error's name, code and message, without the bound values a driver error can carry. */
function summary(error: unknown): Record<string, unknown> {
  const e = error as { name?: string; code?: string; message?: string };
  return { name: e?.name, code: e?.code, message: e?.message };
}
