import autocannon from 'autocannon';
import { encodeCursor } from '@app/platform';
import { BenchContext, ResultRow, row } from '../lib/context';
import { gql, QUERIES } from '../lib/graphql-client';
import { median, round } from '../lib/stats';

const QUEUE_PAGE = 50;
const QUEUE_STATUSES = `('SUBMITTED', 'UNDER_REVIEW', 'APPEALED')`;

interface Window {
  rps: number;
  non2xx: number;
  graphqlErrors: number;
  errors: number;
  p50: number;
  p99: number;
}

/** Requests per second over a fixed window with a few concurrent connections, counting failures in bodies too. */
async function window(
  ctx: BenchContext,
  target: { url: string; method: 'GET' | 'POST'; body?: string; token?: string },
): Promise<Window> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: target.url,
    method: target.method,
    connections: ctx.options.connections,
    duration: ctx.options.window,
    headers: {
      'content-type': 'application/json',
      ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
    },
    body: target.body,
    timeout: 10,
    requests: [
      {
        onResponse: (_status: number, body: string) => {
          if (String(body).includes('"errors":[')) graphqlErrors += 1;
        },
      },
    ],
  });
  const completed = result['2xx'] + result.non2xx;
  return {
    rps: completed / result.duration,
    non2xx: result.non2xx,
    graphqlErrors,
    errors: result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const queueBody = (first: number, filter?: Record<string, unknown>, after?: string): string =>
  JSON.stringify({
    query: QUERIES.moderationQueue,
    variables: { first, ...(filter ? { filter } : {}), ...(after ? { after } : {}) },
  });

/** The tag carried by the most waiting items (so the filtered page has something to find). */
async function commonWaitingTag(ctx: BenchContext): Promise<{ id: string; items: number }> {
  const found = (
    await ctx.pool.query<{ tag_id: string; n: number }>(
      `SELECT st.tag_id, count(*)::int AS n FROM submission_tags st JOIN submissions s ON s.id = st.submission_id
        WHERE s.status IN ${QUEUE_STATUSES} GROUP BY st.tag_id ORDER BY n DESC, st.tag_id LIMIT 1`,
    )
  ).rows[0];
  return found ? { id: found.tag_id, items: found.n } : { id: ctx.world.tags.gender[0], items: 0 };
}

function check(label: string, w: Window): string | undefined {
  const bad = w.non2xx + w.graphqlErrors + w.errors;
  return bad
    ? `${label}: ${w.non2xx} non-2xx, ${w.graphqlErrors} GraphQL errors, ${w.errors} socket errors/timeouts`
    : undefined;
}

/** M2: a 50-item queue page over GraphQL vs the same SELECT on a bare http server; and tag-filtered vs plain. */
export async function measureQueuePage(ctx: BenchContext): Promise<ResultRow[]> {
  const token = ctx.tokens.moderators[0];
  const graphql = { url: `${ctx.api.url}/graphql`, method: 'POST' as const, token, body: queueBody(QUEUE_PAGE) };
  const bare = { url: `${ctx.bare.url}/queue?first=${QUEUE_PAGE}`, method: 'GET' as const };
  const tag = await commonWaitingTag(ctx);
  const filtered = { ...graphql, body: queueBody(QUEUE_PAGE, { tagIds: [tag.id] }) };

  // Sanity: both answer a full page, without errors.
  const probe = await gql<{ moderationQueue: { edges: unknown[] } }>(
    ctx.api.url,
    QUERIES.moderationQueue,
    { first: QUEUE_PAGE },
    token,
  );
  if (probe.errors?.length || !probe.data) throw new Error(`queue page failed: ${JSON.stringify(probe.errors)}`);
  const bareProbe = (await (await fetch(bare.url)).json()) as { data: { moderationQueue: { edges: unknown[] } } };
  ctx.log(
    `  M2 page sizes: GraphQL ${probe.data.moderationQueue.edges.length}, bare ${bareProbe.data.moderationQueue.edges.length}; filtered page tag holds ${tag.items} waiting items`,
  );
  // Warm both up (JIT, plan caches, connection pools), not counted.
  const warm = { ...ctx, options: { ...ctx.options, window: Math.min(2, ctx.options.window) } };
  await window(warm, graphql);
  await window(warm, bare);
  await window(warm, filtered);

  const ours: Window[] = [];
  const base: Window[] = [];
  const tagged: Window[] = [];
  const plain: Window[] = [];
  for (let r = 0; r < ctx.options.rounds; r += 1) {
    ours.push(await window(ctx, graphql));
    base.push(await window(ctx, bare));
    tagged.push(await window(ctx, filtered));
    plain.push(await window(ctx, graphql));
    ctx.log(
      `  M2 round ${r + 1}: GraphQL ${ours[r].rps.toFixed(0)} req/s, bare ${base[r].rps.toFixed(0)} req/s; filtered ${tagged[r].rps.toFixed(0)} vs plain ${plain[r].rps.toFixed(0)} req/s`,
    );
  }
  const problems = [
    ...ours.map((w) => check('GraphQL', w)),
    ...base.map((w) => check('bare', w)),
    ...tagged.map((w) => check('filtered', w)),
    ...plain.map((w) => check('plain', w)),
  ].filter(Boolean);
  const o = median(ours.map((w) => w.rps));
  const b = median(base.map((w) => w.rps));
  const f = median(tagged.map((w) => w.rps));
  const p = median(plain.map((w) => w.rps));
  const note = problems.length
    ? `failures: ${problems.join('; ')}`
    : `0 failures; p99 GraphQL ${median(ours.map((w) => w.p99))} ms, bare ${median(base.map((w) => w.p99))} ms`;
  return [
    row({
      id: 'M2',
      what: `moderation-queue page, ${QUEUE_PAGE} items with organisation, tags, round (GraphQL vs bare http + pg; ${ctx.options.connections} connections, ${ctx.options.window} s windows)`,
      ours: round(o, 0),
      baseline: round(b, 0),
      unit: 'req/s',
      ratio: round(o / b, 3),
      ratioMeaning: 'ours ÷ baseline throughput',
      target: '≥ 0.35',
      pass: problems.length === 0 && o / b >= 0.35,
      rounds: ctx.options.rounds,
      note,
    }),
    row({
      id: 'M2-tag',
      what: `tag-filtered queue page vs plain queue page (both GraphQL; tag on ${tag.items} waiting items)`,
      ours: round(f, 0),
      baseline: round(p, 0),
      unit: 'req/s',
      ratio: round(p / f, 3),
      ratioMeaning: 'cost of filtered ÷ cost of plain (plain req/s ÷ filtered req/s)',
      target: '≤ 2',
      pass: problems.length === 0 && p / f <= 2,
      rounds: ctx.options.rounds,
    }),
  ];
}

/** M7: latency of queue page 1 and of a deep page (1,000 when the queue is that long), following the keyset cursor. */
export async function measureDeepPage(ctx: BenchContext): Promise<ResultRow> {
  const size = 20;
  const waiting = (
    await ctx.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM submissions WHERE status IN ${QUEUE_STATUSES}`)
  ).rows[0].n;
  const page = Math.max(2, Math.min(1000, Math.floor(waiting / size)));
  // The cursor a client holds after reading pages 1..page-1: the sort key of the last item of page-1, as the api encodes it.
  const last = (
    await ctx.pool.query<{ submitted_at: Date; id: string }>(
      `SELECT submitted_at, id FROM submissions WHERE status IN ${QUEUE_STATUSES} ORDER BY submitted_at, id OFFSET $1 LIMIT 1`,
      [(page - 1) * size - 1],
    )
  ).rows[0];
  const after = encodeCursor([last.submitted_at.getTime(), last.id]);
  const token = ctx.tokens.moderators[1 % ctx.tokens.moderators.length];
  const timeOne = async (cursor?: string): Promise<number> => {
    const start = performance.now();
    const res = await gql<{ moderationQueue: { edges: unknown[] } }>(
      ctx.api.url,
      QUERIES.moderationQueue,
      { first: size, ...(cursor ? { after: cursor } : {}) },
      token,
    );
    const ms = performance.now() - start;
    if (res.errors?.length || !res.data?.moderationQueue.edges.length)
      throw new Error(`queue page failed: ${JSON.stringify(res.errors ?? 'empty page')}`);
    return ms;
  };
  for (let i = 0; i < 5; i += 1) {
    await timeOne();
    await timeOne(after);
  }
  const first: number[] = [];
  const deep: number[] = [];
  for (let r = 0; r < ctx.options.rounds; r += 1) {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < ctx.options.pageRequests; i += 1) {
      a.push(await timeOne());
      b.push(await timeOne(after));
    }
    first.push(median(a));
    deep.push(median(b));
    ctx.log(`  M7 round ${r + 1}: page 1 ${first[r].toFixed(2)} ms, page ${page} ${deep[r].toFixed(2)} ms`);
  }
  const f = median(first);
  const d = median(deep);
  return row({
    id: 'M7',
    what: `queue page latency, page ${page} vs page 1 (${size} items a page, keyset cursor; ${waiting} items waiting)`,
    ours: round(d, 2),
    baseline: round(f, 2),
    unit: 'ms (median)',
    ratio: round(d / f, 3),
    ratioMeaning: `page ${page} ÷ page 1 latency`,
    target: '≤ 1.2',
    pass: d / f <= 1.2,
    rounds: ctx.options.rounds,
    note: page < 1000 ? `only ${waiting} items wait at this size, so the deepest full page is ${page}` : undefined,
  });
}
