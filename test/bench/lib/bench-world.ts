import { Pool } from 'pg';
import { BENCH_MODERATORS } from './generate';
import { moderatorEmail, staffEmail } from './bench-env';
import { ownWords, SENTENCES } from './corpus';

export interface BenchAdmin {
  email: string;
  userId: string;
  orgId: string;
  region: string;
}

/** The generated world as the benchmarks need it: who can do what, where. */
export interface BenchWorld {
  focusSessionId: string;
  roundsByRegion: Map<string, { id: string; sessionId: string }[]>;
  admins: BenchAdmin[];
  moderators: { email: string; userId: string }[];
  staff: { email: string; userId: string };
  tags: { gender: string[]; humanRights: string[]; theme: string[] };
  articleIds: string[];
  waiting: number;
  approvedInFocusSession: number;
}

export async function loadWorld(pool: Pool): Promise<BenchWorld> {
  const session = (
    await pool.query<{ id: string }>(`SELECT id FROM negotiation_sessions WHERE reference_key = 'BENCH-1'`)
  ).rows[0];
  if (!session) throw new Error('the bench database has no bench world: run `npm run bench:data -- --size 1k` first');
  const rounds = (
    await pool.query<{ id: string; session_id: string; region: string }>(
      `SELECT r.id, r.session_id, r.region::text AS region FROM consultation_rounds r JOIN negotiation_sessions s ON s.id = r.session_id WHERE s.reference_key LIKE 'BENCH-%' ORDER BY s.reference_key, r.region`,
    )
  ).rows;
  const roundsByRegion = new Map<string, { id: string; sessionId: string }[]>();
  for (const r of rounds)
    roundsByRegion.set(r.region, [...(roundsByRegion.get(r.region) ?? []), { id: r.id, sessionId: r.session_id }]);
  const admins = (
    await pool.query<{ email: string; user_id: string; org_id: string; region: string }>(
      `SELECT u.email, u.id AS user_id, o.id AS org_id, o.region::text AS region FROM users u JOIN memberships m ON m.user_id = u.id AND m.role = 'ADMIN'
       JOIN organisations o ON o.id = m.organisation_id WHERE u.email LIKE 'admin-%' ORDER BY u.email`,
    )
  ).rows.map((r) => ({ email: r.email, userId: r.user_id, orgId: r.org_id, region: r.region }));
  const users = new Map(
    (
      await pool.query<{ email: string; id: string }>(
        `SELECT email, id FROM users WHERE email LIKE 'moderator-%' OR email = $1`,
        [staffEmail()],
      )
    ).rows.map((r) => [r.email, r.id]),
  );
  const moderators = Array.from({ length: BENCH_MODERATORS }, (_, i) => moderatorEmail(i + 1)).map((email) => ({
    email,
    userId: users.get(email) as string,
  }));
  const tagRows = (
    await pool.query<{ id: string; category: string }>(
      `SELECT id, category::text FROM tags WHERE active ORDER BY category, slug`,
    )
  ).rows;
  const articles = (
    await pool.query<{ id: string }>(`SELECT id FROM treaty_provisions WHERE kind = 'ARTICLE' ORDER BY position`)
  ).rows.map((r) => r.id);
  const counts = (
    await pool.query<{ waiting: number; approved: number }>(
      `SELECT count(*) FILTER (WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPEALED'))::int AS waiting,
            count(*) FILTER (WHERE status = 'APPROVED' AND session_id = $1)::int AS approved FROM submissions`,
      [session.id],
    )
  ).rows[0];
  return {
    focusSessionId: session.id,
    roundsByRegion,
    admins,
    moderators,
    staff: { email: staffEmail(), userId: users.get(staffEmail()) as string },
    tags: {
      gender: tagRows.filter((t) => t.category === 'GENDER').map((t) => t.id),
      humanRights: tagRows.filter((t) => t.category === 'HUMAN_RIGHTS').map((t) => t.id),
      theme: tagRows.filter((t) => t.category === 'THEME').map((t) => t.id),
    },
    articleIds: articles,
    waiting: counts.waiting,
    approvedInFocusSession: counts.approved,
  };
}

/** A realistic new English position (about 600 words), different for every `n`. */
export function newDraft(
  n: number,
  world: BenchWorld,
): { title: string; summary: string; body: string; language: string; provisionIds: string[] } {
  const s = SENTENCES.en;
  const pick = (k: number) => s[(n * 31 + k * 17 + ((n * k) % 7)) % s.length];
  // Common sentences, each followed by words of this draft's own (as bench:data's bodies are).
  const paragraphs: string[] = [];
  for (let p = 0; p < 3; p += 1)
    paragraphs.push(Array.from({ length: 5 }, (_, k) => `${pick(p * 5 + k)} ${ownWords(n, p * 5 + k)}`).join(' '));
  const a = world.articleIds;
  return {
    title: `Bench position ${n}: safeguards in international cooperation`,
    summary: `${pick(100)} ${pick(101)}`,
    body: paragraphs.join('\n\n'),
    language: 'en',
    provisionIds: [...new Set([a[n % a.length], a[(n * 7 + 3) % a.length]])],
  };
}

/** Waiting submissions nobody has claimed, newest first (the measurements leave the oldest pages alone). */
export async function unclaimedWaiting(
  pool: Pool,
  count: number,
): Promise<{ id: string; version: number; organisationId: string; title: string }[]> {
  return (
    await pool.query<{ id: string; version: number; organisation_id: string; title: string }>(
      `SELECT s.id, s.version, s.organisation_id, s.title FROM submissions s
        WHERE s.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM moderation_claims c WHERE c.submission_id = s.id)
        ORDER BY s.submitted_at DESC, s.id DESC LIMIT $1`,
      [count],
    )
  ).rows.map((r) => ({ id: r.id, version: r.version, organisationId: r.organisation_id, title: r.title }));
}
