import { Injectable } from '@nestjs/common';
import { ConsultationRoundEntity, effectiveStatus, RoundStatus } from '@app/consultations';
import { MembershipService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { Clock, inTransaction, JobHandler, JobPayloads, JobProcessor, PlatformConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { SubmissionSql } from '../services/submission.sql';

/**
 * 48 hours before a round closes, tells the members of organisations that still hold drafts in it.
 * Once per round and closing time; a job for a closing time that has since moved does nothing.
 */
@Injectable()
@JobHandler('round.closing-reminder')
export class ClosingReminderProcessor implements JobProcessor<'round.closing-reminder'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly notifications: NotificationService,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  async handle({ roundId, at }: JobPayloads['round.closing-reminder']): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const round = await manager.findOne(ConsultationRoundEntity, {
        where: { id: roundId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!round || round.closesAt.getTime() !== at || round.closingRemindedAt) return;
      if (effectiveStatus(round, this.clock.now()) !== RoundStatus.OPEN) return;
      const rows: { organisation_id: string }[] = await manager.query(
        `SELECT DISTINCT s.organisation_id FROM submissions s WHERE s.round_id = $1 AND ${SubmissionSql.draft('s')}`,
        [roundId],
      );
      const people = await this.memberships.recipients(
        { organisationIds: rows.map((r) => r.organisation_id) },
        manager,
      );
      await this.notifications.notifyAndEmail(manager, people, {
        kind: 'ROUND_CLOSING_SOON',
        title: `Closing soon: ${round.title}`,
        body: `Your organisation has a draft in “${round.title}”, which closes at ${round.closesAt.toISOString()}. Submit it before then.`,
        entityType: 'ConsultationRound',
        entityId: round.id,
        link: `${this.config.PUBLIC_URL}/rounds/${round.id}`,
      });
      round.closingRemindedAt = this.clock.now();
      await manager.save(round);
    });
  }
}
