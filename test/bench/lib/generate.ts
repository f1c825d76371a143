import { countWords } from '@app/submissions';
import { Client } from 'pg';
import { adminEmail, BENCH_EMAIL_DOMAIN, moderatorEmail } from './bench-env';
import {
  COUNTRIES,
  LANGUAGE_WEIGHTS,
  LANGUAGES,
  ORG_WORDS,
  OWN_WORDS,
  SENTENCES,
  TITLE_OPENINGS,
  TOPICS,
} from './corpus';

export const BENCH_SESSIONS = 10;
/** One submission in CAMPAIGN_EVERY copies the text of the one before it: a near-duplicate pair. */
const CAMPAIGN_EVERY = 40;
export const BENCH_ORGANISATIONS = 1_000;
export const BENCH_MODERATORS = 20;
/** Organisations that get an ADMIN user who can log in (the rest submit through authors since erased). */
export const BENCH_ADMINS = 300;
/** Share of waiting submissions that still carry tags from an earlier review (a revision sent back in). */
const WAITING_TAGGED_PERCENT = 30;
const REGIONS = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'];

/**
 * Tables the generator empties before it fills them again. Reference data (tags, treaty provisions)
 * stays, and so does audit_events: it is append-only by design (a trigger refuses TRUNCATE), and
 * nothing the benchmarks measure reads it.
 */
export async function truncateBenchRows(client: Client): Promise<string[]> {
  const keep = new Set(['schema_migrations', 'tags', 'treaty_provisions', 'audit_events']);
  const rows: { tablename: string }[] = (
    await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  ).rows;
  const tables = rows.map((r) => r.tablename).filter((t) => !keep.has(t));
  if (tables.length) await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  return tables;
}

/** The words each language's sentences hold on average, counted as the app counts them. */
function averageWords(): Record<string, number> {
  return Object.fromEntries(
    LANGUAGES.map((l) => [l, SENTENCES[l].reduce((n, s) => n + countWords(s, l), 0) / SENTENCES[l].length]),
  );
}

/** A SQL CASE that maps a bucket 0..19 to a language, by LANGUAGE_WEIGHTS. */
function languageCase(bucket: string): string {
  let from = 0;
  const arms = LANGUAGES.map((l) => {
    const to = from + LANGUAGE_WEIGHTS[l];
    const arm = `WHEN ${bucket} < ${to} THEN '${l}'`;
    from = to;
    return arm;
  });
  if (from !== 20) throw new Error('LANGUAGE_WEIGHTS must add up to 20');
  return `CASE ${arms.join(' ')} END`;
}

/**
 * Generates the bench world set-based inside PostgreSQL (INSERT … SELECT generate_series): no row
 * goes through the API. `passwordHash` is an argon2id hash made once by the app's PasswordService.
 */
export async function generateWorld(
  client: Client,
  size: number,
  passwordHash: string,
  log: (line: string) => void,
): Promise<void> {
  const step = async (label: string, sql: string, params: unknown[] = []): Promise<void> => {
    const start = performance.now();
    const result = await client.query(sql, params);
    log(
      `  ${label.padEnd(34)} ${String(result.rowCount ?? '').padStart(8)} rows  ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
  };

  // Lookup tables live for this connection only.
  await client.query(`CREATE TEMP TABLE bench_sentence (lang text, idx int, text text) ON COMMIT PRESERVE ROWS`);
  const avg = averageWords();
  for (const lang of LANGUAGES) {
    await client.query(
      `INSERT INTO bench_sentence SELECT $1, i - 1, s FROM unnest($2::text[]) WITH ORDINALITY AS u(s, i)`,
      [lang, SENTENCES[lang]],
    );
  }
  await client.query(
    `CREATE TEMP TABLE bench_lang AS SELECT l.lang, l.cnt, l.avg_words, l.sep, l.openings, l.topics
       FROM jsonb_to_recordset($1::jsonb) AS l(lang text, cnt int, avg_words float8, sep text, openings text[], topics text[])`,
    [
      JSON.stringify(
        LANGUAGES.map((l) => ({
          lang: l,
          cnt: SENTENCES[l].length,
          avg_words: avg[l],
          sep: l === 'zh' ? '' : ' ',
          openings: TITLE_OPENINGS[l],
          topics: TOPICS[l],
        })),
      ),
    ],
  );
  await client.query(
    `CREATE TEMP TABLE bench_tag AS SELECT category::text AS category, (row_number() OVER (PARTITION BY category ORDER BY slug) - 1)::int AS idx, id FROM tags WHERE active`,
  );
  await client.query(
    `CREATE TEMP TABLE bench_article AS SELECT (row_number() OVER (ORDER BY position) - 1)::int AS idx, id, position FROM treaty_provisions WHERE kind = 'ARTICLE'`,
  );
  const counts = (
    await client.query(`SELECT (SELECT count(*) FROM bench_article)::int AS articles,
      (SELECT count(*) FROM bench_tag WHERE category = 'GENDER')::int AS g, (SELECT count(*) FROM bench_tag WHERE category = 'HUMAN_RIGHTS')::int AS h,
      (SELECT count(*) FROM bench_tag WHERE category = 'THEME')::int AS t`)
  ).rows[0] as { articles: number; g: number; h: number; t: number };
  if (!counts.articles || !counts.g || !counts.h || !counts.t)
    throw new Error('reference data missing: treaty articles and GENDER, HUMAN_RIGHTS and THEME tags are needed');

  await step(
    'negotiation sessions',
    `INSERT INTO negotiation_sessions (title, process_name, location, starts_at, ends_at, reference_key, version)
     SELECT 'Bench session ' || g, 'Plenary benchmark negotiations', (ARRAY['Vienna', 'New York', 'Geneva', 'Nairobi', 'Bangkok'])[1 + g % 5],
            date_trunc('day', now()) + (g * 45) * interval '1 day', date_trunc('day', now()) + (g * 45 + 11) * interval '1 day', 'BENCH-' || g, 1
       FROM generate_series(1, ${BENCH_SESSIONS}) g`,
  );
  await step(
    'consultation rounds (open now)',
    `INSERT INTO consultation_rounds (session_id, region, title, description, guiding_questions, opens_at, closes_at, revisions_close_at, word_limit, languages, status, version)
     SELECT s.id, r.region::region, s.title || ': ' || r.region || ' regional consultation', 'Regional consultation before ' || s.title || '.',
            ARRAY['Which provisions concern you most?', 'Which safeguards do you propose?'],
            now() - interval '60 days', now() + interval '60 days', now() + interval '67 days', 2000, ARRAY['ar', 'zh', 'en', 'fr', 'ru', 'es'], 'OPEN', 1
       FROM negotiation_sessions s CROSS JOIN unnest($1::text[]) AS r(region)
      WHERE s.reference_key LIKE 'BENCH-%'`,
    [REGIONS],
  );
  await client.query(
    `CREATE TEMP TABLE bench_round AS SELECT substring(s.reference_key FROM 7)::int AS session_n, r.region::text AS region, r.id, r.session_id
       FROM consultation_rounds r JOIN negotiation_sessions s ON s.id = r.session_id WHERE s.reference_key LIKE 'BENCH-%'`,
  );

  await client.query(`CREATE TEMP TABLE bench_org (n int PRIMARY KEY, id uuid, region text)`);
  await step(
    'organisations (VERIFIED)',
    `WITH src AS (
       SELECT g, ($1::text[])[1 + g % 5] AS region,
              ($3::text[])[1 + (g * 7) % array_length($3::text[], 1)] || ' ' || ($4::text[])[1 + (g * 11) % array_length($4::text[], 1)] || ' ' || g AS name,
              (ARRAY['NGO', 'NGO', 'NGO', 'ACADEMIA', 'TECHNICAL_COMMUNITY', 'PRIVATE_SECTOR', 'OTHER'])[1 + g % 7] AS type
         FROM generate_series(1, ${BENCH_ORGANISATIONS}) g),
     ins AS (
       INSERT INTO organisations (name, country, region, type, website, description, status, review_note, reviewed_at, version, created_at, updated_at)
       SELECT name, ($2::jsonb -> region ->> ((g / 5) % 8)), region::region, type::organisation_type, 'https://org-' || g || '.example.org',
              'A civil-society organisation working on digital rights.', 'VERIFIED', 'Verified for the benchmarks', now() - interval '100 days', 2,
              now() - interval '120 days' + g * interval '1 minute', now() - interval '100 days'
         FROM src RETURNING id, region, website)
     INSERT INTO bench_org SELECT substring(website FROM 'org-(\\d+)')::int, id, region::text FROM ins`,
    [REGIONS, JSON.stringify(COUNTRIES), ORG_WORDS.first, ORG_WORDS.second],
  );

  await step(
    'moderators',
    `INSERT INTO users (email, email_normalized, display_name, password_hash, roles, version, email_verified_at)
     SELECT e, e, 'Bench moderator ' || g, $1, ARRAY['MODERATOR']::platform_role[], 1, now()
       FROM generate_series(1, ${BENCH_MODERATORS}) g, LATERAL (SELECT replace($2, '00', lpad(g::text, 2, '0')) AS e) x`,
    [passwordHash, moderatorEmail(0)],
  );
  await client.query(`CREATE TEMP TABLE bench_admin (org_n int PRIMARY KEY, user_id uuid)`);
  await step(
    'organisation ADMIN users',
    `WITH ins AS (
       INSERT INTO users (email, email_normalized, display_name, password_hash, roles, version, email_verified_at)
       SELECT e, e, 'Bench admin ' || g, $1, '{}', 1, now()
         FROM generate_series(1, ${BENCH_ADMINS}) g, LATERAL (SELECT replace($2, '0000', lpad(g::text, 4, '0')) AS e) x
       RETURNING id, email)
     INSERT INTO bench_admin SELECT substring(email FROM 'admin-(\\d+)@')::int, id FROM ins`,
    [passwordHash, adminEmail(0)],
  );
  await step(
    'memberships (ADMIN)',
    `INSERT INTO memberships (organisation_id, user_id, role) SELECT o.id, a.user_id, 'ADMIN' FROM bench_admin a JOIN bench_org o ON o.n = a.org_n`,
  );
  await client.query(
    `CREATE TEMP TABLE bench_moderator AS SELECT (row_number() OVER (ORDER BY email) - 1)::int AS idx, id FROM users WHERE email LIKE 'moderator-%@${BENCH_EMAIL_DOMAIN}'`,
  );

  // One row per submission with every pseudo-random choice made up front (deterministic hashes of n).
  await step(
    'submission plan',
    `CREATE TEMP TABLE bench_sub AS
     SELECT n, CASE WHEN n % ${CAMPAIGN_EVERY} = 0 THEN n - 1 ELSE n END AS seed,
            gen_random_uuid() AS id, h1, h2, h3, lang, status, session_n, org_n,
            (ARRAY['NAMED', 'NAMED', 'NAMED', 'NAMED', 'NAMED', 'NAMED', 'REGION_ONLY', 'REGION_ONLY', 'ANONYMOUS', 'INTERNAL_ONLY'])[1 + (h1 / 7) % 10] AS disclosure,
            greatest(3, round((300 + (h2 / 1000) % 1201) / (l.avg_words + ${OWN_WORDS})))::int AS nsent, l.cnt,
            submitted_at, submitted_at - (h2 % 72) * interval '1 hour' - (h3 % 3600) * interval '1 second' AS created_at
       FROM (SELECT n, h1, h2, h3,
                    ${languageCase('h3 % 20')} AS lang,
                    (ARRAY['SUBMITTED', 'APPROVED', 'APPROVED', 'REJECTED'])[1 + n % 4] AS status,
                    CASE WHEN h1 % 2 = 0 THEN 1 ELSE 2 + (h1 / 2) % ${BENCH_SESSIONS - 1} END AS session_n,
                    1 + h2 % ${BENCH_ORGANISATIONS} AS org_n,
                    date_trunc('milliseconds', now() - interval '1 hour' - (h3 % 3628800) * interval '1 second' - (h1 % 1000) * interval '1 millisecond') AS submitted_at
               FROM (SELECT n, abs(hashint8(n::bigint * 7919)) AS h1, abs(hashint8(n::bigint * 104729 + 1)) AS h2, abs(hashint8(n::bigint * 15485863 + 2)) AS h3
                       FROM generate_series(1, $1::int) n) h) x
       JOIN bench_lang l USING (lang)`,
    [size],
  );

  // Bodies: 300–1,500 words of sentences in the submission's language, in paragraphs; hashes as the app computes them.
  // Each sentence is followed by words of the submission's own (what an organisation writes about its
  // own cases and country), so two bodies share only the common sentences and are not near-duplicates;
  // every CAMPAIGN_EVERY-th submission copies the one before it (a campaign), and is.
  await step(
    'submissions',
    `INSERT INTO submissions (id, round_id, session_id, region, organisation_id, author_id, title, summary, body, language, disclosure, provision_ids,
                              suggested_tag_ids, status, current_version, content_hash, submitted_at, version, created_at, updated_at)
     SELECT x.id, r.id, r.session_id, o.region::region, o.id, a.user_id, t.title, sm.summary, b.body, x.lang, x.disclosure::disclosure, p.ids, '{}',
            x.status::submission_status, 1,
            encode(sha256(convert_to('[' || to_json(t.title)::text || ',' || to_json(sm.summary)::text || ',' || to_json(b.body)::text || ','
                                     || to_json(x.lang)::text || ',' || to_json(p.sorted)::text || ']', 'UTF8')), 'hex'),
            x.submitted_at, CASE WHEN x.status = 'SUBMITTED' THEN 2 ELSE 5 END, x.created_at, x.submitted_at
       FROM bench_sub x
       JOIN bench_org o ON o.n = x.org_n
       JOIN bench_round r ON r.session_n = x.session_n AND r.region = o.region
       JOIN bench_lang l ON l.lang = x.lang
       LEFT JOIN bench_admin a ON a.org_n = x.org_n
       CROSS JOIN LATERAL (
         SELECT string_agg(s.text || l.sep || own.words, CASE WHEN k % 5 = 1 AND k > 1 THEN E'\\n\\n' ELSE l.sep END ORDER BY k) AS body
           FROM generate_series(1, x.nsent) k
           JOIN bench_sentence s ON s.lang = x.lang AND s.idx = abs(hashint8(x.seed::bigint * 1000 + k)) % x.cnt
           CROSS JOIN LATERAL (
             SELECT string_agg(translate(substr(md5(x.seed || ':' || k || ':' || w), 1, 4 + w % 5), '0123456789abcdef', 'etaoinshrdlucmpy'), ' ') || '.' AS words
               FROM generate_series(1, ${OWN_WORDS}) w) own) b
       CROSS JOIN LATERAL (
         SELECT string_agg(s.text, l.sep ORDER BY k) AS summary
           FROM generate_series(1, 2) k
           JOIN bench_sentence s ON s.lang = x.lang AND s.idx = abs(hashint8(x.n::bigint * 1000 + 500 + k)) % x.cnt) sm
       CROSS JOIN LATERAL (
         SELECT l.openings[1 + x.h1 % array_length(l.openings, 1)] || l.sep || l.topics[1 + x.h3 % array_length(l.topics, 1)] AS title) t
       CROSS JOIN LATERAL (
         SELECT ARRAY(SELECT ar.id FROM bench_article ar WHERE ar.idx = ANY((ARRAY[x.h1 % $1, x.h2 % $1, x.h3 % $1])[1:1 + (x.h2 / 3) % 3]) ORDER BY ar.position) AS ids,
                ARRAY(SELECT ar.id FROM bench_article ar WHERE ar.idx = ANY((ARRAY[x.h1 % $1, x.h2 % $1, x.h3 % $1])[1:1 + (x.h2 / 3) % 3]) ORDER BY ar.id COLLATE "C") AS sorted) p`,
    [counts.articles],
  );
  await step(
    'submission versions (number 1)',
    `INSERT INTO submission_versions (submission_id, number, title, summary, body, language, provision_ids, content_hash, created_at)
     SELECT s.id, 1, s.title, s.summary, s.body, s.language, s.provision_ids, s.content_hash, s.submitted_at FROM submissions s`,
  );
  const tagged = `(x.status = 'APPROVED' OR (x.status = 'SUBMITTED' AND x.h2 % 100 < ${WAITING_TAGGED_PERCENT}))`;
  await step(
    'submission tags (GENDER, HR, THEME)',
    `INSERT INTO submission_tags (submission_id, tag_id, created_at)
     SELECT x.id, t.id, x.submitted_at + interval '1 hour'
       FROM bench_sub x
       CROSS JOIN LATERAL (VALUES ('GENDER', x.h1 % $1), ('HUMAN_RIGHTS', x.h2 % $2), ('THEME', x.h3 % $3)) AS pick(category, idx)
       JOIN bench_tag t ON t.category = pick.category AND t.idx = pick.idx
      WHERE ${tagged}`,
    [counts.g, counts.h, counts.t],
  );
  await step(
    'tag reviews',
    `INSERT INTO tag_reviews (submission_id, no_gender_considerations, no_human_rights_considerations, has_gender_tag, has_human_rights_tag, reviewed_by, reviewed_at)
     SELECT x.id, false, false, true, true, m.id, x.submitted_at + interval '1 hour'
       FROM bench_sub x JOIN bench_moderator m ON m.idx = x.h3 % ${BENCH_MODERATORS} WHERE ${tagged}`,
  );
  await step(
    'moderation decisions',
    `INSERT INTO moderation_decisions (submission_id, decision, reason_code, message, version_number, moderator_id, created_at)
     SELECT x.id, CASE x.status WHEN 'APPROVED' THEN 'APPROVE' ELSE 'REJECT' END::moderation_decision,
            CASE x.status WHEN 'APPROVED' THEN 'IN_SCOPE' ELSE 'OUT_OF_SCOPE' END::reason_code,
            CASE x.status WHEN 'APPROVED' THEN NULL ELSE 'This position is outside the scope of the consultation.' END,
            1, m.id, x.submitted_at + interval '2 hours'
       FROM bench_sub x JOIN bench_moderator m ON m.idx = x.h1 % ${BENCH_MODERATORS} WHERE x.status IN ('APPROVED', 'REJECTED')`,
  );
  await step(
    'co-signatures (accepted)',
    `INSERT INTO cosignatures (submission_id, organisation_id, status, disclosure, accepted_content_hash, created_at, responded_at)
     SELECT s.id, o.id, 'ACCEPTED', (ARRAY['NAMED', 'REGION_ONLY'])[1 + x.h1 % 2]::disclosure, s.content_hash, s.created_at, s.submitted_at
       FROM bench_sub x JOIN submissions s ON s.id = x.id JOIN bench_org o ON o.n = 1 + x.org_n % ${BENCH_ORGANISATIONS}
      WHERE x.status = 'APPROVED' AND x.h3 % 10 = 0`,
  );
}

/** Row counts of what the benchmarks use. */
export async function worldCounts(client: {
  query(sql: string): Promise<{ rows: unknown[] }>;
}): Promise<Record<string, number>> {
  const row = (
    await client.query(`SELECT
      (SELECT count(*) FROM organisations)::int AS organisations,
      (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM memberships)::int AS memberships,
      (SELECT count(*) FROM negotiation_sessions)::int AS sessions,
      (SELECT count(*) FROM negotiation_sessions WHERE reference_key LIKE 'BENCH-%')::int AS bench_sessions,
      (SELECT count(*) FROM consultation_rounds)::int AS rounds,
      (SELECT count(*) FROM submissions)::int AS submissions,
      (SELECT count(*) FROM submissions WHERE status = 'SUBMITTED')::int AS waiting,
      (SELECT count(*) FROM submissions WHERE status = 'APPROVED')::int AS approved,
      (SELECT count(*) FROM submissions WHERE status = 'REJECTED')::int AS rejected,
      (SELECT count(*) FROM submission_versions)::int AS versions,
      (SELECT count(*) FROM submission_tags)::int AS submission_tags,
      (SELECT count(*) FROM tag_reviews)::int AS tag_reviews,
      (SELECT count(*) FROM moderation_decisions)::int AS decisions,
      (SELECT count(*) FROM cosignatures)::int AS cosignatures,
      (SELECT count(*) FROM tags)::int AS tags,
      (SELECT count(*) FROM treaty_provisions)::int AS provisions`)
  ).rows[0] as Record<string, number>;
  return row;
}
