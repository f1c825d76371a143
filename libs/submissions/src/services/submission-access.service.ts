import { Injectable } from '@nestjs/common';
import { OrganisationEntity, OrganisationService, OrganisationStatus } from '@app/identity';
import { Actor, MaybeActor } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { CosignatureEntity, SubmissionEntity } from '../entities';
import { SubmissionErrors } from '../submissions.errors';
import { canSee, SubmissionViewer, viewerOf } from './disclosure.policy';

/**
 * Who may see and act on a submission: the disclosure policy applied to a caller and a row, and the
 * membership checks every command starts with. Organisations and memberships are identity's: asked
 * of its OrganisationService, never read from its tables.
 */
@Injectable()
export class SubmissionAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
  ) {}

  /** The viewer's organisations, for the disclosure policy: one query. */
  async viewer(actor: MaybeActor): Promise<SubmissionViewer> {
    if (!actor) return viewerOf(null, []);
    return viewerOf(actor, await this.organisations.organisationIdsOf(actor.userId));
  }

  /** Whether the viewer may see the submission (its invited co-signers count: one query for them). */
  async canSee(
    viewer: SubmissionViewer,
    submission: SubmissionEntity,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const cosigners = await manager.find(CosignatureEntity, {
      where: { submissionId: submission.id },
      select: { organisationId: true },
    });
    return canSee(
      viewer,
      submission,
      cosigners.map((c) => c.organisationId),
    );
  }

  /** The caller must be a member of the organisation, which must be VERIFIED. */
  async requireMemberOfVerified(
    manager: EntityManager,
    actor: Actor,
    organisationId: string,
  ): Promise<OrganisationEntity> {
    const org = await this.organisations.findById(organisationId, manager);
    const role = org ? await this.organisations.roleOf(actor.userId, organisationId, manager) : null;
    if (!org || (!role && org.status !== OrganisationStatus.VERIFIED)) throw SubmissionErrors.ORGANISATION_NOT_FOUND();
    if (!role) throw SubmissionErrors.NOT_A_MEMBER();
    if (org.status !== OrganisationStatus.VERIFIED) throw SubmissionErrors.ORGANISATION_NOT_VERIFIED(org.status);
    return org;
  }

  /**
   * A submission of the caller's own organisation, optionally locked for the write that follows:
   * NOT_FOUND if they cannot see it, FORBIDDEN if they can but it is not theirs.
   */
  async requireOwn(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<SubmissionEntity> {
    const submission = await manager.findOne(SubmissionEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!submission) throw SubmissionErrors.SUBMISSION_NOT_FOUND();
    if (await this.organisations.roleOf(actor.userId, submission.organisationId, manager)) return submission;
    if (!(await this.canSee(await this.viewer(actor), submission, manager)))
      throw SubmissionErrors.SUBMISSION_NOT_FOUND();
    throw SubmissionErrors.NOT_THE_SUBMITTER();
  }
}
