import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { OrganisationEntity, OrganisationService } from '@app/identity';
import { Actor, inTransaction, invariant } from '@app/platform';
import { Disclosure } from '@app/submissions';
import { DataSource } from 'typeorm';
import { ModerationAccessService } from './moderation-access';
import { ModerationErrors } from '../moderation.errors';

/**
 * Staff reveal which organisation wrote an ANONYMOUS submission — only with a reason, and the
 * reveal itself (who, when, why) is in the audit trail for everyone who reads it.
 */
@Injectable()
export class RevealService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ModerationAccessService,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationService,
  ) {}

  async reveal(actor: Actor, submissionId: string, reason: string): Promise<OrganisationEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const submission = await this.access.moderatable(manager, actor, submissionId);
      if (submission.disclosure !== Disclosure.ANONYMOUS) throw ModerationErrors.NOT_ANONYMOUS();
      const org = await this.organisations.findById(submission.organisationId, manager);
      invariant(org, `submission ${submission.id} without organisation`);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'submission.submitter_revealed',
        entityType: 'Submission',
        entityId: submission.id,
        after: { reason },
      });
      return org;
    });
  }
}
