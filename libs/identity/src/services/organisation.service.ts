import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { NotificationService } from '@app/notifications';
import {
  Actor,
  Clock,
  Connection,
  decodeCursor,
  expectVersion,
  inTransaction,
  isModerator,
  isStaff,
  pageSize,
  keysetPage,
  selectEntities,
  badCursor,
} from '@app/platform';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  MemberRole,
  MembershipEntity,
  OrganisationEntity,
  OrganisationStatus,
  OrganisationType,
  Region,
} from '../entities';
import { canSeeOrganisation, REVIEW_TRANSITIONS } from './organisation-access';
import { isKnownCountry, regionOfCountry } from './regions';
import { IdentityErrors } from '../identity.errors';

export interface NewOrganisation {
  name: string;
  country: string;
  type: OrganisationType;
  website?: string | null;
  description?: string | null;
  region?: Region | null;
}

export interface OrganisationListFilter {
  status?: OrganisationStatus | null;
  region?: Region | null;
  search?: string | null;
}

/** The summary of an organisation kept in audit events. */
function summary(org: OrganisationEntity): Record<string, unknown> {
  return { name: org.name, country: org.country, region: org.region, type: org.type, status: org.status };
}

@Injectable()
export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  /** Creates a PENDING organisation; the creator becomes its first ADMIN. */
  async create(actor: Actor, input: NewOrganisation): Promise<OrganisationEntity> {
    if (!isKnownCountry(input.country)) throw IdentityErrors.UNKNOWN_COUNTRY();
    const derived = regionOfCountry(input.country);
    const region = derived ?? input.region;
    if (!region) {
      throw IdentityErrors.REGION_REQUIRED();
    }
    return inTransaction(this.dataSource, async (manager) => {
      const org = manager.create(OrganisationEntity, {
        name: input.name,
        country: input.country,
        region,
        type: input.type,
        website: input.website ?? null,
        description: input.description ?? '',
        status: OrganisationStatus.PENDING,
        reviewNote: null,
        reviewedAt: null,
      });
      await manager.save(org);
      await manager.insert(MembershipEntity, { organisationId: org.id, userId: actor.userId, role: MemberRole.ADMIN });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'organisation.created',
        entityType: 'Organisation',
        entityId: org.id,
        after: summary(org),
      });
      return org;
    });
  }

  /** Staff verify, reject or suspend an organisation; its members are told. */
  async review(
    actor: Actor,
    input: {
      organisationId: string;
      decision: 'VERIFY' | 'REJECT' | 'SUSPEND';
      note?: string | null;
      expectedVersion?: number | null;
    },
  ): Promise<OrganisationEntity> {
    if (input.decision !== 'VERIFY' && !input.note) throw IdentityErrors.REVIEW_NOTE_REQUIRED();
    const transition = REVIEW_TRANSITIONS[input.decision];
    return inTransaction(this.dataSource, async (manager) => {
      const org = await manager.findOne(OrganisationEntity, {
        where: { id: input.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!org) throw IdentityErrors.ORGANISATION_NOT_FOUND();
      // Two staff reviewing at once: the one who saw an older state learns it before any rule.
      expectVersion(org, input.expectedVersion, 'organisation');
      if (!transition.from.includes(org.status)) {
        throw IdentityErrors.REVIEW_NOT_ALLOWED(org.status, input.decision);
      }
      const before = summary(org);
      org.status = transition.to;
      org.reviewNote = input.note ?? null;
      org.reviewedAt = this.clock.now();
      await manager.save(org);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'organisation.reviewed',
        entityType: 'Organisation',
        entityId: org.id,
        before,
        after: { ...summary(org), decision: input.decision, note: org.reviewNote },
      });
      const members = await manager.find(MembershipEntity, {
        where: { organisationId: org.id },
        select: { userId: true },
      });
      await this.notifications.notify(
        manager,
        members.map((m) => m.userId),
        {
          kind: 'ORGANISATION_REVIEWED',
          title: `${org.name} is now ${org.status.toLowerCase()}`,
          body: org.reviewNote ?? '',
          entityType: 'Organisation',
          entityId: org.id,
        },
      );
      return org;
    });
  }

  /** An organisation the caller may see, or NOT_FOUND (exactly as for an id that does not exist). */
  async get(
    actor: Actor | null,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationEntity> {
    // An id that is not a uuid names no organisation; PostgreSQL would refuse it as a uuid (a 500).
    if (!isUUID(id)) throw IdentityErrors.ORGANISATION_NOT_FOUND();
    const org = await manager.findOne(OrganisationEntity, { where: { id } });
    const role = org && actor ? await this.roleOf(actor.userId, id, manager) : null;
    if (!org || !canSeeOrganisation(actor, org, role)) throw IdentityErrors.ORGANISATION_NOT_FOUND();
    return org;
  }

  /** Organisations the caller may see, by name, keyset-paginated. */
  async list(
    actor: Actor,
    filter: OrganisationListFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<OrganisationEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    // A cursor of this list is [name, uuid]; anything else would reach PostgreSQL as a bad uuid (a 500).
    if (position && (typeof position[0] !== 'string' || !isUUID(position[1]))) throw badCursor();
    const qb = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o');
    if (!isStaff(actor) && !isModerator(actor)) {
      qb.andWhere(
        `(o.status = :verified OR o.id IN (SELECT m.organisation_id FROM memberships m WHERE m.user_id = :me))`,
        { verified: OrganisationStatus.VERIFIED, me: actor.userId },
      );
    }
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.region) qb.andWhere('o.region = :region', { region: filter.region });
    if (filter.search) {
      const escaped = filter.search.replace(/[\\%_]/g, (c) => `\\${c}`);
      qb.andWhere('o.name ILIKE :search', { search: `%${escaped}%` });
    }
    return keysetPage(qb, {
      keys: ['o.name', 'o.id'],
      direction: 'ASC',
      after: position && {
        row: '(:afterName, :afterId)',
        params: { afterName: String(position[0]), afterId: position[1] },
      },
      size,
      position: (o) => [o.name, o.id],
    });
  }

  /**
   * An organisation by id, whoever asks: for other contexts' rules about rows they hold (a
   * submission's organisation), which decide themselves what to reveal. Null if there is none.
   */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrganisationEntity | null> {
    return manager.findOne(OrganisationEntity, { where: { id } });
  }

  /** The ids of the organisations a person belongs to: one query (every request's disclosure policy needs them). */
  async organisationIdsOf(userId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.dataSource.query(
      'SELECT organisation_id FROM memberships WHERE user_id = $1',
      [userId],
    );
    return rows.map((r) => r.organisation_id);
  }

  findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    // Behind the loaders of every list and queue page: plain SQL, hydrated (see `hydrate`).
    return selectEntities(
      this.dataSource,
      OrganisationEntity,
      `SELECT * FROM organisations WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async roleOf(
    userId: string,
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MemberRole | null> {
    const m = await manager.findOne(MembershipEntity, { where: { userId, organisationId }, select: { role: true } });
    return m?.role ?? null;
  }

  /** The caller's role in each of the given organisations (null where not a member): one query. */
  async rolesOf(userId: string, organisationIds: readonly string[]): Promise<(MemberRole | null)[]> {
    const rows = await this.dataSource.getRepository(MembershipEntity).find({
      where: { userId, organisationId: In([...organisationIds]) },
      select: { organisationId: true, role: true },
    });
    const byOrg = new Map(rows.map((r) => [r.organisationId, r.role]));
    return organisationIds.map((id) => byOrg.get(id) ?? null);
  }
}
