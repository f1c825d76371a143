import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import {
  acceptsDrafts,
  acceptsRevisions,
  acceptsSubmissions,
  ConsultationRoundEntity,
  RoundService,
} from '@app/consultations';
import { Actor, Clock, enqueue, expectVersion, inTransaction, invariant, updateAtVersion } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import {
  Disclosure,
  SubmissionEntity,
  SubmissionStatus,
  SubmissionTagEntity,
  SubmissionVersionEntity,
} from '../entities';
import { SubmissionErrors } from '../submissions.errors';
import { contentHash } from './content-hash';
import { CosignatureService } from './cosignature.service';
import { EDITABLE, nextStatus, SubmissionAction } from './status-machine';
import { SubmissionAccessService } from './submission-access.service';
import { SubmissionContentService } from './submission-content.service';

export interface SubmissionDraft {
  title: string;
  summary: string;
  body: string;
  language: string;
  disclosure: Disclosure;
  provisionIds?: string[] | null;
  suggestedTagIds?: string[] | null;
}

const summaryOf = (s: SubmissionEntity) => ({
  status: s.status,
  roundId: s.roundId,
  disclosure: s.disclosure,
  currentVersion: s.currentVersion,
  contentHash: s.contentHash,
});

/**
 * Changing submissions: drafting, submitting, revising and withdrawing (the submitting
 * organisation's members), and the moves moderation makes through the status machine. Rules come
 * from the status machine (status-machine.ts), the round's dates (round-rules.ts), the content rules
 * (SubmissionContentService) and who may act (SubmissionAccessService).
 */
@Injectable()
export class SubmissionCommandService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: RoundService,
    private readonly access: SubmissionAccessService,
    private readonly content: SubmissionContentService,
    private readonly cosignatures: CosignatureService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(
    actor: Actor,
    input: SubmissionDraft & { roundId: string; organisationId: string },
  ): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const round = await this.rounds.get(actor, input.roundId, manager).catch(() => {
        throw SubmissionErrors.ROUND_NOT_FOUND();
      });
      const org = await this.access.requireMemberOfVerified(manager, actor, input.organisationId);
      if (org.region !== round.region) throw SubmissionErrors.ROUND_OF_OTHER_REGION(round.region, org.name, org.region);
      if (!acceptsDrafts(round, this.clock.now())) throw SubmissionErrors.ROUND_NOT_ACCEPTING();
      const content = await this.content.check(manager, round, input);
      const submission = manager.create(SubmissionEntity, {
        roundId: round.id,
        sessionId: round.sessionId,
        region: round.region,
        organisationId: org.id,
        authorId: actor.userId,
        ...content,
        disclosure: input.disclosure,
        suggestedTagIds: await this.content.suggestedTags(input.suggestedTagIds, manager),
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
      const current = await this.access.requireOwn(manager, actor, id);
      expectVersion(current, expectedVersion, 'submission');
      if (!EDITABLE.includes(current.status)) throw SubmissionErrors.NOT_EDITABLE(current.status);
      let round = await this.roundOf(current, manager);
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
      const content = await this.content.check(manager, round, merged);
      const hash = contentHash(content);
      const suggestedTagIds = changes.suggestedTagIds
        ? await this.content.suggestedTags(changes.suggestedTagIds, manager)
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
      const current = await this.access.requireOwn(manager, actor, id);
      expectVersion(current, expectedVersion, 'submission');
      await this.access.requireMemberOfVerified(manager, actor, current.organisationId);
      const to = nextStatus(current.status, 'submit');
      const round = await this.roundOf(current, manager);
      const now = this.clock.now();
      const open =
        current.status === SubmissionStatus.CHANGES_REQUESTED
          ? acceptsRevisions(round, now)
          : acceptsSubmissions(round, now);
      if (!open) throw SubmissionErrors.ROUND_NOT_ACCEPTING();
      const content = await this.content.check(manager, round, current);
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
      // Moderation's near-duplicates of this version, found once by the worker rather than at every queue read.
      await enqueue(manager, { name: 'moderation.similarity', payload: { submissionId: id, version: number } });
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
      const current = await this.access.requireOwn(manager, actor, id, true);
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

  /** The round a submission is in (the foreign key guarantees it). */
  private async roundOf(submission: SubmissionEntity, manager: EntityManager): Promise<ConsultationRoundEntity> {
    const round = await this.rounds.findById(submission.roundId, manager);
    invariant(round, `submission ${submission.id} without round`);
    return round;
  }
}
