import { EntityManager } from 'typeorm';
import { Job, jobIdFor } from './jobs';
import { OutboxJobEntity } from './outbox.entity';

export const OUTBOX_CHANNEL = 'plenary_outbox';

/**
 * The one way to start a job: it is written to the outbox inside the caller's transaction and
 * relayed to BullMQ after commit. `runAt` delays it (the relay hands BullMQ the remaining delay).
 */
export async function enqueue(manager: EntityManager, job: Job, options: { runAt?: Date } = {}): Promise<void> {
  await manager.insert(OutboxJobEntity, {
    name: job.name,
    payload: job.payload as never,
    jobId: jobIdFor(job),
    runAt: options.runAt ?? null,
  });
  // Delivered to listeners only when the transaction commits; the relay wakes at once.
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
}
