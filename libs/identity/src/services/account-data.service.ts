import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, DomainException, ErrorCode, inTransaction } from '@app/platform';
import { DataSource } from 'typeorm';
import { MemberRole, MembershipEntity, UserEntity } from '../entities';
import { PasswordAttemptThrottle } from './password-attempt-throttle';
import { PasswordService } from './password.service';

/**
 * A person's own data: what Plenary holds about them (exportMyData), and erasing them
 * (deleteMyAccount). The organisation's submissions stay; they simply lose their author.
 */
@Injectable()
export class AccountDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly throttle: PasswordAttemptThrottle,
    private readonly audit: AuditService,
  ) {}

  async export(actor: Actor): Promise<Record<string, unknown>> {
    const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: actor.userId } });
    const q = (sql: string) => this.dataSource.query(sql, [actor.userId]);
    const [memberships, sessions, notifications, submissions] = await Promise.all([
      q(`SELECT o.id AS "organisationId", o.name AS "organisation", m.role, m.created_at AS "joinedAt"
           FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY m.created_at`),
      q(
        `SELECT id, created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt" FROM auth_sessions WHERE user_id = $1 ORDER BY created_at`,
      ),
      q(
        `SELECT kind, title, body, created_at AS "createdAt", read_at AS "readAt" FROM notifications WHERE user_id = $1 ORDER BY id`,
      ),
      q(
        `SELECT id, title, status, language, disclosure, created_at AS "createdAt" FROM submissions WHERE author_id = $1 ORDER BY created_at`,
      ),
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
      notifications,
      submissionsAuthored: submissions,
    };
  }

  /**
   * Erases the person: their account, sessions, memberships and notifications, and their address in
   * the email outbox. Refused while they are the last ADMIN of an organisation (it must keep one).
   */
  async delete(actor: Actor, password: string, ip: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: actor.userId } });
    if (!user) throw DomainException.unauthenticated();
    // A stolen session must not become a way around login's throttle: the same pair, the same ladder.
    await this.throttle.attempt(user.emailNormalized, ip);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw new DomainException(ErrorCode.BAD_USER_INPUT, 'The password is not correct', [
        { field: 'password', message: 'is not correct' },
      ]);
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
        throw DomainException.conflict(
          `You are the last ADMIN of ${lastAdminOf.map((o) => o.name).join(', ')}; make someone else ADMIN first`,
        );
      }
      await manager.delete(MembershipEntity, { userId: user.id });
      await manager.query('DELETE FROM notifications WHERE user_id = $1', [user.id]);
      await manager.query(
        `UPDATE email_messages SET to_address = '[erased]', text_body = '[erased]' WHERE lower(to_address) = $1`,
        [user.emailNormalized],
      );
      await manager.query(`DELETE FROM invitations WHERE email_normalized = $1`, [user.emailNormalized]);
      await manager.delete(UserEntity, { id: user.id }); // sessions, tokens and resets cascade; submissions keep author NULL
      await this.audit.record(manager, { actorId: null, action: 'user.erased', entityType: 'User', entityId: user.id });
      return true;
    });
  }
}
