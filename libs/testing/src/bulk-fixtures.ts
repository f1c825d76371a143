import { DataSource } from 'typeorm';

/**
 * Inserts `count` APPROVED submissions (with a version, GENDER and HUMAN_RIGHTS tags and a tag
 * review) straight into the database: for cost guards and digest tests that need volume fast.
 * Reference tags must be seeded first.
 */
export async function insertApprovedSubmissions(
  dataSource: DataSource,
  options: { roundId: string; organisationId: string; count: number; language?: string },
): Promise<void> {
  const [round] = await dataSource.query('SELECT session_id, region FROM consultation_rounds WHERE id = $1', [
    options.roundId,
  ]);
  await dataSource.query(
    `WITH rows AS (
       SELECT i, gen_random_uuid() AS id,
              'Bulk position ' || i || ' on safeguards for cross-border evidence' AS title,
              'A summary of position ' || i || ' about proportionality and judicial oversight.' AS summary,
              repeat('Procedural powers must be subject to independent judicial authorisation and notice. ', 4 + i % 6) AS body
         FROM generate_series(1, $1::int) AS i
     ), ins AS (
       INSERT INTO submissions (id, round_id, session_id, region, organisation_id, title, summary, body, language, disclosure,
                                status, current_version, content_hash, submitted_at, version)
       SELECT id, $2, $3, $4::region, $5, title, summary, body, $6, 'NAMED', 'APPROVED', 1, md5(title || body), now() - (i || ' minutes')::interval, 1
         FROM rows RETURNING id, title, summary, body, language, content_hash
     ), ver AS (
       INSERT INTO submission_versions (submission_id, number, title, summary, body, language, provision_ids, content_hash)
       SELECT id, 1, title, summary, body, language, '{}', content_hash FROM ins RETURNING submission_id
     )
     INSERT INTO tag_reviews (submission_id, has_gender_tag, has_human_rights_tag, reviewed_at)
     SELECT submission_id, true, true, now() FROM ver`,
    [options.count, options.roundId, round.session_id, round.region, options.organisationId, options.language ?? 'en'],
  );
  await dataSource.query(
    `INSERT INTO submission_tags (submission_id, tag_id)
     SELECT s.id, t.id FROM submissions s
       JOIN tags t ON t.slug IN ('gender-mainstreaming', 'judicial-oversight')
      WHERE s.round_id = $1 AND s.status = 'APPROVED'
     ON CONFLICT DO NOTHING`,
    [options.roundId],
  );
}
