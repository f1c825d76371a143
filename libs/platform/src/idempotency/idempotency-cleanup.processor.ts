import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobHandler, JobProcessor } from '../queue/job-handler.decorator';
import { deleteExpiredIdempotencyKeys } from './idempotency.plugin';

/** Hourly: idempotency keys are remembered for 24 hours, then deleted. */
@Injectable()
@JobHandler('idempotency.cleanup')
export class IdempotencyCleanupProcessor implements JobProcessor<'idempotency.cleanup'> {
  private readonly logger = new Logger(IdempotencyCleanupProcessor.name);

  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<void> {
    const deleted = await deleteExpiredIdempotencyKeys(this.dataSource);
    if (deleted > 0) this.logger.log({ deleted }, 'expired idempotency keys deleted');
  }
}
