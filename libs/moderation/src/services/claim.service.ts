import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, Clock, inTransaction, isStaff, PlatformConfig } from '@app/platform';
import { SubmissionCommandService, SubmissionEntity, SubmissionStatus } from '@app/submissions';
import { DataSource, EntityManager, In } from 'typeorm';
import { ModerationClaimEntity } from '../entities';
import { ModerationAccessService } from './moderation-access';
import { ModerationErrors } from '../moderation.errors';

const CLAIMABLE: readonly SubmissionStatus[] = [SubmissionStatus.SUBMITTED, SubmissionStatus.UNDER_REVIEW];

/**
 * Claims are leases: a moderator claims an item before deciding, only the holder decides while
 * the lease lives, an expired lease frees the item, and staff may take over (audited). The claim
 * is one INSERT … ON CONFLICT … WHERE, so of two moderators claiming at once exactly one wins.
 */
@Injectable()
export class ClaimService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ModerationAccessService,
    private readonly submissions: SubmissionCommandService,
    private readonly audit: AuditService,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  async claim(
    actor: Actor,
    submissionId: string,
  ): Promise<{ submission: SubmissionEntity; claim: ModerationClaimEntity }> {
    return inTransaction(this.dataSource, async (manager) => {
      const submission = await this.access.moderatable(manager, actor, submissionId);
      if (!CLAIMABLE.includes(submission.status)) throw ModerationErrors.NOT_WAITING(submission.status);
      const now = this.clock.now();
      const expiresAt = new Date(now.getTime() + this.config.MODERATION_LEASE_MINUTES * 60_000);
      const previous = await manager.findOne(ModerationClaimEntity, { where: { submissionId } });
      const rows: { moderator_id: string }[] = await manager.query(
        `INSERT INTO moderation_claims (submission_id, moderator_id, claimed_at, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (submission_id) DO UPDATE SET moderator_id = EXCLUDED.moderator_id, claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
         WHERE moderation_claims.expires_at <= $3 OR moderation_claims.moderator_id = $2 OR $5
         RETURNING moderator_id`,
        [submissionId, actor.userId, now, expiresAt, isStaff(actor)],
      );
      if (rows.length === 0) throw ModerationErrors.CLAIMED_BY_ANOTHER();
      const updated =
        submission.status === SubmissionStatus.SUBMITTED
          ? await this.submissions.transition(manager, submissionId, 'startReview', null)
          : submission;
      const takeover = previous && previous.moderatorId !== actor.userId && previous.expiresAt > now;
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: takeover ? 'moderation.taken_over' : 'moderation.claimed',
        entityType: 'Submission',
        entityId: submissionId,
        before: previous ? { moderatorId: previous.moderatorId, expiresAt: previous.expiresAt } : null,
        after: { moderatorId: actor.userId, expiresAt, status: updated.status },
      });
      const claim = await manager.findOneByOrFail(ModerationClaimEntity, { submissionId });
      return { submission: updated, claim };
    });
  }

  /** The holder (or staff) lets go; the item stays UNDER_REVIEW for the next moderator. */
  async release(actor: Actor, submissionId: string): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const submission = await this.access.moderatable(manager, actor, submissionId);
      const claim = await manager.findOne(ModerationClaimEntity, {
        where: { submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!claim || (claim.moderatorId !== actor.userId && !isStaff(actor)))
        throw ModerationErrors.NO_CLAIM_TO_RELEASE();
      await manager.delete(ModerationClaimEntity, { submissionId });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'moderation.released',
        entityType: 'Submission',
        entityId: submissionId,
        before: { moderatorId: claim.moderatorId },
      });
      return submission;
    });
  }

  /** Only the holder of a live lease decides or tags. */
  async requireLiveClaim(manager: EntityManager, actor: Actor, submissionId: string): Promise<ModerationClaimEntity> {
    const claim = await manager.findOne(ModerationClaimEntity, { where: { submissionId } });
    if (!claim || claim.moderatorId !== actor.userId) throw ModerationErrors.CLAIM_REQUIRED();
    if (claim.expiresAt <= this.clock.now()) throw ModerationErrors.CLAIM_EXPIRED();
    return claim;
  }

  /** Live claims of many submissions (for loaders). */
  async liveClaims(submissionIds: readonly string[]): Promise<ModerationClaimEntity[]> {
    if (submissionIds.length === 0) return [];
    const now = this.clock.now();
    return (
      await this.dataSource
        .getRepository(ModerationClaimEntity)
        .find({ where: { submissionId: In([...submissionIds]) } })
    ).filter((c) => c.expiresAt > now);
  }
}
