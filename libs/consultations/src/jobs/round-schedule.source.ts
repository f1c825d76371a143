import { Injectable } from '@nestjs/common';
import { DueJob, JobScheduleSource, ScheduleSource } from '@app/platform';
import { DataSource } from 'typeorm';
import { CLOSING_REMINDER_MS } from '../services/round-rules';
import { RoundSql } from '../services/round.sql';

/**
 * The open, closing-reminder and close jobs each live round still needs, from what the rounds
 * record: a round not yet notified of its opening needs `round.open`, one not yet reminded needs
 * `round.closing-reminder`, one not yet stored CLOSED needs `round.close` — at its current dates.
 */
@Injectable()
@ScheduleSource()
export class RoundScheduleSource implements JobScheduleSource {
  constructor(private readonly dataSource: DataSource) {}

  async dueJobs(): Promise<DueJob[]> {
    const rounds: {
      id: string;
      opens_at: Date;
      closes_at: Date;
      opened_notified_at: Date | null;
      closing_reminded_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT id, opens_at, closes_at, opened_notified_at, closing_reminded_at FROM consultation_rounds r
        WHERE ${RoundSql.live('r')}`,
    );
    const now = Date.now();
    const due: DueJob[] = [];
    for (const round of rounds) {
      const opens = new Date(round.opens_at).getTime();
      const closes = new Date(round.closes_at).getTime();
      if (!round.opened_notified_at && closes > now)
        due.push({ job: { name: 'round.open', payload: { roundId: round.id, at: opens } }, runAt: new Date(opens) });
      if (!round.closing_reminded_at && closes > now)
        due.push({
          job: { name: 'round.closing-reminder', payload: { roundId: round.id, at: closes } },
          runAt: new Date(closes - CLOSING_REMINDER_MS),
        });
      due.push({ job: { name: 'round.close', payload: { roundId: round.id, at: closes } }, runAt: new Date(closes) });
    }
    return due;
  }
}
