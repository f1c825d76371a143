import { Injectable } from '@nestjs/common';
import { UserService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { inTransaction, JobHandler, JobProcessor, PlatformConfig, PlatformRole } from '@app/platform';
import { statusIn, SubmissionStatus } from '@app/submissions';
import { DataSource } from 'typeorm';

/**
 * A repeatable job (the worker schedules it hourly): tells moderators how many items wait, in one
 * notification and one email each — never one per submission.
 */
@Injectable()
@JobHandler('moderation.waiting-digest')
export class WaitingDigestProcessor implements JobProcessor<'moderation.waiting-digest'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly users: UserService,
    private readonly config: PlatformConfig,
  ) {}

  async handle(): Promise<void> {
    const [{ waiting }]: { waiting: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS waiting FROM submissions s
        WHERE ${statusIn('s', [SubmissionStatus.SUBMITTED])} AND NOT EXISTS (SELECT 1 FROM moderation_claims c WHERE c.submission_id = s.id AND c.expires_at > now())`,
    );
    if (Number(waiting) === 0) return;
    const moderators = await this.users.holdersOf(PlatformRole.MODERATOR);
    await inTransaction(this.dataSource, (manager) =>
      this.notifications.notifyAndEmail(manager, moderators, {
        kind: 'ITEMS_WAITING',
        title: `${waiting} submission${Number(waiting) === 1 ? '' : 's'} waiting for moderation`,
        body: 'Open the moderation queue to claim the oldest first.',
        link: `${this.config.PUBLIC_URL}/moderation`,
      }),
    );
  }
}
