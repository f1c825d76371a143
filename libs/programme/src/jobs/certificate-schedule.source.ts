import { Injectable } from '@nestjs/common';
import { DueJob, JobScheduleSource, ScheduleSource } from '@app/platform';
import { DataSource } from 'typeorm';

/** Every certificate still QUEUED needs its print job (the job leaves early once it is READY). */
@Injectable()
@ScheduleSource()
export class CertificateScheduleSource implements JobScheduleSource {
  constructor(private readonly dataSource: DataSource) {}

  async dueJobs(): Promise<DueJob[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM event_certificates WHERE status = 'QUEUED' ORDER BY requested_at LIMIT 10000`,
    );
    return rows.map((r) => ({ job: { name: 'programme.certificate', payload: { certificateId: r.id } } }));
  }
}
