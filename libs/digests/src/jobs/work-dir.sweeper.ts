import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sweepStaleWorkDirs } from '../compile/work-dirs';

/**
 * At worker start — before any job is taken (the queues start on application bootstrap, after
 * every module's init) — removes what killed workers left on this machine's disk: compile scratch
 * directories (tens to hundreds of MB) and Chromium profiles of processes that are gone, and kept
 * compiled files of digests that are finished.
 */
@Injectable()
export class WorkDirSweeper implements OnModuleInit {
  private readonly logger = new Logger(WorkDirSweeper.name);

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const { removed, kept } = await sweepStaleWorkDirs(async (ids) => {
      const rows = await this.dataSource.query<{ id: string }[]>(
        `SELECT id FROM digests WHERE id = ANY($1::uuid[]) AND status NOT IN ('QUEUED', 'COMPILING')`,
        [ids],
      );
      return new Set(rows.map((r) => r.id));
    });
    if (removed.length > 0) this.logger.log({ removed, kept: kept.length }, 'stale digest work directories removed');
  }
}
