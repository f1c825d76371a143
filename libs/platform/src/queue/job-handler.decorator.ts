import { SetMetadata } from '@nestjs/common';
import { Job as BullJob } from 'bullmq';
import { JobName, JobPayloads } from './jobs';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

/** Marks a provider as the handler of one job name; the worker finds it at start-up. */
export const JobHandler = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER, name);

/**
 * A job handler. It must be idempotent: reload state by id and return early when the state has
 * already moved on, because a job can run more than once.
 */
export interface JobProcessor<K extends JobName> {
  handle(payload: JobPayloads[K], job: BullJob): Promise<void>;
  /**
   * Called once the job has failed for good — retries spent, or its worker died too often (a
   * stalled job never reaches handle() again) — so the state it was working on is not left hanging.
   * The failure is logged already, under `errorId`.
   */
  failed?(payload: JobPayloads[K], error: Error, errorId: string): Promise<void>;
}
