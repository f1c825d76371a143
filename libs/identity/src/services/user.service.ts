import { Injectable } from '@nestjs/common';
import { Actor, ActorLoader, PlatformRole } from '@app/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from '../entities';

@Injectable()
export class UserService implements ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

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
