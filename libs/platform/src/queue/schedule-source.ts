import { SetMetadata } from '@nestjs/common';
import { Job } from './jobs';

export const SCHEDULE_SOURCE = Symbol('SCHEDULE_SOURCE');

/**
 * Marks a provider that derives, from PostgreSQL, jobs that must exist in the queue. The worker's
 * reconciler asks every source at start and periodically and adds what they name under the
 * deterministic job ids, so a queue that lost its jobs (a Redis restart without persistence)
 * costs a delay, never an action.
 */
export const ScheduleSource = (): ClassDecorator => SetMetadata(SCHEDULE_SOURCE, true);

/** A job PostgreSQL says must be queued, and when it is due (absent: now). */
export interface DueJob {
  job: Job;
  runAt?: Date | null;
}

export interface JobScheduleSource {
  /**
   * Every job whose work is still to be done according to the database. Only state that a handler
   * records when it is done may be read here (the handler's idempotence makes a repeat harmless).
   */
  dueJobs(): Promise<DueJob[]>;
}
