import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Region } from '@app/identity';
import {
  Actor,
  Clock,
  Connection,
  decodeCursor,
  keysetTimestamp,
  enqueue,
  expectVersion,
  inTransaction,
  isStaff,
  MaybeActor,
  pageSize,
  selectEntities,
  keysetPage,
} from '@app/platform';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { ConsultationRoundEntity, NegotiationSessionEntity, RoundStatus } from '../entities';
import {
  CLOSING_REMINDER_MS,
  DEFAULT_REVISION_DAYS,
  DEFAULT_WORD_LIMIT,
  effectiveStatus,
  isPublicRound,
  DEFAULT_TIME_ZONE,
  UN_LANGUAGES,
} from './round-rules';
import { RoundSql } from './round.sql';
import { ConsultationErrors } from '../consultations.errors';

export interface RoundFields {
  title: string;
  description?: string | null;
  guidingQuestions?: string[] | null;
  opensAt: Date;
  closesAt: Date;
  revisionsCloseAt?: Date | null;
  wordLimit?: number | null;
  languages?: string[] | null;
  timeZone?: string | null;
}

export interface RoundFilter {
  sessionId?: string | null;
  region?: Region | null;
  status?: RoundStatus | null;
}

const summary = (r: ConsultationRoundEntity) => ({
  title: r.title,
  region: r.region,
  status: r.status,
  opensAt: r.opensAt,
  closesAt: r.closesAt,
  revisionsCloseAt: r.revisionsCloseAt,
  wordLimit: r.wordLimit,
  languages: r.languages,
  timeZone: r.timeZone,
});

function checkDates(r: Pick<ConsultationRoundEntity, 'opensAt' | 'closesAt' | 'revisionsCloseAt'>): void {
  if (r.closesAt <= r.opensAt) throw ConsultationErrors.ROUND_CLOSES_BEFORE_OPENING();
  if (r.revisionsCloseAt < r.closesAt) throw ConsultationErrors.REVISIONS_CLOSE_BEFORE_ROUND();
}

@Injectable()
export class RoundService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(
    actor: Actor,
    input: RoundFields & { sessionId: string; region: Region },
  ): Promise<ConsultationRoundEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const session = await manager.findOne(NegotiationSessionEntity, { where: { id: input.sessionId } });
      if (!session) throw ConsultationErrors.SESSION_UNKNOWN();
      const round = manager.create(ConsultationRoundEntity, {
        sessionId: session.id,
        region: input.region,
        title: input.title,
        description: input.description ?? '',
        guidingQuestions: input.guidingQuestions ?? [],
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        revisionsCloseAt:
          input.revisionsCloseAt ?? new Date(input.closesAt.getTime() + DEFAULT_REVISION_DAYS * 24 * 3600 * 1000),
        wordLimit: input.wordLimit ?? DEFAULT_WORD_LIMIT,
        languages: input.languages ?? [...UN_LANGUAGES],
        timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
        status: RoundStatus.DRAFT,
        openedNotifiedAt: null,
        closingRemindedAt: null,
      });
      checkDates(round);
      await manager.save(round);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'round.created',
        entityType: 'ConsultationRound',
        entityId: round.id,
        after: summary(round),
      });
      return round;
    });
  }

  /** Staff edit a round that is not closed yet; new dates reschedule its open/close jobs. */
  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    changes: Partial<RoundFields>,
  ): Promise<ConsultationRoundEntity> {
    return this.change(actor, id, 'round.updated', expectedVersion, async (round, manager) => {
      const now = this.clock.now();
      const status = effectiveStatus(round, now);
      if (status === RoundStatus.CLOSED || status === RoundStatus.ARCHIVED)
        throw ConsultationErrors.ROUND_NOT_CHANGEABLE(status);
      if (status === RoundStatus.OPEN && changes.opensAt && changes.opensAt.getTime() !== round.opensAt.getTime()) {
        throw ConsultationErrors.ROUND_ALREADY_OPEN();
      }
      const closesBefore = round.closesAt.getTime();
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined && value !== null) (round as unknown as Record<string, unknown>)[key] = value;
      }
      if (changes.closesAt && !changes.revisionsCloseAt && round.revisionsCloseAt < round.closesAt) {
        round.revisionsCloseAt = new Date(round.closesAt.getTime() + DEFAULT_REVISION_DAYS * 24 * 3600 * 1000);
      }
      checkDates(round);
      if (round.closesAt.getTime() !== closesBefore) round.closingRemindedAt = null;
      if (round.status === RoundStatus.SCHEDULED || round.status === RoundStatus.OPEN)
        await this.scheduleJobs(manager, round);
    });
  }

  /** DRAFT → SCHEDULED: the round becomes public and its open/close jobs are queued. */
  schedule(actor: Actor, id: string): Promise<ConsultationRoundEntity> {
    return this.change(actor, id, 'round.scheduled', null, async (round, manager) => {
      if (round.status !== RoundStatus.DRAFT)
        throw ConsultationErrors.ROUND_NOT_DRAFT(effectiveStatus(round, this.clock.now()));
      if (round.closesAt <= this.clock.now()) throw ConsultationErrors.ROUND_CLOSES_IN_PAST();
      round.status = RoundStatus.SCHEDULED;
      await this.scheduleJobs(manager, round);
    });
  }

  /** Closes a round now (or confirms it closed); revisions stay possible until revisionsCloseAt. */
  close(actor: Actor, id: string): Promise<ConsultationRoundEntity> {
    return this.change(actor, id, 'round.closed', null, async (round) => {
      const now = this.clock.now();
      const status = effectiveStatus(round, now);
      if (status === RoundStatus.DRAFT || round.status === RoundStatus.CLOSED || status === RoundStatus.ARCHIVED) {
        throw ConsultationErrors.ROUND_NOT_CLOSABLE(round.status);
      }
      round.status = RoundStatus.CLOSED;
      if (round.closesAt > now) round.closesAt = now;
      if (round.revisionsCloseAt < round.closesAt) round.revisionsCloseAt = round.closesAt;
      if (round.opensAt > round.closesAt) round.opensAt = round.closesAt;
    });
  }

  /** A round the caller may see: DRAFT rounds are staff-only; others are public. */
  async get(
    actor: MaybeActor,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConsultationRoundEntity> {
    const round = await manager.findOne(ConsultationRoundEntity, { where: { id } });
    if (!round || !this.canSee(actor, round)) throw ConsultationErrors.ROUND_NOT_FOUND();
    return round;
  }

  /**
   * A round by id, whoever asks: for other contexts' rules about rows they hold (a submission's
   * round). Null if there is none.
   */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ConsultationRoundEntity | null> {
    return manager.findOne(ConsultationRoundEntity, { where: { id } });
  }

  /**
   * The round.closing-reminder job's claim, in the caller's transaction: the round, locked and
   * marked reminded, if its reminder for closing time `at` is still due (not sent yet, the closing
   * time unchanged, the round open by the clock); else null. The caller sends the reminder in the
   * same transaction, so a failure leaves it due.
   */
  async claimClosingReminder(
    manager: EntityManager,
    roundId: string,
    at: number,
  ): Promise<ConsultationRoundEntity | null> {
    const round = await manager.findOne(ConsultationRoundEntity, {
      where: { id: roundId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!round || round.closesAt.getTime() !== at || round.closingRemindedAt) return null;
    if (effectiveStatus(round, this.clock.now()) !== RoundStatus.OPEN) return null;
    round.closingRemindedAt = this.clock.now();
    await manager.save(round);
    return round;
  }

  canSee(actor: MaybeActor, round: ConsultationRoundEntity): boolean {
    return isPublicRound(round) || isStaff(actor);
  }

  findByIds(ids: readonly string[]): Promise<ConsultationRoundEntity[]> {
    // Behind the loaders of every list and queue page: plain SQL, hydrated (see `hydrate`).
    return selectEntities(
      this.dataSource,
      ConsultationRoundEntity,
      `SELECT * FROM consultation_rounds WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Rounds by opening date, keyset-paginated; `status` filters on the status the clock gives. */
  async list(
    actor: MaybeActor,
    filter: RoundFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ConsultationRoundEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    const qb = this.dataSource.getRepository(ConsultationRoundEntity).createQueryBuilder('r');
    if (!isStaff(actor)) qb.andWhere(RoundSql.public('r'));
    if (filter.sessionId) qb.andWhere('r.session_id = :sessionId', { sessionId: filter.sessionId });
    if (filter.region) qb.andWhere('r.region = :region', { region: filter.region });
    if (filter.status) this.whereStatus(qb, filter.status);
    return keysetPage(qb, {
      keys: ['r.opens_at', 'r.id'],
      direction: 'ASC',
      after: position && { row: '(:at, :id)', params: keysetTimestamp(position) },
      size,
      position: (r) => [r.opensAt.getTime(), r.id],
    });
  }

  private whereStatus(qb: SelectQueryBuilder<ConsultationRoundEntity>, status: RoundStatus): void {
    const now = this.clock.now();
    const live = RoundSql.live('r');
    switch (status) {
      case RoundStatus.OPEN:
        qb.andWhere(`${live} AND r.opens_at <= :now AND r.closes_at > :now`, { now });
        break;
      case RoundStatus.SCHEDULED:
        qb.andWhere(`${live} AND r.opens_at > :now`, { now });
        break;
      case RoundStatus.CLOSED:
        qb.andWhere(`(${RoundSql.closed('r')} OR (${live} AND r.closes_at <= :now))`, { now });
        break;
      default:
        qb.andWhere('r.status = :status', { status });
    }
  }

  /** Queues the open, closing-reminder and close jobs for the round's current dates. */
  private async scheduleJobs(manager: EntityManager, round: ConsultationRoundEntity): Promise<void> {
    const opens = round.opensAt.getTime();
    const closes = round.closesAt.getTime();
    await enqueue(manager, { name: 'round.open', payload: { roundId: round.id, at: opens } }, { runAt: round.opensAt });
    await enqueue(
      manager,
      { name: 'round.closing-reminder', payload: { roundId: round.id, at: closes } },
      { runAt: new Date(closes - CLOSING_REMINDER_MS) },
    );
    await enqueue(
      manager,
      { name: 'round.close', payload: { roundId: round.id, at: closes } },
      { runAt: round.closesAt },
    );
  }

  /** Locks the round, checks the expected version, applies `mutate`, saves and audits: one transaction. */
  private change(
    actor: Actor,
    id: string,
    action: string,
    expectedVersion: number | null,
    mutate: (round: ConsultationRoundEntity, manager: EntityManager) => Promise<void>,
  ): Promise<ConsultationRoundEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const round = await manager.findOne(ConsultationRoundEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!round) throw ConsultationErrors.ROUND_NOT_FOUND();
      expectVersion(round, expectedVersion, 'round');
      const before = summary(round);
      await mutate(round, manager);
      await manager.save(round);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action,
        entityType: 'ConsultationRound',
        entityId: round.id,
        before,
        after: summary(round),
      });
      return round;
    });
  }
}
