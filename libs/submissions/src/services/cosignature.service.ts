import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { MemberRole, MembershipService, OrganisationService, OrganisationStatus } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { Actor, Clock, inTransaction, isUniqueViolation, PlatformConfig, invariant } from '@app/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { CosignatureEntity, CosignatureStatus, Disclosure, SubmissionEntity, SubmissionStatus } from '../entities';
import { SubmissionErrors } from '../submissions.errors';

/** Statuses in which other organisations can still be asked to co-sign. */
const OPEN_FOR_COSIGNING: readonly SubmissionStatus[] = [
  SubmissionStatus.DRAFT,
  SubmissionStatus.SUBMITTED,
  SubmissionStatus.UNDER_REVIEW,
  SubmissionStatus.CHANGES_REQUESTED,
];

/**
 * Co-signing: a submitting organisation invites another VERIFIED organisation; an ADMIN of that
 * organisation accepts (choosing its own disclosure) or declines. An acceptance is for the text it
 * saw: when the text changes, it goes back to PENDING and the co-signer is told.
 */
@Injectable()
export class CosignatureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly organisations: OrganisationService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  async invite(actor: Actor, submissionId: string, organisationId: string): Promise<CosignatureEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const submission = await manager.findOne(SubmissionEntity, { where: { id: submissionId } });
      const member = submission && (await this.organisations.roleOf(actor.userId, submission.organisationId, manager));
      if (!submission || !member) throw SubmissionErrors.SUBMISSION_NOT_FOUND('submissionId');
      if (!OPEN_FOR_COSIGNING.includes(submission.status))
        throw SubmissionErrors.NOT_GATHERING_COSIGNATURES(submission.status);
      const org = await this.organisations.findById(organisationId, manager);
      if (!org || org.status !== OrganisationStatus.VERIFIED) throw SubmissionErrors.COSIGNER_NOT_FOUND();
      if (org.id === submission.organisationId) throw SubmissionErrors.COSIGNER_IS_SUBMITTER();
      const cosignature = manager.create(CosignatureEntity, {
        submissionId,
        organisationId,
        status: CosignatureStatus.PENDING,
        disclosure: null,
        acceptedContentHash: null,
        invitedBy: actor.userId,
        respondedAt: null,
      });
      try {
        await manager.save(cosignature);
      } catch (error) {
        if (isUniqueViolation(error)) throw SubmissionErrors.ALREADY_INVITED();
        throw error;
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        sealed: true,
        action: 'cosignature.invited',
        entityType: 'Submission',
        entityId: submissionId,
        after: { cosignatureId: cosignature.id },
      });
      const admins = await this.memberships.recipients(
        { organisationIds: [organisationId], adminsOnly: true },
        manager,
      );
      await this.notifications.notifyAndEmail(manager, admins, {
        kind: 'COSIGN_INVITATION',
        title: `Invitation to co-sign “${submission.title}”`,
        body: `Your organisation ${org.name} is invited to co-sign the submission “${submission.title}”. Read it and answer in Plenary.`,
        entityType: 'Cosignature',
        entityId: cosignature.id,
        link: `${this.config.PUBLIC_URL}/cosignatures/${cosignature.id}`,
      });
      return cosignature;
    });
  }

  async respond(
    actor: Actor,
    cosignatureId: string,
    accept: boolean,
    disclosure: Disclosure | null | undefined,
  ): Promise<CosignatureEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      // The submission is locked (FOR SHARE) before the co-signature, in the order an edit takes them:
      // an edit then either commits before the text is read here (and this accepts the new text) or
      // waits until this acceptance is recorded (and resets it). Unlocked, an acceptance racing an
      // edit stayed ACCEPTED for the old text, and nobody was told.
      const target = await manager.findOne(CosignatureEntity, {
        where: { id: cosignatureId },
        select: { id: true, submissionId: true },
      });
      const submission = target
        ? await manager.findOne(SubmissionEntity, {
            where: { id: target.submissionId },
            lock: { mode: 'pessimistic_read' },
          })
        : null;
      const cosignature = submission
        ? await manager.findOne(CosignatureEntity, {
            where: { id: cosignatureId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      const role = cosignature
        ? await this.organisations.roleOf(actor.userId, cosignature.organisationId, manager)
        : null;
      if (!cosignature || !submission || !role) throw SubmissionErrors.COSIGNATURE_NOT_FOUND('cosignatureId');
      if (role !== MemberRole.ADMIN) throw SubmissionErrors.COSIGN_NEEDS_ADMIN();
      const org = await this.organisations.findById(cosignature.organisationId, manager);
      invariant(org, `co-signature ${cosignature.id} without organisation`);
      if (org.status !== OrganisationStatus.VERIFIED) throw SubmissionErrors.COSIGNER_NOT_VERIFIED();
      if (!OPEN_FOR_COSIGNING.includes(submission.status) && submission.status !== SubmissionStatus.APPROVED) {
        throw SubmissionErrors.NOT_COSIGNABLE(submission.status);
      }
      if (accept && !disclosure) throw SubmissionErrors.DISCLOSURE_REQUIRED();
      const before = { status: cosignature.status };
      cosignature.status = accept ? CosignatureStatus.ACCEPTED : CosignatureStatus.DECLINED;
      cosignature.disclosure = accept ? (disclosure ?? null) : null;
      cosignature.acceptedContentHash = accept ? submission.contentHash : null;
      cosignature.respondedAt = this.clock.now();
      await manager.save(cosignature);
      await this.audit.record(manager, {
        actorId: actor.userId,
        sealed: true,
        action: accept ? 'cosignature.accepted' : 'cosignature.declined',
        entityType: 'Submission',
        entityId: submission.id,
        before,
        after: { cosignatureId: cosignature.id, status: cosignature.status },
      });
      return cosignature;
    });
  }

  /** The text changed: accepted co-signatures for another text go back to PENDING; co-signers are told. */
  async resetAcceptances(manager: EntityManager, submission: SubmissionEntity): Promise<void> {
    const reset: CosignatureEntity[] = await manager
      .query(
        `UPDATE cosignatures SET status = $3, accepted_content_hash = NULL, responded_at = NULL
          WHERE submission_id = $1 AND status = $4 AND accepted_content_hash IS DISTINCT FROM $2
          RETURNING id, organisation_id AS "organisationId"`,
        [submission.id, submission.contentHash, CosignatureStatus.PENDING, CosignatureStatus.ACCEPTED],
      )
      .then((r: [CosignatureEntity[], number]) => r[0]);
    if (reset.length === 0) return;
    const admins = await this.memberships.recipients(
      { organisationIds: reset.map((c) => c.organisationId), adminsOnly: true },
      manager,
    );
    await this.notifications.notifyAndEmail(manager, admins, {
      kind: 'COSIGNATURE_RESET',
      title: `The text you co-signed changed: “${submission.title}”`,
      body: `The submission “${submission.title}” was edited after your organisation accepted to co-sign it. Read the new text and answer again.`,
      entityType: 'Submission',
      entityId: submission.id,
      link: `${this.config.PUBLIC_URL}/submissions/${submission.id}`,
    });
  }

  /** Co-signatures of many submissions at once (for loaders). */
  forSubmissions(submissionIds: readonly string[]): Promise<CosignatureEntity[]> {
    if (submissionIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CosignatureEntity)
      .find({ where: { submissionId: In([...submissionIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Co-signatures asked of these organisations (for loaders), newest first. */
  forOrganisations(organisationIds: readonly string[]): Promise<CosignatureEntity[]> {
    if (organisationIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CosignatureEntity)
      .find({ where: { organisationId: In([...organisationIds]) }, order: { createdAt: 'DESC' } });
  }

  findById(id: string): Promise<CosignatureEntity | null> {
    return this.dataSource.getRepository(CosignatureEntity).findOne({ where: { id } });
  }
}
