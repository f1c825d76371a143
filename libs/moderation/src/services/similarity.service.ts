import { Injectable } from '@nestjs/common';
import { inTransaction } from '@app/platform';
import { SubmissionSql } from '@app/submissions';
import { DataSource } from 'typeorm';

export const SIMILARITY_THRESHOLD = 0.35;

/**
 * How many nearest near-duplicates refresh() stores for a submission (each also stored the other way
 * round, so a submission may hold more). Enough that leaving out the viewer's own organisations and
 * items no longer reviewable rarely empties the list; a mass campaign of thousands stays linear.
 */
export const STORED_NEAREST = 50;

/**
 * The text compared for near-duplicates (also the expression of the trigram index, and of the
 * signatures the migration SimilaritySignatures filled, in those migrations).
 */
export const SIMILARITY_DOC = (alias: string): string =>
  `(${alias}.title || ' ' || ${alias}.summary || ' ' || left(${alias}.body, 1000))`;
const DOC = SIMILARITY_DOC('s');

/**
 * SQL: texts `a` and `b` are near-duplicates. `%` finds candidates through the trigram index at
 * pg_trgm's own threshold (0.3 unless the server sets pg_trgm.similarity_threshold, which must stay
 * at or below ours); similarity() then applies ours. No SET LOCAL, so no transaction for a read.
 */
const nearDuplicate = (a: string, b: string): string =>
  `(${a} % ${b} AND similarity(${a}, ${b}) >= ${SIMILARITY_THRESHOLD})`;

/** SQL: submission `o` may be shown as a near-duplicate to a viewer outside `excludedOrgs` (an SQL uuid[]). */
const showable = (o: string, excludedOrgs: string): string =>
  `(${SubmissionSql.reviewable(o)} AND NOT (${o}.organisation_id = ANY(${excludedOrgs})))`;

/** SQL: submission `s`'s current version has been checked (refresh()): its pairs are stored. */
const checked = (s: string): string =>
  `EXISTS (SELECT 1 FROM similarity_checks k WHERE k.submission_id = ${s}.id AND k.version = ${s}.current_version)`;

/**
 * SQL: submission `alias` has a near-duplicate that a viewer outside `excludedOrgs` may see. Once its
 * current version has been checked (refresh()), read from the stored pairs; until then (the job
 * has not run yet) computed live with the trigram index. The queue's "has similar" filter and flag
 * both use this.
 */
export const hasShowableSimilar = (alias: string, excludedOrgs: string): string =>
  `CASE WHEN ${checked(alias)}
        THEN EXISTS (SELECT 1 FROM similar_pairs p JOIN submissions o ON o.id = p.similar_id
                      WHERE p.submission_id = ${alias}.id AND ${showable('o', excludedOrgs)})
        ELSE EXISTS (SELECT 1 FROM submissions o
                      WHERE ${nearDuplicate(SIMILARITY_DOC('o'), SIMILARITY_DOC(alias))} AND o.id <> ${alias}.id
                        AND ${showable('o', excludedOrgs)}) END`;

/**
 * Near-duplicates by trigram similarity (pg_trgm), across rounds: mass campaigns and copies.
 * Only submitted (non-draft) submissions are compared.
 */
@Injectable()
export class SimilarityService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Near-duplicates of a submission, nearest first, leaving out submissions of
   * `excludeOrganisationIds` (the moderator's own organisations, read at the time of the request: a
   * moderator who joins an organisation stops seeing its items here at once). Read from the stored
   * pairs once its current version has been checked (the same pairs as the queue's flag); computed
   * live until then.
   */
  async similarTo(
    submissionId: string,
    excludeOrganisationIds: readonly string[] = [],
    limit = 10,
  ): Promise<{ id: string; score: number }[]> {
    const rows: { id: string; score: string }[] = await this.dataSource.query(
      `WITH me AS (SELECT s.id, ${DOC} AS doc, ${checked('s')} AS checked FROM submissions s WHERE s.id = $1)
       SELECT p.similar_id AS id, p.score
         FROM me JOIN similar_pairs p ON p.submission_id = me.id JOIN submissions s ON s.id = p.similar_id
        WHERE me.checked AND ${showable('s', '$3::uuid[]')}
       UNION ALL
       SELECT s.id, similarity(${DOC}, me.doc) AS score
         FROM me JOIN submissions s ON ${nearDuplicate(DOC, 'me.doc')}
        WHERE NOT me.checked AND s.id <> me.id AND ${showable('s', '$3::uuid[]')}
       ORDER BY score DESC, id LIMIT $2`,
      [submissionId, limit, [...excludeOrganisationIds]],
    );
    return rows.map((r) => ({ id: r.id, score: Math.round(Number(r.score) * 1000) / 1000 }));
  }

  /** Which of these submissions have at least one near-duplicate the viewer may see: one query for a page. */
  async withSimilar(
    submissionIds: readonly string[],
    excludeOrganisationIds: readonly string[] = [],
  ): Promise<Set<string>> {
    if (submissionIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM submissions s WHERE s.id = ANY($1::uuid[]) AND ${hasShowableSimilar('s', '$2::uuid[]')}`,
      [[...submissionIds], [...excludeOrganisationIds]],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Finds and stores the nearest near-duplicates of a submission at its submitted version
   * `version`, both ways round, replacing the pairs it had. Does nothing (false) if the submission
   * has moved on to another version (that version's job does it) or is no longer reviewable.
   *
   * Compares trigram sets, not texts: its own is computed and committed first (its signature), then
   * compared with the stored signatures of the others' current versions — first their bitmaps,
   * which rule out most (may_be_similar), then the sets themselves
   * (trigram_similarity, the figure similarity() gives; see the migration SimilaritySignatures). Committed before the search, so of two submissions checked at the
   * same time at least one sees the other's signature, and stores the pair both ways round. A
   * submission whose signature is not stored yet is found when its own check runs.
   */
  async refresh(submissionId: string, version: number): Promise<boolean> {
    const signed: unknown[] = await this.dataSource.query(
      `INSERT INTO similarity_signatures (submission_id, version, trigrams, trigram_count, bits, bits_set)
       SELECT id, current_version, t, icount(t), b, bit_count(b)
         FROM (SELECT id, current_version, t, trigram_bits(t) AS b
                 FROM (SELECT s.id, s.current_version, similarity_trigrams(${DOC}) AS t FROM submissions s
                        WHERE s.id = $1 AND s.current_version = $2 AND ${SubmissionSql.reviewable('s')}) x) y
       ON CONFLICT (submission_id) DO UPDATE
          SET version = EXCLUDED.version, trigrams = EXCLUDED.trigrams, trigram_count = EXCLUDED.trigram_count,
              bits = EXCLUDED.bits, bits_set = EXCLUDED.bits_set
       RETURNING submission_id`,
      [submissionId, version],
    );
    if (signed.length === 0) return false;
    return inTransaction(this.dataSource, async (manager) => {
      const [current]: { id: string }[] = await manager.query(
        `SELECT s.id FROM submissions s WHERE s.id = $1 AND s.current_version = $2 AND ${SubmissionSql.reviewable('s')}`,
        [submissionId, version],
      );
      if (!current) return false;
      await manager.query(`DELETE FROM similar_pairs WHERE submission_id = $1 OR similar_id = $1`, [submissionId]);
      // Rows in one order whoever inserts them: two checks storing the same pair wait, not deadlock.
      await manager.query(
        `WITH me AS (SELECT * FROM similarity_signatures g WHERE g.submission_id = $1 AND g.version = $3),
         scored AS MATERIALIZED (
           -- The select list runs only for rows the bitmaps kept.
           SELECT g.submission_id AS id, trigram_similarity(g.trigrams, me.trigrams) AS score
             FROM me, similarity_signatures g
             JOIN submissions s ON s.id = g.submission_id AND s.current_version = g.version
            WHERE g.submission_id <> $1 AND ${SubmissionSql.reviewable('s')}
              AND may_be_similar(g.bits, g.trigram_count, g.bits_set, me.bits, me.trigram_count, me.bits_set, ${SIMILARITY_THRESHOLD})
         ),
         near AS (
           SELECT id, score FROM scored WHERE score >= ${SIMILARITY_THRESHOLD} ORDER BY score DESC, id LIMIT $2
         )
         INSERT INTO similar_pairs (submission_id, similar_id, score)
         SELECT * FROM (SELECT $1::uuid AS a, id AS b, score FROM near UNION ALL SELECT id, $1::uuid, score FROM near) p
          ORDER BY a, b
         ON CONFLICT (submission_id, similar_id) DO UPDATE SET score = EXCLUDED.score`,
        [submissionId, STORED_NEAREST, version],
      );
      await manager.query(
        `INSERT INTO similarity_checks (submission_id, version) VALUES ($1, $2)
         ON CONFLICT (submission_id) DO UPDATE SET version = EXCLUDED.version, checked_at = now()`,
        [submissionId, version],
      );
      return true;
    });
  }

  /** Submitted versions whose near-duplicates have not been stored yet, oldest first. */
  async unchecked(limit: number): Promise<{ submissionId: string; version: number }[]> {
    const rows: { id: string; current_version: number }[] = await this.dataSource.query(
      `SELECT s.id, s.current_version FROM submissions s
         LEFT JOIN similarity_checks k ON k.submission_id = s.id
        WHERE ${SubmissionSql.reviewable('s')} AND k.version IS DISTINCT FROM s.current_version
        ORDER BY s.submitted_at, s.id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ submissionId: r.id, version: r.current_version }));
  }
}
