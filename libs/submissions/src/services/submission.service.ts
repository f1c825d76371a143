import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import {
  acceptsDrafts,
  acceptsRevisions,
  acceptsSubmissions,
  ConsultationRoundEntity,
  ProvisionService,
  RoundService,
} from '@app/consultations';
import { MembershipEntity, OrganisationEntity, OrganisationStatus, Region } from '@app/identity';
import {
  Actor,
  Clock,
  Connection,
  badCursor,
  cursorUuid,
  decodeCursor,
  expectVersion,
  inTransaction,
  MaybeActor,
  pageSize,
  rawAndEntities,
  timeKeysetPage,
  keysetRows,
  mapConnection,
  updateAtVersion,
} from '@app/platform';
import { TagService } from '@app/taxonomy';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CosignatureEntity,
  Disclosure,
  SubmissionEntity,
  SubmissionTagEntity,
  SubmissionStatus,
  SubmissionVersionEntity,
} from '../entities';
import { countWords, SUMMARY_WORD_LIMIT } from '@app/text';
import { contentHash, SubmissionContent } from './content-hash';
import { CosignatureService } from './cosignature.service';
import { canSee, ORGANISATION_FILTER_SQL, SubmissionViewer, viewerOf, VISIBLE_SQL } from './disclosure.policy';
import { EDITABLE, nextStatus, SubmissionAction } from './status-machine';
import { whereAllTags } from './tag-filter';
import { SubmissionErrors } from '../submissions.errors';

export interface SubmissionDraft {
  title: string;
  summary: string;
  body: string;
  language: string;
  disclosure: Disclosure;
  provisionIds?: string[] | null;
  suggestedTagIds?: string[] | null;
}

export interface SubmissionFilter {
  roundId?: string | null;
  sessionId?: string | null;
  organisationId?: string | null;
  region?: Region | null;
  provisionId?: string | null;
  status?: SubmissionStatus | null;
  tagIds?: string[] | null;
  language?: string | null;
  search?: string | null;
}

/** PostgreSQL text-search configurations by language (the same mapping as the search trigger). */
const TS_CONFIGS: Record<string, string> = {
  ar: 'arabic',
  en: 'english',
  fr: 'french',
  ru: 'russian',
  es: 'spanish',
  pt: 'portuguese',
  de: 'german',
  it: 'italian',
  tr: 'turkish',
  id: 'indonesian',
  nl: 'dutch',
  ro: 'romanian',
  sr: 'serbian',
  el: 'greek',
  hi: 'hindi',
};

const summaryOf = (s: SubmissionEntity) => ({
  status: s.status,
  roundId: s.roundId,
  disclosure: s.disclosure,
  currentVersion: s.currentVersion,
  contentHash: s.contentHash,
});

/**
 * Drafting, submitting, revising and withdrawing positions. Rules come from the status machine
 * (status-machine.ts), the round's dates (round-rules.ts) and the disclosure policy.
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundService,
    private readonly provisions: ProvisionService,
    private readonly tags: TagService,
    private readonly cosignatures: CosignatureService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The viewer's organisations, for the disclosure policy: one query. */
  async viewer(actor: MaybeActor): Promise<SubmissionViewer> {
    if (!actor) return viewerOf(null, []);
    const rows = (await this.dataSource.query(`SELECT organisation_id FROM memberships WHERE user_id = $1`, [
      actor.userId,
    ])) as { organisation_id: string }[];
    return viewerOf(
      actor,
      rows.map((r) => r.organisation_id),
    );
  }

  async create(
    actor: Actor,
    input: SubmissionDraft & { roundId: string; organisationId: string },
  ): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const round = await this.rounds.get(actor, input.roundId, manager).catch(() => {
        throw SubmissionErrors.ROUND_NOT_FOUND();
      });
      const org = await this.requireMemberOfVerified(manager, actor, input.organisationId);
      if (org.region !== round.region) throw SubmissionErrors.ROUND_OF_OTHER_REGION(round.region, org.name, org.region);
      if (!acceptsDrafts(round, this.clock.now())) throw SubmissionErrors.ROUND_NOT_ACCEPTING();
      const content = await this.checkContent(manager, round, input);
      const submission = manager.create(SubmissionEntity, {
        roundId: round.id,
        sessionId: round.sessionId,
        region: round.region,
        organisationId: org.id,
        authorId: actor.userId,
        ...content,
        disclosure: input.disclosure,
        suggestedTagIds: await this.checkSuggestedTags(input.suggestedTagIds, manager),
        status: SubmissionStatus.DRAFT,
        currentVersion: 0,
        contentHash: contentHash(content),
        withdrawalReason: null,
        submittedAt: null,
      });
      await manager.save(submission);
      await this.audit.record(manager, {
        actorId: actor.userId,
        sealed: true,
        action: 'submission.created',
        entityType: 'Submission',
        entityId: submission.id,
        after: summaryOf(submission),
      });
      return submission;
    });
  }

  /**
   * Edits a DRAFT or CHANGES_REQUESTED submission if `expectedVersion` is current. A change of
   * text sends accepted co-signatures back to PENDING (their acceptance was for the old text).
   */
  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    changes: Partial<SubmissionDraft> & { roundId?: string | null },
  ): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.requireOwn(manager, actor, id);
      expectVersion(current, expectedVersion, 'submission');
      if (!EDITABLE.includes(current.status)) throw SubmissionErrors.NOT_EDITABLE(current.status);
      let round = await manager.findOneByOrFail(ConsultationRoundEntity, { id: current.roundId });
      if (changes.roundId && changes.roundId !== current.roundId) {
        if (current.status !== SubmissionStatus.DRAFT) throw SubmissionErrors.ONLY_DRAFTS_MOVE();
        const target = await this.rounds.get(actor, changes.roundId, manager).catch(() => null);
        if (!target) throw SubmissionErrors.ROUND_NOT_FOUND();
        if (target.sessionId !== round.sessionId) throw SubmissionErrors.ROUND_OF_OTHER_SESSION();
        if (target.region !== current.region) throw SubmissionErrors.ROUND_FOR_OTHER_REGION();
        if (!acceptsDrafts(target, this.clock.now())) throw SubmissionErrors.ROUND_NOT_ACCEPTING();
        round = target;
      }
      const merged = {
        title: changes.title ?? current.title,
        summary: changes.summary ?? current.summary,
        body: changes.body ?? current.body,
        language: changes.language ?? current.language,
        provisionIds: changes.provisionIds ?? current.provisionIds,
      };
      const content = await this.checkContent(manager, round, merged);
      const hash = contentHash(content);
      const suggestedTagIds = changes.suggestedTagIds
        ? await this.checkSuggestedTags(changes.suggestedTagIds, manager)
        : current.suggestedTagIds;
      await updateAtVersion(
        manager,
        SubmissionEntity,
        id,
        expectedVersion,
        {
          ...content,
          roundId: round.id,
          contentHash: hash,
          disclosure: changes.disclosure ?? current.disclosure,
          suggestedTagIds,
        },
        'submission',
      );
      const updated = await manager.findOneByOrFail(SubmissionEntity, { id });
      if (hash !== current.contentHash) await this.cosignatures.resetAcceptances(manager, updated);
      await this.audit.record(manager, {
        actorId: actor.userId,
        sealed: true,
        action: 'submission.updated',
        entityType: 'Submission',
        entityId: id,
        before: summaryOf(current),
        after: summaryOf(updated),
      });
      return updated;
    });
  }

  /** Submits (or re-submits after a request for changes): makes an immutable version. */
  async submit(actor: Actor, id: string, expectedVersion: number): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.requireOwn(manager, actor, id);
      expectVersion(current, expectedVersion, 'submission');
      await this.requireMemberOfVerified(manager, actor, current.organisationId);
      const to = nextStatus(current.status, 'submit');
      const round = await manager.findOneByOrFail(ConsultationRoundEntity, { id: current.roundId });
      const now = this.clock.now();
      const open =
        current.status === SubmissionStatus.CHANGES_REQUESTED
          ? acceptsRevisions(round, now)
          : acceptsSubmissions(round, now);
      if (!open) throw SubmissionErrors.ROUND_NOT_ACCEPTING();
      const content = await this.checkContent(manager, round, current);
      const number = current.currentVersion + 1;
      await updateAtVersion(
        manager,
        SubmissionEntity,
        id,
        expectedVersion,
        { status: to, currentVersion: number, submittedAt: now },
        'submission',
        { status: current.status },
      );
      await manager.insert(SubmissionVersionEntity, {
        submissionId: id,
        number,
        ...content,
        contentHash: contentHash(content),
      });
      const updated = await manager.findOneByOrFail(SubmissionEntity, { id });
      await this.audit.record(manager, {
        actorId: actor.userId,
        sealed: true,
        action: 'submission.submitted',
        entityType: 'Submission',
        entityId: id,
        before: summaryOf(current),
        after: summaryOf(updated),
      });
      return updated;
    });
  }

  async withdraw(actor: Actor, id: string, reason: string): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.requireOwn(manager, actor, id, true);
      const to = nextStatus(current.status, 'withdraw');
      const before = summaryOf(current);
      current.status = to;
      current.withdrawalReason = reason;
      await manager.save(current);
      await this.audit.record(manager, {
        actorId: actor.userId,
        sealed: true,
        action: 'submission.withdrawn',
        entityType: 'Submission',
        entityId: id,
        before,
        after: summaryOf(current),
      });
      return current;
    });
  }

  /**
   * Moves a submission through the status machine for another context (moderation): checks the
   * expected version and the table, and returns the updated row. The caller audits.
   */
  async transition(
    manager: EntityManager,
    id: string,
    action: SubmissionAction,
    expectedVersion: number | null,
  ): Promise<SubmissionEntity> {
    const current = await manager.findOne(SubmissionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw SubmissionErrors.SUBMISSION_NOT_FOUND();
    expectVersion(current, expectedVersion, 'submission');
    const status = nextStatus(current.status, action);
    // An UPDATE of the one column (save() would read the row again to find what changed).
    const { raw } = await manager
      .createQueryBuilder()
      .update(SubmissionEntity)
      .set({ status })
      .where('id = :id', { id })
      .returning(['version', 'updatedAt'])
      .execute();
    const [row] = raw as { version: number; updated_at: Date }[];
    return Object.assign(current, { status, version: row.version, updatedAt: row.updated_at });
  }

  /**
   * Moderation's tags for a submission, replacing the previous set, if `expectedVersion` is still
   * current (tags are a racing write: the version is bumped). The submissions context owns the
   * table and the version; moderation decides who may tag and what the review records.
   * Returns the tag ids it replaced.
   */
  async replaceTags(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    tagIds: readonly string[],
  ): Promise<string[]> {
    await updateAtVersion(manager, SubmissionEntity, id, expectedVersion, {}, 'submission');
    const before = await manager.find(SubmissionTagEntity, { where: { submissionId: id } });
    await manager.delete(SubmissionTagEntity, { submissionId: id });
    if (tagIds.length)
      await manager.insert(
        SubmissionTagEntity,
        tagIds.map((tagId) => ({ submissionId: id, tagId })),
      );
    return before.map((t) => t.tagId);
  }

  /** A submission the viewer may see, or NOT_FOUND (as for an id that does not exist). */
  async get(viewer: SubmissionViewer, id: string): Promise<SubmissionEntity> {
    const submission = await this.dataSource.getRepository(SubmissionEntity).findOne({ where: { id } });
    if (!submission) throw SubmissionErrors.SUBMISSION_NOT_FOUND();
    const cosigners = await this.dataSource
      .getRepository(CosignatureEntity)
      .find({ where: { submissionId: id }, select: { organisationId: true } });
    if (
      !canSee(
        viewer,
        submission,
        cosigners.map((c) => c.organisationId),
      )
    )
      throw SubmissionErrors.SUBMISSION_NOT_FOUND();
    return submission;
  }

  findByIds(ids: readonly string[]): Promise<SubmissionEntity[]> {
    return this.dataSource.getRepository(SubmissionEntity).find({ where: { id: In([...ids]) } });
  }

  /**
   * Submissions the viewer may see, newest first (or by relevance with `search`), keyset-paginated.
   * Visibility and the organisation filter are the disclosure policy's SQL.
   */
  async list(
    viewer: SubmissionViewer,
    filter: SubmissionFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<SubmissionEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    const qb = this.dataSource
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .select(this.listColumns())
      .where(VISIBLE_SQL, { viewerOrgIds: [...viewer.orgIds], privileged: viewer.privileged });
    if (filter.roundId) qb.andWhere('s.round_id = :roundId', { roundId: filter.roundId });
    if (filter.sessionId) qb.andWhere('s.session_id = :sessionId', { sessionId: filter.sessionId });
    if (filter.organisationId) qb.andWhere(ORGANISATION_FILTER_SQL, { organisationId: filter.organisationId });
    if (filter.region) qb.andWhere('s.region = :region', { region: filter.region });
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.provisionId) qb.andWhere(':provisionId = ANY(s.provision_ids)', { provisionId: filter.provisionId });
    if (filter.language) qb.andWhere('s.language = :language', { language: filter.language });
    if (filter.tagIds?.length) whereAllTags(qb, filter.tagIds);
    if (filter.search) {
      const configs = filter.language
        ? [TS_CONFIGS[filter.language] ?? 'simple']
        : [...new Set([...Object.values(TS_CONFIGS), 'simple'])];
      const query = configs.map((c) => `websearch_to_tsquery('${c}', :search)`).join(' || ');
      const rank = `ts_rank(s.search_vector, (${query}))`;
      // CJK text has no spaces for the parser to split on: match it as a substring too.
      const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(filter.search);
      qb.andWhere(
        cjk
          ? `(s.search_vector @@ (${query}) OR (s.title || ' ' || s.summary || ' ' || s.body) ILIKE :like)`
          : `s.search_vector @@ (${query})`,
        {
          search: filter.search,
          like: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        },
      );
      qb.addSelect(`${rank}`, 'rank');
      // A cursor of this list is [rank, uuid].
      if (position && typeof position[0] !== 'number') throw badCursor();
      const page = await keysetRows(
        qb,
        async (q) => {
          const { entities, raw } = await rawAndEntities<SubmissionEntity, { rank: number }>(q);
          return entities.map((entity, i) => ({ entity, rank: Number(raw[i].rank) }));
        },
        {
          keys: [rank, 's.id'],
          orderBy: ['rank', 's.id'],
          direction: 'DESC',
          after: position && {
            row: '(:afterRank, :afterId)',
            params: { afterRank: position[0], afterId: cursorUuid(position) },
          },
          size,
          position: (row) => [row.rank, row.entity.id],
        },
      );
      return mapConnection(page, (row) => row.entity);
    }
    return timeKeysetPage(qb, 's.created_at', 'DESC', position, size);
  }

  /**
   * Every column but the body, prefixed with the alias: lists leave bodies out (they are most of a
   * row's bytes) and the GraphQL `body` field loads them for the rows that ask.
   */
  listColumns(alias = 's'): string[] {
    return this.dataSource
      .getMetadata(SubmissionEntity)
      .columns.filter((c) => c.propertyName !== 'body' && c.propertyName !== 'searchVector')
      .map((c) => `${alias}.${c.propertyName}`);
  }

  /** Checks the content against the round's rules: language, word limits, provisions. */
  private async checkContent(
    manager: EntityManager,
    round: ConsultationRoundEntity,
    c: Omit<SubmissionContent, 'provisionIds'> & { provisionIds?: readonly string[] | null },
  ): Promise<SubmissionContent> {
    if (!round.languages.includes(c.language)) throw SubmissionErrors.LANGUAGE_NOT_ACCEPTED(round.languages);
    const bodyWords = countWords(c.body, c.language);
    if (bodyWords > round.wordLimit) throw SubmissionErrors.TOO_MANY_WORDS('body', bodyWords, round.wordLimit);
    const summaryWords = countWords(c.summary, c.language);
    if (summaryWords > SUMMARY_WORD_LIMIT)
      throw SubmissionErrors.TOO_MANY_WORDS('summary', summaryWords, SUMMARY_WORD_LIMIT);
    const provisionIds = await this.provisions.requireKnown(c.provisionIds ?? [], 'provisionIds', manager);
    return { title: c.title, summary: c.summary, body: c.body, language: c.language, provisionIds };
  }

  private async checkSuggestedTags(
    ids: readonly string[] | null | undefined,
    manager: EntityManager,
  ): Promise<string[]> {
    return (await this.tags.requireActive(ids ?? [], 'suggestedTagIds', manager)).map((t) => t.id);
  }

  /** The caller must be a member of the organisation, which must be VERIFIED. */
  private async requireMemberOfVerified(
    manager: EntityManager,
    actor: Actor,
    organisationId: string,
  ): Promise<OrganisationEntity> {
    const org = await manager.findOne(OrganisationEntity, { where: { id: organisationId } });
    const membership = org
      ? await manager.findOne(MembershipEntity, { where: { organisationId, userId: actor.userId } })
      : null;
    if (!org || (!membership && org.status !== OrganisationStatus.VERIFIED))
      throw SubmissionErrors.ORGANISATION_NOT_FOUND();
    if (!membership) throw SubmissionErrors.NOT_A_MEMBER();
    if (org.status !== OrganisationStatus.VERIFIED) throw SubmissionErrors.ORGANISATION_NOT_VERIFIED(org.status);
    return org;
  }

  /** A submission of the caller's own organisation (NOT_FOUND if they cannot see it; FORBIDDEN if they can but it is not theirs). */
  private async requireOwn(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<SubmissionEntity> {
    const submission = await manager.findOne(SubmissionEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!submission) throw SubmissionErrors.SUBMISSION_NOT_FOUND();
    const member = await manager.exists(MembershipEntity, {
      where: { organisationId: submission.organisationId, userId: actor.userId },
    });
    if (member) return submission;
    const viewer = await this.viewer(actor);
    const cosigners = await manager.find(CosignatureEntity, {
      where: { submissionId: id },
      select: { organisationId: true },
    });
    if (
      !canSee(
        viewer,
        submission,
        cosigners.map((c) => c.organisationId),
      )
    )
      throw SubmissionErrors.SUBMISSION_NOT_FOUND();
    throw SubmissionErrors.NOT_THE_SUBMITTER();
  }
}
