import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { errorSummary, JobHandler, JobPayloads, JobProcessor, markLogged } from '@app/platform';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { DigestCompiler } from '../compile/digest.compiler';
import { compiledDir } from '../compile/work-dirs';
import { FILE_STORAGE, FileStorage, storageKey } from '../storage/file-storage';

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
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async handle({ digestId }: JobPayloads['digest.compile'], job: Job): Promise<void> {
    try {
      await this.compiler.compile(digestId);
    } catch (error) {
      // Logged here, once, with the digest and the error id its FAILED message gives.
      const errorId = randomUUID();
      const attempts = job.opts.attempts ?? 1;
      const final = job.attemptsMade + 1 >= attempts;
      const fields = { errorId, digestId, attempt: job.attemptsMade + 1, of: attempts, err: errorSummary(error) };
      if (final) this.logger.error(fields, 'digest compile failed for good');
      else this.logger.warn(fields, 'digest compile failed; will retry');
      if (final) await this.markFailed(digestId, errorId);
      throw markLogged(error, errorId);
    }
  }

  /** The worker's final-failure hook: also covers a job whose workers died mid-compile too often. */
  async failed({ digestId }: JobPayloads['digest.compile'], _error: Error, errorId: string): Promise<void> {
    await this.markFailed(digestId, errorId);
  }

  /**
   * FAILED, and nothing of it kept: its items and whatever files it stored (a digest that failed on
   * a full disk must not keep the disk full for the next one).
   */
  private async markFailed(digestId: string, errorId: string): Promise<void> {
    await this.dataSource.query(
      `WITH failed AS (
         UPDATE digests SET status = 'FAILED', error = $2, error_id = $3, phase = 'FAILED',
                phases = phases || jsonb_build_array(jsonb_build_object('phase', 'FAILED', 'startedAt', now()))
          WHERE id = $1 AND status IN ('QUEUED', 'COMPILING') RETURNING id
       ), items AS (DELETE FROM digest_items WHERE digest_id IN (SELECT id FROM failed))
       DELETE FROM digest_files WHERE digest_id IN (SELECT id FROM failed)`,
      [
        digestId,
        `Compiling failed (error id ${errorId}). Request the digest again; if it fails again, give the error id to the administrators.`,
        errorId,
      ],
    );
    const [row] = await this.dataSource.query<{ status: string }[]>('SELECT status FROM digests WHERE id = $1', [
      digestId,
    ]);
    if (row?.status === 'FAILED') {
      // Files an attempt on this machine compiled and could not store go too.
      await rm(compiledDir(digestId), { recursive: true, force: true }).catch(() => undefined);
      await this.storage
        .remove(storageKey(digestId, ''))
        .catch((err: unknown) =>
          this.logger.warn({ digestId, err: errorSummary(err) }, 'could not remove the failed digest files'),
        );
    }
  }
}
