import { Injectable } from '@nestjs/common';
import { Region } from '@app/identity';
import { Actor, Clock, Connection, decodeCursor, pageSize, timeKeysetPage } from '@app/platform';
import {
  SubmissionEntity,
  SubmissionQueryService,
  SubmissionSql,
  SubmissionStatus,
  SubmissionViewer,
  whereAllTags,
} from '@app/submissions';
import { TagCategory } from '@app/taxonomy';
import { DataSource } from 'typeorm';
import { ModerationErrors } from '../moderation.errors';
import { hasShowableSimilar } from './similarity.service';

export interface QueueFilter {
  sessionId?: string | null;
  roundId?: string | null;
  region?: Region | null;
  status?: SubmissionStatus | null;
  language?: string | null;
  tagIds?: string[] | null;
  unclaimed?: boolean | null;
  claimedByMe?: boolean | null;
  needsTagReview?: boolean | null;
  hasSimilar?: boolean | null;
  missingTagCategory?: TagCategory | null;
}

/** What the queue shows: items waiting for moderators, and appeals waiting for staff. */
export const QUEUE_STATUSES: readonly SubmissionStatus[] = [
  SubmissionStatus.SUBMITTED,
  SubmissionStatus.UNDER_REVIEW,
  SubmissionStatus.APPEALED,
];

/**
 * Statuses the queue lists when asked by name, read-only: the items coverage points at ("the 12
 * approved AG items without a gender tag"). Never drafts (moderators do not see them) nor withdrawn.
 */
export const LISTABLE_STATUSES: readonly SubmissionStatus[] = [
  ...QUEUE_STATUSES,
  SubmissionStatus.APPROVED,
  SubmissionStatus.REJECTED,
  SubmissionStatus.CHANGES_REQUESTED,
];

export interface CoverageRow {
  sessionId: string;
  roundId: string;
  region: Region;
  counts: { status: SubmissionStatus; count: number }[];
  approved: number;
  approvedWithGenderTag: number;
  approvedWithHumanRightsTag: number;
  approvedTagReviewed: number;
}

const TAG_REVIEW_DONE = `(tr.submission_id IS NOT NULL AND (tr.has_gender_tag OR tr.no_gender_considerations) AND (tr.has_human_rights_tag OR tr.no_human_rights_considerations))`;

/** The moderation queue, the counts of what is left, and tag coverage. */
@Injectable()
export class QueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly submissions: SubmissionQueryService,
    private readonly clock: Clock,
  ) {}

  /**
   * Oldest waiting first, keyset-paginated on (submitted_at, id). A moderator never sees items of
   * their own organisations here: they could not take them. `viewer` is the actor's, as the
   * request already computed it for the disclosure policy.
   */
  async queue(
    actor: Actor,
    viewer: SubmissionViewer,
    filter: QueueFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<SubmissionEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    if (filter.status && !LISTABLE_STATUSES.includes(filter.status)) {
      throw ModerationErrors.NOT_IN_QUEUE_STATUS(LISTABLE_STATUSES);
    }
    const now = this.clock.now();
    const qb = this.dataSource
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .select(this.submissions.listColumns())
      .leftJoin('moderation_claims', 'c', 'c.submission_id = s.id AND c.expires_at > :now', { now })
      .leftJoin('tag_reviews', 'tr', 'tr.submission_id = s.id')
      // Statuses inline (enum constants), so the planner can match the partial index submissions_waiting_idx.
      .where(`s.status IN (${(filter.status ? [filter.status] : QUEUE_STATUSES).map((st) => `'${st}'`).join(', ')})`)
      .andWhere('NOT (s.organisation_id = ANY(:myOrgs::uuid[]))', { myOrgs: [...viewer.orgIds] });
    if (filter.sessionId) qb.andWhere('s.session_id = :sessionId', { sessionId: filter.sessionId });
    if (filter.roundId) qb.andWhere('s.round_id = :roundId', { roundId: filter.roundId });
    if (filter.region) qb.andWhere('s.region = :region', { region: filter.region });
    if (filter.language) qb.andWhere('s.language = :language', { language: filter.language });
    if (filter.unclaimed) qb.andWhere('c.submission_id IS NULL');
    if (filter.claimedByMe) qb.andWhere('c.moderator_id = :me', { me: actor.userId });
    if (filter.needsTagReview) qb.andWhere(`NOT ${TAG_REVIEW_DONE}`);
    if (filter.tagIds?.length) whereAllTags(qb, filter.tagIds);
    // The same rule as coverage counts (SubmissionSql.taggedWith), negated.
    if (filter.missingTagCategory) qb.andWhere(`NOT ${SubmissionSql.taggedWith(filter.missingTagCategory)}`);
    // The same test as the hasSimilar flag (SimilarityService.withSimilar): a near-duplicate the moderator may see.
    if (filter.hasSimilar) qb.andWhere(hasShowableSimilar('s', ':myOrgs::uuid[]'));
    return timeKeysetPage(qb, 's.submitted_at', 'ASC', position, size);
  }

  /** How many submissions are in each status (drafts excluded), for a round, a session or everything. */
  async counts(filter: {
    roundId?: string | null;
    sessionId?: string | null;
  }): Promise<{ status: SubmissionStatus; count: number }[]> {
    const qb = this.dataSource
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .select('s.status', 'status')
      .addSelect('count(*)::int', 'count')
      .where(SubmissionSql.reviewable('s'))
      .groupBy('s.status');
    if (filter.roundId) qb.andWhere('s.round_id = :roundId', { roundId: filter.roundId });
    if (filter.sessionId) qb.andWhere('s.session_id = :sessionId', { sessionId: filter.sessionId });
    const rows = await qb.getRawMany<{ status: SubmissionStatus; count: number }>();
    const byStatus = new Map(rows.map((r) => [r.status, Number(r.count)]));
    return Object.values(SubmissionStatus)
      .filter((s) => s !== SubmissionStatus.DRAFT)
      .map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
  }

  /** Per round (so per session and region): counts by status and the gender / human-rights coverage of approved submissions. */
  async coverage(filter: {
    sessionId?: string | null;
    roundId?: string | null;
    region?: Region | null;
  }): Promise<CoverageRow[]> {
    const params: unknown[] = [];
    const where = [SubmissionSql.reviewable('s')];
    if (filter.sessionId) where.push(`s.session_id = $${params.push(filter.sessionId)}`);
    if (filter.roundId) where.push(`s.round_id = $${params.push(filter.roundId)}`);
    if (filter.region) where.push(`s.region = $${params.push(filter.region)}`);
    const rows: {
      session_id: string;
      round_id: string;
      region: Region;
      status: SubmissionStatus;
      n: number;
      g: number;
      h: number;
      r: number;
    }[] = await this.dataSource.query(
      `SELECT s.session_id, s.round_id, s.region, s.status, count(*)::int AS n,
              count(*) FILTER (WHERE ${SubmissionSql.taggedWith(TagCategory.GENDER)})::int AS g,
              count(*) FILTER (WHERE ${SubmissionSql.taggedWith(TagCategory.HUMAN_RIGHTS)})::int AS h,
              count(*) FILTER (WHERE ${TAG_REVIEW_DONE})::int AS r
         FROM submissions s LEFT JOIN tag_reviews tr ON tr.submission_id = s.id
        WHERE ${where.join(' AND ')}
        GROUP BY s.session_id, s.round_id, s.region, s.status
        ORDER BY s.session_id, s.region, s.round_id`,
      params,
    );
    const byRound = new Map<string, CoverageRow>();
    for (const row of rows) {
      let c = byRound.get(row.round_id);
      if (!c) {
        c = {
          sessionId: row.session_id,
          roundId: row.round_id,
          region: row.region,
          counts: [],
          approved: 0,
          approvedWithGenderTag: 0,
          approvedWithHumanRightsTag: 0,
          approvedTagReviewed: 0,
        };
        byRound.set(row.round_id, c);
      }
      c.counts.push({ status: row.status, count: Number(row.n) });
      if (row.status === SubmissionStatus.APPROVED) {
        c.approved = Number(row.n);
        c.approvedWithGenderTag = Number(row.g);
        c.approvedWithHumanRightsTag = Number(row.h);
        c.approvedTagReviewed = Number(row.r);
      }
    }
    return [...byRound.values()];
  }
}
