import { newDraft, unclaimedWaiting } from '../lib/bench-world';
import { BenchContext, ResultRow, row } from '../lib/context';
import { round } from '../lib/stats';
import { adminAndRound, hashOf, interleaved, nextDraft, oursCreateSubmit, oursModerateInTwo, Target } from './writes';

/**
 * The peer-shaped scenario: the operations a side-by-side run against a lean deliberation server
 * (Polis) compared, at one client and at 16, against the bare server doing what that peer writes —
 * one INSERT for a new comment, one UPDATE to moderate one — behind plain HTTP. Anyone can run the
 * peer on the same data and compare its ops/s with ours: the peer's own framework only adds to
 * the bare figure's cost, so ours ÷ bare is a lower bound of ours ÷ peer.
 */
const CLIENTS = [1, 16] as const;

async function post(ctx: BenchContext, path: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${ctx.bare.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 200) throw new Error(`bare ${path}: HTTP ${res.status}`);
  await res.arrayBuffer();
}

/** The peer's shape of a new position: one row, submitted at once. */
async function peerCreate(ctx: BenchContext, n: number): Promise<void> {
  const { admin, round: r } = adminAndRound(ctx, n);
  const d = newDraft(n, ctx.world);
  await post(ctx, '/comment', {
    roundId: r.id,
    sessionId: r.sessionId,
    region: admin.region,
    organisationId: admin.orgId,
    authorId: admin.userId,
    ...d,
    contentHash: hashOf(d),
  });
}

const opsFor = (ctx: BenchContext, clients: number): number => Math.max(ctx.options.writeOps, clients * 4);

export async function measurePeerCreate(ctx: BenchContext): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const clients of CLIENTS) {
    const res = await interleaved(
      { ...ctx, options: { ...ctx.options, writeOps: opsFor(ctx, clients) } },
      `P1 (${clients} client${clients === 1 ? '' : 's'})`,
      () => oursCreateSubmit(ctx, nextDraft()),
      () => peerCreate(ctx, nextDraft()),
      undefined,
      clients,
    );
    rows.push(
      row({
        id: `P1 ×${clients}`,
        what: `peer-shaped: submit a position, ${clients} client${clients === 1 ? '' : 's'} (create + submit over GraphQL vs one INSERT behind bare HTTP)`,
        ours: round(res.ours, 1),
        baseline: round(res.bare, 1),
        unit: 'ops/s',
        ratio: round(res.ours / res.bare, 3),
        ratioMeaning: 'ours ÷ peer-shaped throughput (a lower bound of ours ÷ the peer)',
        target: clients === 1 ? '≥ 1× the peer (Polis)' : '—',
        pass: null,
        rounds: ctx.options.rounds,
      }),
    );
  }
  return rows;
}

export async function measurePeerModerate(ctx: BenchContext): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const clients of CLIENTS) {
    const ops = opsFor(ctx, clients);
    let batch: Target[] = [];
    const take = async () => {
      batch = await unclaimedWaiting(ctx.pool, ops + 2);
      if (batch.length < ops + 2) throw new Error(`P2 needs ${ops + 2} waiting submissions, found ${batch.length}`);
    };
    await take();
    const res = await interleaved(
      { ...ctx, options: { ...ctx.options, writeOps: ops } },
      `P2 (${clients} client${clients === 1 ? '' : 's'})`,
      (i, w) => oursModerateInTwo(ctx, batch[i < 0 ? batch.length + i : i], w),
      (i) => post(ctx, '/moderate', { id: batch[i < 0 ? batch.length + i : i].id }),
      take,
      clients,
    );
    rows.push(
      row({
        id: `P2 ×${clients}`,
        what: `peer-shaped: moderate one item, ${clients} client${clients === 1 ? '' : 's'} (claim, then the decision with its tags, over GraphQL, as the web client does, vs one UPDATE behind bare HTTP)`,
        ours: round(res.ours, 1),
        baseline: round(res.bare, 1),
        unit: 'ops/s',
        ratio: round(res.ours / res.bare, 3),
        ratioMeaning: 'ours ÷ peer-shaped throughput (a lower bound of ours ÷ the peer)',
        target: '≥ 0.5× the peer (Polis)',
        pass: null,
        rounds: ctx.options.rounds,
      }),
    );
  }
  return rows;
}
