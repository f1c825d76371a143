/**
 * Every queue, job name and payload in one place. The string values never change once shipped:
 * jobs waiting in Redis outlive deploys. Payloads carry ids only — never names, emails or text.
 */
export const QUEUE_NAMES = ['mail', 'consultations', 'moderation', 'digests', 'maintenance', 'programme'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Send one row of the email outbox (`email_messages`). */
  'mail.send': { emailId: string };
  /** Flip a round to OPEN and tell the region's organisations (`at`: the opensAt it was scheduled for, ms). */
  'round.open': { roundId: string; at: number };
  /** Remind organisations holding drafts 48 hours before `at` (the closesAt, ms). */
  'round.closing-reminder': { roundId: string; at: number };
  /** Flip a round to CLOSED at `at` (the closesAt, ms). */
  'round.close': { roundId: string; at: number };
  /** Repeatable (hourly): one "items waiting" notice to each moderator. */
  'moderation.waiting-digest': Record<string, never>;
  /** Find and store the near-duplicates of a submission's submitted version `version` (SimilarityService.refresh). */
  'moderation.similarity': { submissionId: string; version: number };
  /** Repeatable (every minute, at most 10 s a run): the same for every submitted version not yet checked (a lost job, data from before). */
  'moderation.similarity-sweep': Record<string, never>;
  /** Compile one requested digest (the row says which session and edition). */
  'digest.compile': { digestId: string };
  /** Repeatable (hourly): forget idempotency keys older than 24 hours. */
  'idempotency.cleanup': Record<string, never>;
  /** Repeatable (every 5 minutes): send the week-before and day-before reminders that the clock says are due. */
  'programme.reminders': Record<string, never>;
  /** Print one requested certificate of attendance (the row says whose, for which event, in which language). */
  'programme.certificate': { certificateId: string };
  /**
   * Something the public can see changed in `scope` (catalogue, submissions, digests): bump its
   * cache generation. Written by database triggers (migration PublicCacheInvalidation), once per
   * transaction and scope (`tx`: the transaction id).
   */
  'public-cache.invalidate': { scope: 'catalogue' | 'submissions' | 'digests'; tx: string };
}

export type JobName = keyof JobPayloads;

/** Which queue each job runs on. */
export const JOB_QUEUES: { [K in JobName]: QueueName } = {
  'mail.send': 'mail',
  'round.open': 'consultations',
  'round.closing-reminder': 'consultations',
  'round.close': 'consultations',
  'moderation.waiting-digest': 'moderation',
  'moderation.similarity': 'moderation',
  'moderation.similarity-sweep': 'moderation',
  'digest.compile': 'digests',
  'idempotency.cleanup': 'maintenance',
  'programme.reminders': 'programme',
  'programme.certificate': 'programme',
  'public-cache.invalidate': 'maintenance',
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

export type Job = { [K in JobName]: { name: K; payload: JobPayloads[K] } }[JobName];

/**
 * The deterministic BullMQ job id of a job: the same logical job always gets the same id, so a
 * job relayed twice from the outbox runs once. (BullMQ ids may not contain ':'.)
 */
export function jobIdFor(job: Job): string {
  switch (job.name) {
    case 'mail.send':
      return `mail.send-${job.payload.emailId}`;
    case 'round.open':
    case 'round.closing-reminder':
    case 'round.close':
      // One job per round and scheduled time: rescheduling makes a new job; the old one finds the dates moved and does nothing.
      return `${job.name}-${job.payload.roundId}-${job.payload.at}`;
    case 'moderation.similarity':
      return `moderation.similarity-${job.payload.submissionId}-${job.payload.version}`;
    case 'moderation.waiting-digest':
    case 'moderation.similarity-sweep':
    case 'idempotency.cleanup':
    case 'programme.reminders':
      return job.name;
    case 'programme.certificate':
      return `programme.certificate-${job.payload.certificateId}`;
    case 'digest.compile':
      return `digest.compile-${job.payload.digestId}`;
    case 'public-cache.invalidate':
      // The triggers write this id themselves: keep the two in step.
      return `public-cache.invalidate-${job.payload.scope}-${job.payload.tx}`;
  }
}

/** Retries are set here, for every job, always with backoff. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;

/** Where a job needs other retries than the default (still with backoff). */
export const JOB_RETRIES: Partial<
  Record<JobName, { attempts: number; backoff: { type: 'exponential'; delay: number } }>
> = {
  'digest.compile': { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
};

/** Jobs the worker schedules itself (BullMQ job schedulers), with how often they run. */
export const REPEATABLE_JOBS: { name: JobName; everyMs: number }[] = [
  { name: 'moderation.waiting-digest', everyMs: 3600_000 },
  { name: 'moderation.similarity-sweep', everyMs: 60_000 },
  { name: 'idempotency.cleanup', everyMs: 3600_000 },
  { name: 'programme.reminders', everyMs: 300_000 },
];
