import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, ActorLoader, inTransaction, PlatformRole, PlatformErrors } from '@app/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from '../entities';

@Injectable()
export class UserService implements ActorLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The person's own name and interface language; only the fields given change (validated by the input). */
  async updateProfile(actor: Actor, input: { displayName?: string; preferredLanguage?: string }): Promise<UserEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const user = await manager.findOne(UserEntity, {
        where: { id: actor.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw PlatformErrors.UNAUTHENTICATED();
      const before = { displayName: user.displayName, preferredLanguage: user.preferredLanguage };
      if (input.displayName !== undefined) user.displayName = input.displayName;
      if (input.preferredLanguage !== undefined) user.preferredLanguage = input.preferredLanguage;
      await manager.save(user);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.profile_updated',
        entityType: 'User',
        entityId: user.id,
        before,
        after: { displayName: user.displayName, preferredLanguage: user.preferredLanguage },
      });
      return user;
    });
  }

  /** The actor behind an access token, if the user exists and the session is still open. */
  async load(userId: string, sessionId: string): Promise<Actor | null> {
    const rows: { roles: Actor['roles'] }[] = await this.dataSource.query(
      `SELECT u.roles::text[] AS roles FROM users u JOIN auth_sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [userId, sessionId],
    );
    if (rows.length === 0) return null;
    return { userId, sessionId, roles: rows[0].roles };
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOne({ where: { id } });
  }

  /** Everyone holding a platform role, as notification recipients (staff for digests, moderators for the queue). */
  holdersOf(
    role: PlatformRole,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ userId: string; email: string }[]> {
    return manager.query(`SELECT id AS "userId", email FROM users WHERE $1 = ANY(roles::text[])`, [role]);
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ where: { id: In([...ids]) } });
  }
}
