import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayloads, JobProcessor } from '@app/platform';
import { SimilarityService } from '../services/similarity.service';

/** Stores the near-duplicates of one submitted version (enqueued by the submit that made it). */
@Injectable()
@JobHandler('moderation.similarity')
export class SimilarityProcessor implements JobProcessor<'moderation.similarity'> {
  constructor(private readonly similarity: SimilarityService) {}

  async handle({ submissionId, version }: JobPayloads['moderation.similarity']): Promise<void> {
    await this.similarity.refresh(submissionId, version);
  }
}

/**
 * Submissions checked per batch by the sweep, and how long one run may take before leaving the rest
 * to the next, a minute later. Short, so that a worker told to stop is not held by a backfill (a
 * stopping worker finishes the job in hand), and so that a backfill takes at most a sixth of a core.
 */
const SWEEP_BATCH = 20;
const SWEEP_BUDGET_MS = 10_000;

/**
 * A repeatable job: stores the near-duplicates of every submitted version that has none stored —
 * one whose job was lost, and every submission from before the stored pairs existed. Until then,
 * their "has similar" is computed live, so nothing is wrong in the meantime, only slower.
 */
@Injectable()
@JobHandler('moderation.similarity-sweep')
export class SimilaritySweepProcessor implements JobProcessor<'moderation.similarity-sweep'> {
  constructor(private readonly similarity: SimilarityService) {}

  async handle(): Promise<void> {
    const started = performance.now();
    for (;;) {
      const batch = await this.similarity.unchecked(SWEEP_BATCH);
      for (const { submissionId, version } of batch) await this.similarity.refresh(submissionId, version);
      if (batch.length < SWEEP_BATCH || performance.now() - started > SWEEP_BUDGET_MS) return;
    }
  }
}
