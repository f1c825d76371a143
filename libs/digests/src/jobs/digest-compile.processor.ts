import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, JobPayloads, JobProcessor } from '@app/platform';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { DigestCompiler } from '../compile/digest.compiler';

/**
 * Runs a compile. A throw is retried with backoff; when the last attempt fails the digest shows
 * FAILED with a message that names no internals — the error id leads to the details in the log.
 */
@Injectable()
@JobHandler('digest.compile')
export class DigestCompileProcessor implements JobProcessor<'digest.compile'> {
  private readonly logger = new Logger(DigestCompileProcessor.name);

  constructor(
    private readonly compiler: DigestCompiler,
    private readonly dataSource: DataSource,
  ) {}

  async handle({ digestId }: JobPayloads['digest.compile'], job: Job): Promise<void> {
    try {
      await this.compiler.compile(digestId);
    } catch (error) {
      const errorId = randomUUID();
      const attempts = job.opts.attempts ?? 1;
      this.logger.error(
        { errorId, digestId, attempt: job.attemptsMade + 1, of: attempts, err: error },
        'digest compile failed',
      );
      if (job.attemptsMade + 1 >= attempts) await this.markFailed(digestId, errorId);
      throw error;
    }
  }

  /** The worker's final-failure hook: also covers a job whose workers died mid-compile too often. */
  async failed({ digestId }: JobPayloads['digest.compile']): Promise<void> {
    const errorId = randomUUID();
    this.logger.error({ errorId, digestId }, 'digest compile given up');
    await this.markFailed(digestId, errorId);
  }

  private async markFailed(digestId: string, errorId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE digests SET status = 'FAILED', error = $2 WHERE id = $1 AND status IN ('QUEUED', 'COMPILING')`,
      [
        digestId,
        `Compiling failed (error id ${errorId}). Request the digest again; if it fails again, give the error id to the administrators.`,
      ],
    );
  }
}
