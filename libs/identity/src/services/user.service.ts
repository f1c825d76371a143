import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import {
  Actor,
  ActorLoader,
  badCursor,
  Connection,
  decodeCursor,
  inTransaction,
  keysetPage,
  pageSize,
  PlatformErrors,
  PlatformRole,
} from '@app/platform';
import { isUUID } from 'class-validator';
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

  /**
   * People by display name (staff's people-and-roles page), keyset-paginated on (name, id);
   * `search` matches part of the name or the email, any case. The resolver is staff-only.
   */
  async list(
    filter: { search?: string | null; role?: PlatformRole | null },
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<UserEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    if (position && (typeof position[0] !== 'string' || !isUUID(position[1]))) throw badCursor();
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.display_name ILIKE :pattern OR u.email_normalized ILIKE :pattern)', { pattern });
    }
    return keysetPage(qb, {
      keys: ['u.display_name', 'u.id'],
      direction: 'ASC',
      after: position && {
        row: '(:afterName, :afterId)',
        params: { afterName: String(position[0]), afterId: position[1] },
      },
      size,
      position: (u) => [u.displayName, u.id],
    });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ where: { id: In([...ids]) } });
  }
}
