import { createHash } from 'node:crypto';
import { PoolClient } from 'pg';
import { BenchAdmin, newDraft, unclaimedWaiting } from '../lib/bench-world';
import { BenchContext, ResultRow, row } from '../lib/context';
import { gqlOk, QUERIES } from '../lib/graphql-client';
import { median, round, runConcurrently } from '../lib/stats';

let drafts = 0;

/** A new draft number, different on every call of this run. */
export const nextDraft = (): number => (drafts += 1);

export function adminAndRound(
  ctx: BenchContext,
  n: number,
): { admin: BenchAdmin; round: { id: string; sessionId: string } } {
  const admin = ctx.world.admins[n % ctx.world.admins.length];
  const rounds = ctx.world.roundsByRegion.get(admin.region) ?? [];
  return { admin, round: rounds[n % rounds.length] };
}

async function tx<T>(ctx: BenchContext, work: (c: PoolClient) => Promise<T>): Promise<T> {
  const client = await ctx.pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export const hashOf = (d: ReturnType<typeof newDraft>): string =>
  createHash('sha256')
    .update(JSON.stringify([d.title, d.summary, d.body, d.language, [...d.provisionIds].sort()]), 'utf8')
    .digest('hex');

/** Ours: createSubmission then submitSubmission over GraphQL, as an organisation admin. */
export async function oursCreateSubmit(ctx: BenchContext, n: number): Promise<void> {
  const { admin, round } = adminAndRound(ctx, n);
  const token = ctx.tokens.admins.get(admin.email) as string;
  const d = newDraft(n, ctx.world);
  const created = await gqlOk<{ createSubmission: { id: string; version: number } }>(
    ctx.api.url,
    QUERIES.createSubmission,
    {
      input: {
        roundId: round.id,
        organisationId: admin.orgId,
        title: d.title,
        summary: d.summary,
        body: d.body,
        language: d.language,
        disclosure: 'NAMED',
        provisionIds: d.provisionIds,
      },
    },
    token,
  );
  await gqlOk(
    ctx.api.url,
    QUERIES.submitSubmission,
    { input: { id: created.createSubmission.id, expectedVersion: created.createSubmission.version } },
    token,
  );
}

/** Baseline: the rows those two operations write (submission, version, two audit events), through bare pg, in the same two transactions. */
async function bareCreateSubmit(ctx: BenchContext, n: number): Promise<void> {
  const { admin, round } = adminAndRound(ctx, n);
  const d = newDraft(n, ctx.world);
  const hash = hashOf(d);
  const created = await tx(ctx, async (c) => {
    const ins = await c.query<{ id: string; version: number }>(
      `INSERT INTO submissions (round_id, session_id, region, organisation_id, author_id, title, summary, body, language, disclosure, provision_ids, status, current_version, content_hash, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'NAMED', $10, 'DRAFT', 0, $11, 1) RETURNING id, version`,
      [
        round.id,
        round.sessionId,
        admin.region,
        admin.orgId,
        admin.userId,
        d.title,
        d.summary,
        d.body,
        d.language,
        d.provisionIds,
        hash,
      ],
    );
    const id = ins.rows[0].id;
    await c.query(
      `INSERT INTO audit_events (actor_id, actor_sealed, action, entity_type, entity_id, after) VALUES ($1, true, 'submission.created', 'Submission', $2, $3)`,
      [
        admin.userId,
        id,
        { status: 'DRAFT', roundId: round.id, disclosure: 'NAMED', currentVersion: 0, contentHash: hash },
      ],
    );
    return ins.rows[0];
  });
  await tx(ctx, async (c) => {
    const upd = await c.query(
      `UPDATE submissions SET status = 'SUBMITTED', current_version = 1, submitted_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 AND status = 'DRAFT'`,
      [created.id, created.version],
    );
    if (upd.rowCount !== 1) throw new Error('baseline submit lost its row');
    await c.query(
      `INSERT INTO submission_versions (submission_id, number, title, summary, body, language, provision_ids, content_hash) VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
      [created.id, d.title, d.summary, d.body, d.language, d.provisionIds, hash],
    );
    await c.query(
      `INSERT INTO audit_events (actor_id, actor_sealed, action, entity_type, entity_id, before, after) VALUES ($1, true, 'submission.submitted', 'Submission', $2, $3, $4)`,
      [admin.userId, created.id, { status: 'DRAFT', currentVersion: 0 }, { status: 'SUBMITTED', currentVersion: 1 }],
    );
  });
}

/**
 * Runs ours and the baseline alternately for `rounds` rounds, with `concurrency` clients (default
 * --write-concurrency); returns the median operations per second of each.
 */
export async function interleaved(
  ctx: BenchContext,
  label: string,
  ours: (i: number, worker: number) => Promise<void>,
  bare: (i: number, worker: number) => Promise<void>,
  prepare?: () => Promise<void>,
  concurrency = ctx.options.writeConcurrency,
) {
  const o: number[] = [];
  const b: number[] = [];
  const ops = ctx.options.writeOps;
  const items = Array.from({ length: ops }, (_, i) => i);
  // One warm-up of each, not counted.
  await ours(-1, 0);
  await bare(-2, 0);
  for (let r = 0; r < ctx.options.rounds; r += 1) {
    await prepare?.();
    o.push((ops / (await runConcurrently(items, concurrency, ours))) * 1000);
    await prepare?.();
    b.push((ops / (await runConcurrently(items, concurrency, bare))) * 1000);
    ctx.log(`  ${label} round ${r + 1}: ours ${o[r].toFixed(1)} ops/s, baseline ${b[r].toFixed(1)} ops/s`);
  }
  return { ours: median(o), bare: median(b) };
}

export async function measureCreateSubmit(ctx: BenchContext): Promise<ResultRow> {
  const res = await interleaved(
    ctx,
    'M1',
    (_i) => oursCreateSubmit(ctx, (drafts += 1)),
    (_i) => bareCreateSubmit(ctx, (drafts += 1)),
  );
  return row({
    id: 'M1',
    what: `create + submit a submission (GraphQL vs bare pg INSERTs; ${ctx.options.writeConcurrency} clients)`,
    ours: round(res.ours, 1),
    baseline: round(res.bare, 1),
    unit: 'ops/s',
    ratio: round(res.ours / res.bare, 3),
    ratioMeaning: 'ours ÷ baseline throughput',
    target: '≥ 0.33',
    pass: res.ours / res.bare >= 0.33,
    rounds: ctx.options.rounds,
  });
}

export type Target = { id: string; version: number; organisationId: string; title: string };

/** The tags and review a bench moderator records on `t`: GENDER + HUMAN_RIGHTS + THEME. */
const reviewOf = (ctx: BenchContext, t: Target) => ({
  tagIds: tagsFor(ctx, t.id),
  noGenderConsiderations: false,
  noHumanRightsConsiderations: false,
});

/** A bench moderator (by worker) claims `t`: their token and the version the claim left. */
async function claimAs(ctx: BenchContext, t: Target, worker: number): Promise<{ token: string; version: number }> {
  const token = ctx.tokens.moderators[worker % ctx.tokens.moderators.length];
  const claimed = await gqlOk<{ claimSubmission: { version: number } }>(
    ctx.api.url,
    QUERIES.claimSubmission,
    { id: t.id },
    token,
  );
  return { token, version: claimed.claimSubmission.version };
}

/** decideSubmission APPROVE at `expectedVersion`, with `tags` when given. */
async function approve(
  ctx: BenchContext,
  t: Target,
  token: string,
  expectedVersion: number,
  tags?: ReturnType<typeof reviewOf>,
): Promise<void> {
  await gqlOk(
    ctx.api.url,
    QUERIES.decideSubmission,
    { input: { submissionId: t.id, expectedVersion, decision: 'APPROVE', reasonCode: 'IN_SCOPE', tags } },
    token,
  );
}

/** Ours: claimSubmission, setSubmissionTags (GENDER + HUMAN_RIGHTS + THEME), decideSubmission APPROVE, as a moderator. */
export async function oursModerate(ctx: BenchContext, t: Target, worker: number): Promise<void> {
  const { token, version } = await claimAs(ctx, t, worker);
  const tagged = await gqlOk<{ setSubmissionTags: { version: number } }>(
    ctx.api.url,
    QUERIES.setSubmissionTags,
    { input: { submissionId: t.id, expectedVersion: version, ...reviewOf(ctx, t) } },
    token,
  );
  await approve(ctx, t, token, tagged.setSubmissionTags.version);
}

/**
 * Ours, as the web client's moderator desk does it: claimSubmission, then decideSubmission APPROVE
 * carrying the tags and the review (GENDER + HUMAN_RIGHTS + THEME) — two requests.
 */
export async function oursModerateInTwo(ctx: BenchContext, t: Target, worker: number): Promise<void> {
  const { token, version } = await claimAs(ctx, t, worker);
  await approve(ctx, t, token, version, reviewOf(ctx, t));
}

function tagsFor(ctx: BenchContext, id: string): string[] {
  const n = parseInt(id.slice(0, 8), 16);
  const { gender, humanRights, theme } = ctx.world.tags;
  return [gender[n % gender.length], humanRights[n % humanRights.length], theme[n % theme.length]];
}

/** Baseline: the same rows written through bare pg, in the same three transactions (claim, tags and review, decision with its notices). */
async function bareModerate(ctx: BenchContext, t: Target, worker: number): Promise<void> {
  const moderator = ctx.world.moderators[worker % ctx.world.moderators.length].userId;
  const v1 = await tx(ctx, async (c) => {
    const claim = await c.query(
      `INSERT INTO moderation_claims (submission_id, moderator_id, claimed_at, expires_at) VALUES ($1, $2, now(), now() + interval '30 minutes')
       ON CONFLICT (submission_id) DO UPDATE SET moderator_id = EXCLUDED.moderator_id, claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
       WHERE moderation_claims.expires_at <= now() OR moderation_claims.moderator_id = $2 RETURNING moderator_id`,
      [t.id, moderator],
    );
    if (claim.rowCount !== 1) throw new Error('baseline claim refused');
    const upd = await c.query<{ version: number }>(
      `UPDATE submissions SET status = 'UNDER_REVIEW', version = version + 1, updated_at = now() WHERE id = $1 AND status = 'SUBMITTED' RETURNING version`,
      [t.id],
    );
    await c.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, after) VALUES ($1, 'moderation.claimed', 'Submission', $2, $3)`,
      [moderator, t.id, { moderatorId: moderator, status: 'UNDER_REVIEW' }],
    );
    return upd.rows[0].version;
  });
  const tags = tagsFor(ctx, t.id);
  const v2 = await tx(ctx, async (c) => {
    const upd = await c.query<{ version: number }>(
      `UPDATE submissions SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version`,
      [t.id, v1],
    );
    if (upd.rowCount !== 1) throw new Error('baseline tag lost its row');
    await c.query(`DELETE FROM submission_tags WHERE submission_id = $1`, [t.id]);
    await c.query(`INSERT INTO submission_tags (submission_id, tag_id) SELECT $1, unnest($2::uuid[])`, [t.id, tags]);
    await c.query(
      `INSERT INTO tag_reviews (submission_id, no_gender_considerations, no_human_rights_considerations, has_gender_tag, has_human_rights_tag, reviewed_by, reviewed_at)
       VALUES ($1, false, false, true, true, $2, now())
       ON CONFLICT (submission_id) DO UPDATE SET has_gender_tag = true, has_human_rights_tag = true, reviewed_by = EXCLUDED.reviewed_by, reviewed_at = EXCLUDED.reviewed_at`,
      [t.id, moderator],
    );
    await c.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, after) VALUES ($1, 'moderation.tagged', 'Submission', $2, $3)`,
      [moderator, t.id, { tagIds: tags }],
    );
    return upd.rows[0].version;
  });
  await tx(ctx, async (c) => {
    const upd = await c.query(
      `UPDATE submissions SET status = 'APPROVED', version = version + 1, updated_at = now() WHERE id = $1 AND version = $2`,
      [t.id, v2],
    );
    if (upd.rowCount !== 1) throw new Error('baseline decision lost its row');
    await c.query(
      `INSERT INTO moderation_decisions (submission_id, decision, reason_code, version_number, moderator_id) VALUES ($1, 'APPROVE', 'IN_SCOPE', 1, $2)`,
      [t.id, moderator],
    );
    await c.query(`DELETE FROM moderation_claims WHERE submission_id = $1`, [t.id]);
    await c.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, after) VALUES ($1, 'moderation.decided', 'Submission', $2, $3)`,
      [moderator, t.id, { status: 'APPROVED' }],
    );
    // The submitting organisation's members hear about it in-app and by email (outbox row per email).
    await c.query(
      `INSERT INTO notifications (user_id, kind, title, body, entity_type, entity_id)
       SELECT m.user_id, 'DECISION_MADE', $2, 'Reason: IN_SCOPE', 'Submission', $3 FROM memberships m WHERE m.organisation_id = $1`,
      [t.organisationId, `“${t.title}” was approved`, t.id],
    );
    await c.query(
      `WITH e AS (INSERT INTO email_messages (to_address, subject, text_body)
                  SELECT u.email, $2, 'Reason: IN_SCOPE' FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 RETURNING id)
       INSERT INTO outbox_jobs (name, payload, job_id) SELECT 'mail.send', jsonb_build_object('emailId', e.id), 'mail.send-' || e.id FROM e`,
      [t.organisationId, `“${t.title}” was approved`],
    );
    await c.query(`SELECT pg_notify('plenary_outbox', '')`);
  });
}

export async function measureModerate(ctx: BenchContext): Promise<ResultRow> {
  let batch: Target[] = [];
  const take = async () => {
    batch = await unclaimedWaiting(ctx.pool, ctx.options.writeOps + 2);
    if (batch.length < ctx.options.writeOps + 2)
      throw new Error(`M3 needs ${ctx.options.writeOps + 2} waiting submissions, found ${batch.length}`);
  };
  await take();
  const res = await interleaved(
    ctx,
    'M3',
    (i, w) => oursModerate(ctx, batch[i < 0 ? batch.length + i : i], w),
    (i, w) => bareModerate(ctx, batch[i < 0 ? batch.length + i : i], w),
    take,
  );
  return row({
    id: 'M3',
    what: `claim + tag + decide (GraphQL vs bare pg writes; ${ctx.options.writeConcurrency} moderators)`,
    ours: round(res.ours, 1),
    baseline: round(res.bare, 1),
    unit: 'ops/s',
    ratio: round(res.ours / res.bare, 3),
    ratioMeaning: 'ours ÷ baseline throughput',
    target: '≥ 0.33',
    pass: res.ours / res.bare >= 0.33,
    rounds: ctx.options.rounds,
  });
}
