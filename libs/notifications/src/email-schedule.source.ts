import { Injectable } from '@nestjs/common';
import { DueJob, JobScheduleSource, ScheduleSource } from '@app/platform';
import { DataSource } from 'typeorm';

/** Attempts after which an email is left FAILED (as many as the mail job's retries). */
const MAX_ATTEMPTS = 6;

/**
 * Every email not sent yet needs its `mail.send` job: PENDING rows, rows whose sender died
 * mid-send, and FAILED rows with attempts left. The send job's claim keeps a repeat from sending twice.
 */
@Injectable()
@ScheduleSource()
export class EmailScheduleSource implements JobScheduleSource {
  constructor(private readonly dataSource: DataSource) {}

  async dueJobs(): Promise<DueJob[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM email_messages
        WHERE status = 'PENDING' OR status = 'SENDING' OR (status = 'FAILED' AND attempts < $1)
        ORDER BY created_at LIMIT 20000`,
      [MAX_ATTEMPTS],
    );
    return rows.map((r) => ({ job: { name: 'mail.send', payload: { emailId: r.id } } }));
  }
}
