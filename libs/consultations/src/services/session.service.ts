import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import {
  Actor,
  Connection,
  decodeCursor,
  expectVersion,
  inTransaction,
  keysetTimestamp,
  pageSize,
  keysetPage,
} from '@app/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import reference from '../reference/ahc-reference.json';
import { NegotiationSessionEntity } from '../entities';
import { ConsultationErrors } from '../consultations.errors';

export interface SessionFields {
  title: string;
  processName: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
}

const summary = (s: NegotiationSessionEntity) => ({
  title: s.title,
  location: s.location,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
});

function checkDates(startsAt: Date, endsAt: Date): void {
  if (endsAt < startsAt) throw ConsultationErrors.SESSION_ENDS_BEFORE_START();
}

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: SessionFields): Promise<NegotiationSessionEntity> {
    checkDates(input.startsAt, input.endsAt);
    return inTransaction(this.dataSource, async (manager) => {
      const session = manager.create(NegotiationSessionEntity, { ...input, referenceKey: null });
      await manager.save(session);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'session.created',
        entityType: 'NegotiationSession',
        entityId: session.id,
        after: summary(session),
      });
      return session;
    });
  }

  /** Changes the given fields if `expectedVersion` is still current; CONFLICT otherwise. */
  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    changes: Partial<SessionFields>,
  ): Promise<NegotiationSessionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const session = await manager.findOne(NegotiationSessionEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!session) throw ConsultationErrors.SESSION_NOT_FOUND();
      expectVersion(session, expectedVersion, 'session');
      const before = summary(session);
      Object.assign(
        session,
        Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null)),
      );
      checkDates(session.startsAt, session.endsAt);
      await manager.save(session);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'session.updated',
        entityType: 'NegotiationSession',
        entityId: id,
        before,
        after: summary(session),
      });
      return session;
    });
  }

  async get(id: string): Promise<NegotiationSessionEntity> {
    const session = await this.dataSource.getRepository(NegotiationSessionEntity).findOne({ where: { id } });
    if (!session) throw ConsultationErrors.SESSION_NOT_FOUND();
    return session;
  }

  /** Whether a session exists (read in the caller's transaction, when given one). */
  exists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.exists(NegotiationSessionEntity, { where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<NegotiationSessionEntity[]> {
    return this.dataSource.getRepository(NegotiationSessionEntity).find({ where: { id: In([...ids]) } });
  }

  /** Newest first. */
  async list(first?: number | null, after?: string | null): Promise<Connection<NegotiationSessionEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    const qb = this.dataSource.getRepository(NegotiationSessionEntity).createQueryBuilder('s');
    return keysetPage(qb, {
      keys: ['s.starts_at', 's.id'],
      direction: 'DESC',
      after: position && { row: '(:at, :id)', params: keysetTimestamp(position) },
      size,
      position: (s) => [s.startsAt.getTime(), s.id],
    });
  }

  /** Loads the AHC sessions from the reference data; idempotent (keyed on `AHC-<number>`). */
  async seedReference(): Promise<number> {
    const rows = reference.sessions.map((s) => ({
      title: `AHC ${s.name}`,
      processName: reference.process.name,
      location: s.location,
      startsAt: new Date(`${s.start}T00:00:00Z`),
      endsAt: new Date(`${s.end}T00:00:00Z`),
      referenceKey: `AHC-${s.number}`,
    }));
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NegotiationSessionEntity)
      .values(rows)
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }
}
