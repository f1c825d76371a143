import { Injectable } from '@nestjs/common';
import { RoundService } from '@app/consultations';
import { MembershipService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { inTransaction, JobHandler, JobPayloads, JobProcessor, PlatformConfig } from '@app/platform';
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
    private readonly rounds: RoundService,
    private readonly memberships: MembershipService,
    private readonly notifications: NotificationService,
    private readonly config: PlatformConfig,
  ) {}

  async handle({ roundId, at }: JobPayloads['round.closing-reminder']): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      // The round is consultations': it decides whether the reminder is due, and records that it went.
      const round = await this.rounds.claimClosingReminder(manager, roundId, at);
      if (!round) return;
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
    });
  }
}
