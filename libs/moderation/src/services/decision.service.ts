import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { MemberRole, MembershipService, OrganisationService, UserService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { Actor, Clock, inTransaction, isUniqueViolation, PlatformConfig, PlatformRole } from '@app/platform';
import {
  SubmissionAccessService,
  SubmissionAction,
  SubmissionCommandService,
  SubmissionEntity,
  SubmissionQueryService,
  SubmissionStatus,
} from '@app/submissions';
import { DataSource, EntityManager } from 'typeorm';
import {
  AppealEntity,
  AppealResolution,
  ModerationClaimEntity,
  ModerationDecision,
  ModerationDecisionEntity,
  REASONS_BY_DECISION,
  ReasonCode,
  TagReviewEntity,
} from '../entities';
import { ClaimService } from './claim.service';
import { ModerationAccessService } from './moderation-access';
import { TaggingService, TagsAndReview, tagReviewDone } from './tagging.service';
import { ModerationErrors } from '../moderation.errors';

const ACTION: Record<ModerationDecision, SubmissionAction> = {
  [ModerationDecision.APPROVE]: 'approve',
  [ModerationDecision.REJECT]: 'reject',
  [ModerationDecision.REQUEST_CHANGES]: 'requestChanges',
};

const OUTCOME_TEXT: Record<ModerationDecision, string> = {
  [ModerationDecision.APPROVE]: 'was approved',
  [ModerationDecision.REJECT]: 'was not accepted',
  [ModerationDecision.REQUEST_CHANGES]: 'needs changes',
};

/** REJECT and REQUEST_CHANGES tell the submitter why; an approval may go without a message. */
export const messageRequired = (decision: ModerationDecision): boolean => decision !== ModerationDecision.APPROVE;

export interface DecideInput {
  submissionId: string;
  expectedVersion: number;
  decision: ModerationDecision;
  reasonCode: ReasonCode;
  message?: string | null;
  /** The tags and review to record with the decision, in the same transaction (TaggingService.record). */
  tags?: TagsAndReview | null;
}

/**
 * Decisions, appeals and their outcomes. Every check runs before the first write, so a refused
 * request leaves nothing behind: no decision row, no audit event, no notification.
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ModerationAccessService,
    private readonly claims: ClaimService,
    private readonly tagging: TaggingService,
    private readonly submissions: SubmissionCommandService,
    private readonly submissionQueries: SubmissionQueryService,
    private readonly submissionAccess: SubmissionAccessService,
    private readonly memberships: MembershipService,
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  async decide(actor: Actor, input: DecideInput): Promise<SubmissionEntity> {
    if (!REASONS_BY_DECISION[input.decision].includes(input.reasonCode))
      throw ModerationErrors.REASON_DOES_NOT_FIT(input.decision, REASONS_BY_DECISION[input.decision]);
    if (messageRequired(input.decision) && !input.message?.trim()) throw ModerationErrors.MESSAGE_REQUIRED();
    return inTransaction(this.dataSource, async (manager) => {
      const submission = await this.access.moderatable(manager, actor, input.submissionId);
      await this.claims.requireLiveClaim(manager, actor, submission.id);
      // Tags sent with the decision are recorded first (the holder of a live claim may tag), and
      // bump the version the decision then expects; a refusal after them undoes them with the rest.
      let expectedVersion = input.expectedVersion;
      if (input.tags) {
        await this.tagging.record(manager, actor, submission.id, expectedVersion, input.tags, 'tags.');
        expectedVersion += 1;
      }
      if (input.decision === ModerationDecision.APPROVE) {
        const review = await manager.findOne(TagReviewEntity, { where: { submissionId: submission.id } });
        if (!tagReviewDone(review)) throw ModerationErrors.TAG_REVIEW_REQUIRED('approving');
      }
      const updated = await this.submissions.transition(
        manager,
        submission.id,
        ACTION[input.decision],
        expectedVersion,
      );
      await manager.insert(ModerationDecisionEntity, {
        submissionId: submission.id,
        decision: input.decision,
        reasonCode: input.reasonCode,
        message: input.message?.trim() || null,
        versionNumber: submission.currentVersion,
        moderatorId: actor.userId,
      });
      await manager.delete(ModerationClaimEntity, { submissionId: submission.id });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'moderation.decided',
        entityType: 'Submission',
        entityId: submission.id,
        before: { status: submission.status },
        after: {
          status: updated.status,
          decision: input.decision,
          reasonCode: input.reasonCode,
          versionNumber: submission.currentVersion,
        },
      });
      await this.tellSubmitters(manager, updated, `“${updated.title}” ${OUTCOME_TEXT[input.decision]}`, [
        `Reason: ${input.reasonCode}`,
        input.message?.trim() ? `Message from the moderators: ${input.message.trim()}` : '',
      ]);
      return updated;
    });
  }

  /** An ADMIN of the submitting organisation appeals a rejection, once, with a reason. */
  async appeal(actor: Actor, submissionId: string, reason: string): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const submission = await manager.findOne(SubmissionEntity, {
        where: { id: submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      const role = submission && (await this.organisations.roleOf(actor.userId, submission.organisationId, manager));
      if (!submission || !role) {
        // Whoever can see the submission (moderators, staff, co-signers) is told they may not appeal; anyone else that it does not exist.
        const visible =
          !!submission &&
          (await this.submissionQueries.get(await this.submissionAccess.viewer(actor), submissionId).then(
            () => true,
            () => false,
          ));
        if (visible) throw ModerationErrors.APPEAL_NEEDS_SUBMITTER_ADMIN();
        throw ModerationErrors.SUBMISSION_NOT_FOUND();
      }
      if (role !== MemberRole.ADMIN) throw ModerationErrors.APPEAL_NEEDS_ADMIN();
      if (await manager.exists(AppealEntity, { where: { submissionId } })) throw ModerationErrors.ALREADY_APPEALED();
      const updated = await this.submissions.transition(manager, submissionId, 'appeal', null);
      try {
        await manager.insert(AppealEntity, { submissionId, appellantId: actor.userId, reason });
      } catch (error) {
        if (isUniqueViolation(error)) throw ModerationErrors.ALREADY_APPEALED();
        throw error;
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        sealed: true,
        action: 'appeal.filed',
        entityType: 'Submission',
        entityId: submissionId,
        before: { status: submission.status },
        after: { status: updated.status },
      });
      // Staff decide appeals: each hears of a new one (never who filed it).
      const staff = await this.users.holdersOf(PlatformRole.STAFF, manager);
      await this.notifications.notifyAndEmail(manager, staff, {
        kind: 'APPEAL_RECEIVED',
        title: `Appeal received on “${updated.title}”`,
        body: 'The submitting organisation appeals the rejection. Uphold it or overturn it (overturning approves).',
        entityType: 'Submission',
        entityId: submissionId,
        link: `${this.config.PUBLIC_URL}/staff/appeals/${submissionId}`,
      });
      return updated;
    });
  }

  /** Staff decide an appeal: UPHOLD keeps the rejection, OVERTURN approves. */
  async resolveAppeal(
    actor: Actor,
    input: { submissionId: string; expectedVersion: number; decision: AppealResolution; message?: string | null },
  ): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const submission = await this.access.moderatable(manager, actor, input.submissionId);
      const appeal = await manager.findOne(AppealEntity, {
        where: { submissionId: submission.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!appeal || appeal.resolution) throw ModerationErrors.NO_OPEN_APPEAL();
      if (input.decision === AppealResolution.OVERTURN) {
        // Overturning approves, and approving needs the gender and human-rights review (PRODUCT.md section 3).
        const review = await manager.findOne(TagReviewEntity, { where: { submissionId: submission.id } });
        if (!tagReviewDone(review)) throw ModerationErrors.TAG_REVIEW_REQUIRED('overturning');
      }
      const action: SubmissionAction = input.decision === AppealResolution.OVERTURN ? 'overturnAppeal' : 'upholdAppeal';
      const updated = await this.submissions.transition(manager, submission.id, action, input.expectedVersion);
      appeal.resolution = input.decision;
      appeal.resolutionMessage = input.message?.trim() || null;
      appeal.resolvedBy = actor.userId;
      appeal.resolvedAt = this.clock.now();
      await manager.save(appeal);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'appeal.resolved',
        entityType: 'Submission',
        entityId: submission.id,
        before: { status: submission.status },
        after: { status: updated.status, resolution: input.decision },
      });
      await this.tellSubmitters(
        manager,
        updated,
        `Your appeal on “${updated.title}” was ${input.decision === AppealResolution.OVERTURN ? 'upheld: the submission is approved' : 'not successful'}`,
        [input.message?.trim() ? `Message from programme staff: ${input.message.trim()}` : ''],
      );
      return updated;
    });
  }

  /** Members of the submitting organisation hear every outcome (in-app and by email). */
  private async tellSubmitters(
    manager: EntityManager,
    submission: SubmissionEntity,
    title: string,
    lines: string[],
  ): Promise<void> {
    const people = await this.memberships.recipients({ organisationIds: [submission.organisationId] }, manager);
    await this.notifications.notifyAndEmail(manager, people, {
      kind: submission.status === SubmissionStatus.CHANGES_REQUESTED ? 'CHANGES_REQUESTED' : 'DECISION_MADE',
      title,
      body: lines.filter(Boolean).join('\n'),
      entityType: 'Submission',
      entityId: submission.id,
      link: `${this.config.PUBLIC_URL}/submissions/${submission.id}`,
    });
  }
}
