import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, DataSubject, inTransaction, PersonalDataRegistry, PlatformErrors } from '@app/platform';
import { DataSource } from 'typeorm';
import { MemberRole, MembershipEntity, UserEntity } from '../entities';
import { PasswordAttemptThrottle } from './password-attempt-throttle';
import { PasswordService } from './password.service';
import { IdentityErrors } from '../identity.errors';

/**
 * A person's own data: what Plenary holds about them (exportMyData), and erasing them
 * (deleteMyAccount). Identity answers for its own tables; every other context contributes its
 * part through the PersonalDataRegistry. The organisation's submissions stay; they lose their author.
 */
@Injectable()
export class AccountDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly throttle: PasswordAttemptThrottle,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  async export(actor: Actor): Promise<Record<string, unknown>> {
    const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: actor.userId } });
    const q = (sql: string) => this.dataSource.query(sql, [actor.userId]);
    const subject: DataSubject = { userId: user.id, emailNormalized: user.emailNormalized };
    const [memberships, sessions, otherContexts] = await Promise.all([
      q(`SELECT o.id AS "organisationId", o.name AS "organisation", m.role, m.created_at AS "joinedAt"
           FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY m.created_at`),
      q(
        `SELECT id, created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt" FROM auth_sessions WHERE user_id = $1 ORDER BY created_at`,
      ),
      this.personalData.exportAll(this.dataSource.manager, subject),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      profile: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        roles: user.roles,
        createdAt: user.createdAt,
      },
      memberships,
      sessions,
      ...otherContexts,
    };
  }

  /**
   * Erases the person: their account, sessions, memberships and notifications, and their address in
   * the email outbox. Refused while they are the last ADMIN of an organisation (it must keep one).
   */
  async delete(actor: Actor, password: string, ip: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: actor.userId } });
    if (!user) throw PlatformErrors.UNAUTHENTICATED();
    // A stolen session must not become a way around login's throttle: the same pair, the same ladder.
    await this.throttle.attempt(user.emailNormalized, ip);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw IdentityErrors.WRONG_PASSWORD();
    }
    await this.throttle.succeeded(user.emailNormalized, ip);
    return inTransaction(this.dataSource, async (manager) => {
      const lastAdminOf: { name: string }[] = await manager.query(
        `SELECT o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id
          WHERE m.user_id = $1 AND m.role = $2
            AND NOT EXISTS (SELECT 1 FROM memberships x WHERE x.organisation_id = m.organisation_id AND x.role = $2 AND x.user_id <> $1)`,
        [user.id, MemberRole.ADMIN],
      );
      if (lastAdminOf.length > 0) {
        throw IdentityErrors.LAST_ADMIN_OF(lastAdminOf.map((o) => o.name));
      }
      await manager.delete(MembershipEntity, { userId: user.id });
      await this.personalData.eraseAll(manager, { userId: user.id, emailNormalized: user.emailNormalized });
      await manager.query(`DELETE FROM invitations WHERE email_normalized = $1`, [user.emailNormalized]);
      await manager.delete(UserEntity, { id: user.id }); // sessions, tokens and resets cascade; submissions keep author NULL
      await this.audit.record(manager, { actorId: null, action: 'user.erased', entityType: 'User', entityId: user.id });
      return true;
    });
  }
}
