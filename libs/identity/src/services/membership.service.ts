import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { EMAIL_SUBJECTS, EmailOutbox, NotificationService } from '@app/notifications';
import { Actor, Clock, inTransaction, isUniqueViolation, PlatformConfig } from '@app/platform';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import {
  InvitationEntity,
  MemberRole,
  MembershipEntity,
  OrganisationEntity,
  OrganisationStatus,
  Region,
  UserEntity,
} from '../entities';

export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
  organisationId: string;
}
import { canManageMembers } from './organisation-access';
import { OrganisationService } from './organisation.service';
import { hashSecretToken, newSecretToken, normaliseEmail } from './secret-token';
import { IdentityErrors } from '../identity.errors';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

@Injectable()
export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
    private readonly mail: EmailOutbox,
    private readonly notifications: NotificationService,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  /** An ADMIN (or staff) invites someone by email; the token goes out through the email outbox. */
  async invite(
    actor: Actor,
    input: { organisationId: string; email: string; role: MemberRole },
  ): Promise<InvitationEntity> {
    const token = newSecretToken();
    return inTransaction(this.dataSource, async (manager) => {
      const org = await this.organisations.get(actor, input.organisationId, manager);
      const myRole = await this.organisations.roleOf(actor.userId, org.id, manager);
      if (!canManageMembers(actor, myRole)) throw IdentityErrors.INVITE_NEEDS_ADMIN();
      // Invitations are Plenary-branded email to any address: only organisations staff have
      // verified send them, and only so many a day.
      if (org.status !== OrganisationStatus.VERIFIED) throw IdentityErrors.INVITE_NEEDS_VERIFIED(org.status);
      await this.checkDailyInvitations(manager, org.id);
      const emailNormalized = normaliseEmail(input.email);
      const alreadyMember = await manager
        .createQueryBuilder(MembershipEntity, 'm')
        .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
        .where('m.organisation_id = :org AND u.email_normalized = :email', { org: org.id, email: emailNormalized })
        .getExists();
      if (alreadyMember) throw IdentityErrors.ALREADY_MEMBER_EMAIL();
      const invitation = manager.create(InvitationEntity, {
        organisationId: org.id,
        emailNormalized,
        role: input.role,
        tokenHash: hashSecretToken(token),
        invitedBy: actor.userId,
        expiresAt: new Date(this.clock.now().getTime() + INVITATION_TTL_MS),
        acceptedAt: null,
      });
      await manager.save(invitation);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'invitation.created',
        entityType: 'Organisation',
        entityId: org.id,
        after: { invitationId: invitation.id, role: invitation.role },
      });
      await this.mail.queue(manager, {
        to: input.email.trim(),
        subject: EMAIL_SUBJECTS.INVITATION,
        text: [
          `You have been invited to join ${org.name} on Plenary as ${input.role === MemberRole.ADMIN ? 'an administrator' : 'a member'}.`,
          '',
          `Create an account with this email address (or log in), then accept the invitation within 7 days:`,
          '',
          `${this.config.PUBLIC_URL}/accept-invitation#token=${token}`,
        ].join('\n'),
      });
      return invitation;
    });
  }

  /**
   * At most INVITATIONS_PER_ORG_PER_DAY invitations per organisation in any 24 hours, counted in
   * PostgreSQL; the organisation row is locked first, so concurrent invitations cannot both take
   * the last one.
   */
  private async checkDailyInvitations(manager: EntityManager, organisationId: string): Promise<void> {
    await manager.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n, extract(epoch FROM min(created_at) + interval '1 day' - now()) AS wait
         FROM invitations WHERE organisation_id = $1 AND created_at > now() - interval '1 day'`,
      [organisationId],
    )) as { n: number; wait: string | null }[];
    if (row.n >= this.config.INVITATIONS_PER_ORG_PER_DAY) {
      throw IdentityErrors.INVITATIONS_USED_UP(Math.max(1, Math.ceil(Number(row.wait ?? 1))));
    }
  }

  /** The logged-in person accepts an invitation sent to their email. Anything else is NOT_FOUND. */
  async accept(actor: Actor, token: string): Promise<MembershipEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hashSecretToken(token), acceptedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
        lock: { mode: 'pessimistic_write' },
      });
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      if (!invitation || invitation.emailNormalized !== user.emailNormalized)
        throw IdentityErrors.INVITATION_NOT_FOUND();
      const org = await manager.findOneByOrFail(OrganisationEntity, { id: invitation.organisationId });
      if (org.status === OrganisationStatus.REJECTED) throw IdentityErrors.INVITATION_NOT_FOUND();
      invitation.acceptedAt = this.clock.now();
      await manager.save(invitation);
      const membership = manager.create(MembershipEntity, {
        organisationId: org.id,
        userId: user.id,
        role: invitation.role,
      });
      try {
        await manager.save(membership);
      } catch (error) {
        if (isUniqueViolation(error)) throw IdentityErrors.ALREADY_MEMBER();
        throw error;
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'membership.created',
        entityType: 'Organisation',
        entityId: org.id,
        after: { userId: user.id, role: membership.role, invitationId: invitation.id },
      });
      return membership;
    });
  }

  /**
   * An ADMIN (or staff) removes a member; anyone may leave. The organisation row is locked first,
   * so two concurrent removals cannot both take away the last ADMIN.
   */
  async remove(actor: Actor, input: { organisationId: string; userId: string }): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const org = await this.organisations.get(actor, input.organisationId, manager);
      await manager.findOne(OrganisationEntity, { where: { id: org.id }, lock: { mode: 'pessimistic_write' } });
      const myRole = await this.organisations.roleOf(actor.userId, org.id, manager);
      const leaving = input.userId === actor.userId;
      if (!leaving && !canManageMembers(actor, myRole)) throw IdentityErrors.REMOVE_NEEDS_ADMIN();
      const target = await manager.findOne(MembershipEntity, {
        where: { organisationId: org.id, userId: input.userId },
      });
      if (!target) throw IdentityErrors.MEMBER_NOT_FOUND();
      if (target.role === MemberRole.ADMIN) {
        const admins = await manager.count(MembershipEntity, {
          where: { organisationId: org.id, role: MemberRole.ADMIN },
        });
        if (admins <= 1) throw IdentityErrors.LAST_ADMIN();
      }
      await manager.delete(MembershipEntity, { id: target.id });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'membership.removed',
        entityType: 'Organisation',
        entityId: org.id,
        before: { userId: target.userId, role: target.role },
      });
      if (!leaving) {
        await this.notifications.notify(manager, [target.userId], {
          kind: 'MEMBERSHIP_REMOVED',
          title: `You were removed from ${org.name}`,
          entityType: 'Organisation',
          entityId: org.id,
        });
      }
      return true;
    });
  }

  /** Invitations not yet accepted and not expired, of each organisation (for loaders), oldest first. */
  async pendingInvitationsOf(organisationIds: readonly string[]): Promise<InvitationEntity[]> {
    if (organisationIds.length === 0) return [];
    return this.dataSource.getRepository(InvitationEntity).find({
      where: {
        organisationId: In([...organisationIds]),
        acceptedAt: IsNull(),
        expiresAt: MoreThan(this.clock.now()),
      },
      order: { createdAt: 'ASC' },
    });
  }

  /** Members of each organisation (for loaders: one query for many organisations). */
  async membersOf(organisationIds: readonly string[]): Promise<MembershipEntity[]> {
    if (organisationIds.length === 0) return [];
    return this.dataSource.getRepository(MembershipEntity).find({
      where: { organisationId: In([...organisationIds]) },
      order: { createdAt: 'ASC' },
    });
  }

  /**
   * People to notify: members of VERIFIED organisations matching the criteria (a region, or a list
   * of organisations), optionally only their ADMINs. One query.
   */
  async recipients(
    criteria: { region?: Region; organisationIds?: readonly string[]; adminsOnly?: boolean },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Recipient[]> {
    // Inside a transaction, pass its manager: a second pool connection per transaction starves the pool under load.
    const qb = manager
      .createQueryBuilder()
      .select([
        'u.id AS "userId"',
        'u.email AS "email"',
        'u.display_name AS "displayName"',
        'm.organisation_id AS "organisationId"',
      ])
      .from(MembershipEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .innerJoin(OrganisationEntity, 'o', 'o.id = m.organisation_id')
      .where('o.status = :verified', { verified: OrganisationStatus.VERIFIED });
    if (criteria.region) qb.andWhere('o.region = :region', { region: criteria.region });
    if (criteria.organisationIds) {
      if (criteria.organisationIds.length === 0) return [];
      qb.andWhere('o.id IN (:...orgIds)', { orgIds: [...criteria.organisationIds] });
    }
    if (criteria.adminsOnly) qb.andWhere('m.role = :admin', { admin: MemberRole.ADMIN });
    return qb.orderBy('u.id').getRawMany<Recipient>();
  }

  /** Memberships of each user (for loaders). */
  async membershipsOfUsers(userIds: readonly string[]): Promise<MembershipEntity[]> {
    if (userIds.length === 0) return [];
    return this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
  }
}
