import { Injectable, Logger } from '@nestjs/common';
import { Clock, inTransaction, JobHandler, JobProcessor } from '@app/platform';
import { DataSource } from 'typeorm';
import { EventRegistrationEntity, ProgrammeEventEntity, RegistrationStatus } from '../entities';
import { reminderDue, WEEK_REMINDER_MS } from '../services/event-rules';
import { attendeesOf, ProgrammeNotices } from '../services/programme-notices';

/**
 * Every few minutes: the week-before and day-before reminders the clock says are due, to people
 * holding a confirmed place (with the online link), through the email outbox. Each reminder is
 * recorded on the event in the transaction that queues it, so a repeat sends nothing twice.
 */
@Injectable()
@JobHandler('programme.reminders')
export class ProgrammeRemindersProcessor implements JobProcessor<'programme.reminders'> {
  private readonly logger = new Logger(ProgrammeRemindersProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly notices: ProgrammeNotices,
  ) {}

  async handle(): Promise<void> {
    const now = this.clock.now();
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM programme_events
        WHERE status = 'SCHEDULED' AND starts_at > $1 AND starts_at <= $2
          AND (week_reminder_sent_at IS NULL OR day_reminder_sent_at IS NULL)
        ORDER BY starts_at, id LIMIT 1000`,
      [now, new Date(now.getTime() + WEEK_REMINDER_MS)],
    );
    let sent = 0;
    for (const { id } of due) if (await this.remind(id, now)) sent += 1;
    if (sent > 0) this.logger.log({ events: sent }, 'event reminders queued');
  }

  private remind(eventId: string, now: Date): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await manager.findOne(ProgrammeEventEntity, {
        where: { id: eventId },
        lock: { mode: 'pessimistic_write' },
      });
      const kind = event && reminderDue(event, now);
      if (!event || !kind) return false;
      if (kind === 'WEEK') event.weekReminderSentAt = now;
      else event.dayReminderSentAt = now;
      await manager.save(event);
      const rows = await manager.find(EventRegistrationEntity, {
        where: { eventId: event.id, status: RegistrationStatus.CONFIRMED },
        select: { userId: true },
      });
      await this.notices.reminder(
        manager,
        await attendeesOf(
          manager,
          rows.map((r) => r.userId),
        ),
        event,
        kind,
      );
      return true;
    });
  }
}
