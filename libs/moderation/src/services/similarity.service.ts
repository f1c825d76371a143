import { Injectable } from '@nestjs/common';
import { SubmissionSql } from '@app/submissions';
import { DataSource } from 'typeorm';

export const SIMILARITY_THRESHOLD = 0.35;

/** The text compared for near-duplicates (also the expression of the trigram index in the migration). */
export const SIMILARITY_DOC = (alias: string): string =>
  `(${alias}.title || ' ' || ${alias}.summary || ' ' || left(${alias}.body, 1000))`;
const DOC = SIMILARITY_DOC('s');

/**
 * Near-duplicates by trigram similarity (pg_trgm), across rounds: mass campaigns and copies.
 * Only submitted (non-draft) submissions are compared.
 */
@Injectable()
export class SimilarityService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Near-duplicates of a submission, leaving out submissions of `excludeOrganisationIds` (the
   * moderator's own organisations, read at the time of the request: a moderator who joins an
   * organisation stops seeing its items here at once).
   */
  async similarTo(
    submissionId: string,
    excludeOrganisationIds: readonly string[] = [],
    limit = 10,
  ): Promise<{ id: string; score: number }[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL pg_trgm.similarity_threshold = ${SIMILARITY_THRESHOLD}`);
      const rows: { id: string; score: string }[] = await manager.query(
        `SELECT s.id, similarity(${DOC}, t.doc) AS score
           FROM (SELECT ${DOC} AS doc FROM submissions s WHERE s.id = $1) t
           JOIN submissions s ON ${DOC} % t.doc
          WHERE s.id <> $1 AND ${SubmissionSql.reviewable('s')}
            AND NOT (s.organisation_id = ANY($3::uuid[]))
          ORDER BY score DESC, s.id LIMIT $2`,
        [submissionId, limit, [...excludeOrganisationIds]],
      );
      return rows.map((r) => ({ id: r.id, score: Math.round(Number(r.score) * 1000) / 1000 }));
    });
  }

  /** Which of these submissions have at least one near-duplicate: one query for a page. */
  async withSimilar(
    submissionIds: readonly string[],
    excludeOrganisationIds: readonly string[] = [],
  ): Promise<Set<string>> {
    if (submissionIds.length === 0) return new Set();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL pg_trgm.similarity_threshold = ${SIMILARITY_THRESHOLD}`);
      const rows: { id: string }[] = await manager.query(
        `SELECT t.id FROM (SELECT s.id, ${DOC} AS doc FROM submissions s WHERE s.id = ANY($1::uuid[])) t
          WHERE EXISTS (SELECT 1 FROM submissions s WHERE ${DOC} % t.doc AND s.id <> t.id AND ${SubmissionSql.reviewable('s')}
                          AND NOT (s.organisation_id = ANY($2::uuid[])))`,
        [[...submissionIds], [...excludeOrganisationIds]],
      );
      return new Set(rows.map((r) => r.id));
    });
  }
}
