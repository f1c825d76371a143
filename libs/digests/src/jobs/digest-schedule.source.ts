import { Injectable } from '@nestjs/common';
import { DueJob, JobScheduleSource, ScheduleSource } from '@app/platform';
import { DataSource } from 'typeorm';

/** Every digest requested and not finished needs its `digest.compile` job. */
@Injectable()
@ScheduleSource()
export class DigestScheduleSource implements JobScheduleSource {
  constructor(private readonly dataSource: DataSource) {}

  async dueJobs(): Promise<DueJob[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM digests WHERE status IN ('QUEUED', 'COMPILING') ORDER BY requested_at`,
    );
    return rows.map((r) => ({ job: { name: 'digest.compile', payload: { digestId: r.id } } }));
  }
}
