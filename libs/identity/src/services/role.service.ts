import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, inTransaction, PlatformRole } from '@app/platform';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities';
import { IdentityErrors } from '../identity.errors';

/** Platform roles (MODERATOR, STAFF), granted and revoked by staff; never below one STAFF user. */
@Injectable()
export class RoleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  grant(actor: Actor | null, userId: string, role: PlatformRole): Promise<UserEntity> {
    return this.change(actor, userId, role, true);
  }

  revoke(actor: Actor, userId: string, role: PlatformRole): Promise<UserEntity> {
    return this.change(actor, userId, role, false);
  }

  private change(actor: Actor | null, userId: string, role: PlatformRole, grant: boolean): Promise<UserEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw IdentityErrors.USER_NOT_FOUND();
      const before = [...user.roles];
      const has = user.roles.includes(role);
      if (grant === has) return user; // nothing to change, nothing to audit
      if (!grant && role === PlatformRole.STAFF) {
        // Serialise concurrent revocations so two staff cannot remove each other at once.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['plenary:staff-roles']);
        const staff: { count: string }[] = await manager.query(
          `SELECT count(*) AS count FROM users WHERE $1 = ANY(roles)`,
          [PlatformRole.STAFF],
        );
        if (Number(staff[0].count) <= 1) throw IdentityErrors.LAST_STAFF();
      }
      user.roles = grant ? [...user.roles, role].sort() : user.roles.filter((r) => r !== role);
      await manager.save(user);
      await this.audit.record(manager, {
        actorId: actor?.userId ?? null,
        action: grant ? 'role.granted' : 'role.revoked',
        entityType: 'User',
        entityId: user.id,
        before: { roles: before },
        after: { roles: user.roles },
      });
      return user;
    });
  }
}
