import { EntityManager } from 'typeorm';
import { Job, jobIdFor } from './jobs';

export const OUTBOX_CHANNEL = 'plenary_outbox';

/**
 * The one way to start a job: it is written to the outbox inside the caller's transaction and
 * relayed to BullMQ after commit. `runAt` delays it (the relay hands BullMQ the remaining delay).
 */
export async function enqueue(manager: EntityManager, job: Job, options: { runAt?: Date } = {}): Promise<void> {
  // One statement (one round trip) writes the row and notifies; the notification is delivered to
  // listeners only when the transaction commits, and the relay wakes at once.
  await manager.query(
    `WITH job AS (INSERT INTO outbox_jobs (name, payload, job_id, run_at) VALUES ($1, $2::jsonb, $3, $4) RETURNING id)
     SELECT pg_notify($5, '') FROM job`,
    [job.name, JSON.stringify(job.payload), jobIdFor(job), options.runAt ?? null, OUTBOX_CHANNEL],
  );
}
