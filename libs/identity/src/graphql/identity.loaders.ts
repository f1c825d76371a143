import { Actor, groupBy, LoaderRegistry } from '@app/platform';
import DataLoader from 'dataloader';
import { InvitationEntity, MemberRole, MembershipEntity, OrganisationEntity, UserEntity } from '../entities';
import { MembershipService } from '../services/membership.service';
import { OrganisationService } from '../services/organisation.service';
import { UserService } from '../services/user.service';

/** Per-request batch loaders for identity fields, so lists never cost a query per row. */
export class IdentityLoaders {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly services: {
      users: UserService;
      organisations: OrganisationService;
      memberships: MembershipService;
    },
  ) {}

  users(): DataLoader<string, UserEntity | null> {
    return this.registry.get('identity.users', async (ids: readonly string[]) => {
      const rows = await this.services.users.findByIds(ids);
      const byId = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  organisations(): DataLoader<string, OrganisationEntity | null> {
    return this.registry.get('identity.organisations', async (ids: readonly string[]) => {
      const rows = await this.services.organisations.findByIds(ids);
      const byId = new Map(rows.map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The viewer's role in each organisation. */
  myRoles(viewer: Actor): DataLoader<string, MemberRole | null> {
    return this.registry.get(`identity.myRoles:${viewer.userId}`, (ids: readonly string[]) =>
      this.services.organisations.rolesOf(viewer.userId, ids),
    );
  }

  membersOf(): DataLoader<string, MembershipEntity[]> {
    return this.registry.get('identity.membersOf', async (orgIds: readonly string[]) =>
      groupBy(orgIds, await this.services.memberships.membersOf(orgIds), (m) => m.organisationId),
    );
  }

  pendingInvitationsOf(): DataLoader<string, InvitationEntity[]> {
    return this.registry.get('identity.pendingInvitationsOf', async (orgIds: readonly string[]) =>
      groupBy(orgIds, await this.services.memberships.pendingInvitationsOf(orgIds), (i) => i.organisationId),
    );
  }

  membershipsOfUser(): DataLoader<string, MembershipEntity[]> {
    return this.registry.get('identity.membershipsOfUser', async (userIds: readonly string[]) =>
      groupBy(userIds, await this.services.memberships.membershipsOfUsers(userIds), (m) => m.userId),
    );
  }
}
