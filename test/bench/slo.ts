import 'reflect-metadata';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { startApi, ServerProcess } from './lib/api-process';
import {
  Args,
  BENCH_PASSWORD,
  BENCH_REDIS_PREFIX,
  benchDatabaseUrl,
  benchRedisUrl,
  distPath,
  pinnedCommand,
  sizeLabel,
  sleep,
} from './lib/bench-env';
import { loadWorld, newDraft, unclaimedWaiting } from './lib/bench-world';
import { worldCounts } from './lib/generate';
import { gqlOk, loginAll } from './lib/graphql-client';
import { runStep, StepResult } from './lib/open-loop';
import { describeMachine, Machine, writeResults } from './lib/results';
import { MIX_DESCRIPTIONS, MixName, mixSource, SloData, SloPeople, webOperations } from './lib/slo-mixes';
import { round } from './lib/stats';

const USAGE = `Usage: npm run bench:slo [-- options]

Capacity within the service level, open loop: requests arrive at a fixed rate whatever the answers,
stepped up until the SLO breaks (p99 ≤ 200 ms for reads, ≤ 500 ms for writes, zero errors). Two
mixes of the web client's operations, each against the api as one process on one core and as two
processes on two cores; each with and without the public-read cache. Needs the
bench database (npm run bench:data). Loopback only; every step is bounded in time.

  --quick                10 s steps, one refinement (about 15 minutes in all)
  --step 60              seconds each rate is held
  --mixes deadline,session
  --topologies 1,2       1: one api process pinned to core 0; 2: two api processes, one per core
  --cache both           the public-read cache: on, off or both (each mix and topology run with each)
  --start 20             first rate, requests per second
  --factor 1.5           rate multiplier while the SLO holds
  --refine 2             bisection steps between the last rate that held and the first that broke
  --max-steps 14         per search
  --max-outstanding 1000 requests in flight beyond this are not sent and count as errors
  --timeout 10           seconds before a request counts as an error
  --documents names      the web client's operations by name (trusted documents, as a production
                         build sends them; needs npm run build:web) or as text
  --no-pin               no taskset
`;

interface Search {
  mix: MixName;
  topology: 1 | 2;
  cache: boolean;
  capacity: number;
  steps: StepResult[];
}

const READ_SLO_MS = 200;
const WRITE_SLO_MS = 500;

async function main(): Promise<void> {
  const args = new Args(process.argv.slice(2));
  if (args.flag('help')) return console.log(USAGE);
  args.only([
    'quick',
    'step',
    'mixes',
    'topologies',
    'cache',
    'start',
    'factor',
    'refine',
    'max-steps',
    'max-outstanding',
    'timeout',
    'no-pin',
    'documents',
    'help',
  ]);
  const quick = args.flag('quick');
  const stepSeconds = args.number('step', quick ? 10 : 60);
  const mixes = (args.string('mixes') ?? 'deadline,session').split(',') as MixName[];
  const topologies = (args.string('topologies') ?? '1,2').split(',').map(Number) as (1 | 2)[];
  const cacheChoice = args.string('cache') ?? 'both';
  const start = args.number('start', 20);
  const factor = args.number('factor', 1.5);
  const refine = Number(args.string('refine') ?? (quick ? 1 : 2));
  if (!Number.isInteger(refine) || refine < 0) throw new Error('--refine must be 0 or more');
  const maxSteps = Math.round(args.number('max-steps', 14));
  const maxOutstanding = Math.round(args.number('max-outstanding', 1000));
  const timeoutMs = args.number('timeout', 10) * 1000;
  const pin = !args.flag('no-pin');
  const documents = args.string('documents') ?? 'names';
  if (!['names', 'text'].includes(documents)) throw new Error('--documents: names or text');
  const manifest = distPath('web', 'trusted-documents.json');
  if (documents === 'names' && !existsSync(manifest))
    throw new Error(
      `--documents names needs the built web client (${manifest}): npm run build:web, or --documents text`,
    );
  const trustedDocuments = documents === 'names';
  for (const m of mixes) if (!(m in MIX_DESCRIPTIONS)) throw new Error(`--mixes: unknown mix ${m}`);
  for (const t of topologies) if (t !== 1 && t !== 2) throw new Error('--topologies: 1 and/or 2');
  if (!['on', 'off', 'both'].includes(cacheChoice)) throw new Error('--cache: on, off or both');
  webOperations(); // fails early if the web client's sources are missing

  const pool = new Pool({ connectionString: benchDatabaseUrl(), max: 4, application_name: 'plenary-bench-slo' });
  const redis = new Redis(benchRedisUrl(), { maxRetriesPerRequest: 2 });
  const mailDir = mkdtempSync(join(tmpdir(), 'plenary-slo-mail-'));
  let worker: ChildProcess | null = null;
  const searches: Search[] = [];
  try {
    const machine = await describeMachine(pool);
    const world = await loadWorld(pool);
    const counts = await worldCounts(pool);
    // Jobs the api left in the bench database earlier (bench, bench:load) are not this run's work.
    await pool.query('UPDATE outbox_jobs SET relayed_at = now() WHERE relayed_at IS NULL');
    const data = await loadData(pool, world);
    console.log(
      `bench:slo on ${sizeLabel(counts.submissions)} submissions; ${machine.cores} × ${machine.cpu}; load average ${machine.loadAverageAtStart.join(' ')}`,
    );
    console.log(
      `steps of ${stepSeconds} s from ${start} req/s (×${factor}, then ${refine} bisection steps); SLO: reads p99 ≤ ${READ_SLO_MS} ms, writes p99 ≤ ${WRITE_SLO_MS} ms, zero errors`,
    );
    worker = startWorker(mailDir);

    const runs: { mix: MixName; topology: 1 | 2; cache: boolean }[] = [];
    for (const mix of mixes)
      for (const topology of topologies) {
        const caches = cacheChoice === 'both' ? [false, true] : [cacheChoice === 'on'];
        for (const cache of caches) runs.push({ mix, topology, cache });
      }
    for (const run of runs) {
      const search = await searchCapacity(run, {
        pool,
        redis,
        world,
        data,
        pin,
        stepSeconds,
        start,
        factor,
        refine,
        maxSteps,
        maxOutstanding,
        timeoutMs,
        trustedDocuments,
      });
      searches.push(search);
    }
    const table = report(searches, machine, counts.submissions);
    const files = writeResults('slo', {
      machine,
      options: {
        stepSeconds,
        mixes,
        topologies,
        cache: cacheChoice,
        start,
        factor,
        refine,
        maxOutstanding,
        timeoutMs,
        pin,
      },
      sizes: [{ size: counts.submissions, counts, rows: [], errors: [] }],
      extra: [table, '', '## Steps', '', '```json', JSON.stringify(searches, null, 2), '```'].join('\n'),
    });
    console.log(`\nwrote ${files.md}\n      ${files.json}`);
  } finally {
    worker?.kill('SIGTERM');
    await redis.quit().catch(() => undefined);
    await pool.end();
    rmSync(mailDir, { recursive: true, force: true });
  }
}

interface SearchContext {
  pool: Pool;
  redis: Redis;
  world: Awaited<ReturnType<typeof loadWorld>>;
  data: SloData;
  pin: boolean;
  stepSeconds: number;
  start: number;
  factor: number;
  refine: number;
  maxSteps: number;
  maxOutstanding: number;
  timeoutMs: number;
  /** The web client's operations sent by name (as a production build does), else with their text. */
  trustedDocuments: boolean;
}

async function searchCapacity(
  run: { mix: MixName; topology: 1 | 2; cache: boolean },
  ctx: SearchContext,
): Promise<Search> {
  const label = `${run.mix}, ${run.topology === 1 ? 'one process on one core' : 'two processes on two cores'}, cache ${run.cache ? 'on' : 'off'}`;
  console.log(`\n== ${label}`);
  await clearCache(ctx.redis);
  // One api pinned to core 0 and the load generator to core 1; or one api per core, the generator free.
  pinSelf(ctx.pin ? (run.topology === 1 ? '1' : '0,1') : null);
  const apis: ServerProcess[] = [];
  try {
    for (let i = 0; i < run.topology; i++)
      apis.push(
        await startApi({
          core: ctx.pin ? i : null,
          extraEnv: { PUBLIC_CACHE: run.cache ? 'auto' : 'off' },
        }),
      );
    const people = await logIn(apis[0].url, ctx.world);
    if (ctx.data.drafts.length === 0) await makeDrafts(apis[0].url, people, ctx);
    const urls = apis.map((a) => a.url);
    // One source for the whole search: flows (drafts to submit, items being moderated) carry on.
    const next = mixSource(run.mix, people, ctx.data, run.topology * 7 + (run.cache ? 1 : 0), {
      trustedDocuments: ctx.trustedDocuments,
    });
    const step = async (rate: number, seconds: number, seed: number): Promise<StepResult> => {
      const result = await runStep({
        urls,
        rate,
        seconds,
        maxOutstanding: ctx.maxOutstanding,
        timeoutMs: ctx.timeoutMs,
        readSloMs: READ_SLO_MS,
        writeSloMs: WRITE_SLO_MS,
        next,
        seed,
      });
      await sleep(3_000); // let the outbox, the worker and the collector catch up between steps
      return result;
    };
    // Warm-up (not counted): JIT, plan caches, connection pools.
    await step(ctx.start, Math.min(5, ctx.stepSeconds), 1);
    const steps: StepResult[] = [];
    let pass = 0;
    let fail = 0;
    let rate = ctx.start;
    for (let n = 0; n < ctx.maxSteps; n++) {
      const r = await step(round(rate, 1), ctx.stepSeconds, 100 + n);
      steps.push(r);
      console.log(line(r));
      if (r.pass) pass = Math.max(pass, r.rate);
      else {
        fail = r.rate;
        break;
      }
      rate *= ctx.factor;
    }
    for (let n = 0; n < ctx.refine && fail > 0 && fail - pass > Math.max(2, pass * 0.05); n++) {
      const r = await step(round((pass + fail) / 2, 1), ctx.stepSeconds, 200 + n);
      steps.push(r);
      console.log(line(r));
      if (r.pass) pass = r.rate;
      else fail = r.rate;
    }
    console.log(`   capacity within the SLO: ${pass || '< ' + ctx.start} req/s`);
    return { ...run, capacity: pass, steps };
  } finally {
    for (const api of apis) await api.stop();
    pinSelf(null);
  }
}

const line = (r: StepResult): string =>
  `   ${String(r.rate).padStart(7)} req/s → ${String(r.achieved).padStart(7)} answered/s; reads p50 ${r.reads.p50} p99 ${r.reads.p99} ms; writes p50 ${r.writes.p50} p99 ${r.writes.p99} ms; ${r.pass ? 'held' : `BROKE: ${r.reasons.join('; ')}`}`;

/** Pins this process (the load generator) to `cores`, or lets it run anywhere. */
function pinSelf(cores: string | null): void {
  try {
    execFileSync('taskset', ['-pc', cores ?? '0-1023', String(process.pid)], { stdio: 'ignore' });
  } catch {
    // no taskset, or fewer cores: run unpinned
  }
}

/** Forgets this bench's cached public answers, so each search starts cold. */
async function clearCache(redis: Redis): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${BENCH_REDIS_PREFIX}:public-cache:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
}

function startWorker(mailDir: string): ChildProcess {
  const cmd = pinnedCommand(null, process.execPath, [distPath('apps', 'worker', 'src', 'main.js')]);
  return spawn(cmd.command, cmd.args, {
    env: {
      ...(process.env as Record<string, string>),
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: benchDatabaseUrl(),
      REDIS_URL: benchRedisUrl(),
      REDIS_PREFIX: BENCH_REDIS_PREFIX,
      QUEUE_BACKEND: 'redis',
      MAIL_DIR: mailDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function logIn(url: string, world: SearchContext['world']): Promise<SloPeople> {
  const admins = world.admins.slice(0, 50);
  const logins = await loginAll(
    url,
    [world.staff.email, ...world.moderators.map((m) => m.email), ...admins.map((a) => a.email)],
    BENCH_PASSWORD,
  );
  const token = (email: string) => logins.get(email)?.token as string;
  return {
    staff: token(world.staff.email),
    moderators: world.moderators.map((m) => token(m.email)),
    admins: admins.map((a) => ({
      token: token(a.email),
      orgId: a.orgId,
      roundId: (world.roundsByRegion.get(a.region) ?? [])[0]?.id as string,
    })),
  };
}

/** Two drafts per admin, made through the api, for the autosaves. */
async function makeDrafts(url: string, people: SloPeople, ctx: SearchContext): Promise<void> {
  let n = 0;
  for (const [i, admin] of people.admins.entries()) {
    for (let k = 0; k < 2; k++) {
      const text = newDraft(900_000 + n++, ctx.world);
      const { createSubmission } = await gqlOk<{ createSubmission: { id: string; version: number } }>(
        url,
        `mutation($input: CreateSubmissionInput!) { createSubmission(input: $input) { id version } }`,
        { input: { ...text, roundId: admin.roundId, organisationId: admin.orgId, disclosure: 'NAMED' } },
        admin.token,
      );
      ctx.data.drafts.push({ id: createSubmission.id, version: createSubmission.version, admin: i });
    }
  }
}

async function loadData(pool: Pool, world: SearchContext['world']): Promise<SloData> {
  const approvedIds = (
    await pool.query<{ id: string }>(
      `SELECT id FROM submissions WHERE status = 'APPROVED' AND disclosure <> 'INTERNAL_ONLY' ORDER BY md5(id::text) LIMIT 2000`,
    )
  ).rows.map((r) => r.id);
  const sessionIds = (
    await pool.query<{ id: string }>(
      `SELECT id FROM negotiation_sessions WHERE reference_key LIKE 'BENCH-%' ORDER BY reference_key`,
    )
  ).rows.map((r) => r.id);
  const waiting = (await unclaimedWaiting(pool, 50_000)).map((w) => w.id).reverse();
  return {
    approvedIds,
    roundIds: [...world.roundsByRegion.values()].flat().map((r) => r.id),
    sessionIds,
    focusSessionId: world.focusSessionId,
    waiting,
    drafts: [],
    tags: world.tags,
    world,
  };
}

function report(searches: Search[], machine: Machine, submissions: number): string {
  const find = (mix: MixName, topology: 1 | 2, cache: boolean) =>
    searches.find((s) => s.mix === mix && s.topology === topology && s.cache === cache);
  const rows: string[] = [];
  const variants: { mix: MixName; cache: boolean; label: string }[] = [
    { mix: 'deadline', cache: false, label: 'deadline day, no cache' },
    { mix: 'deadline', cache: true, label: 'deadline day, with the public cache' },
    { mix: 'session', cache: false, label: 'session week, no cache' },
    { mix: 'session', cache: true, label: 'session week, with the public cache' },
  ];
  for (const v of variants) {
    const one = find(v.mix, 1, v.cache);
    const two = find(v.mix, 2, v.cache);
    if (!one && !two) continue;
    const ratio = one && two && one.capacity > 0 ? `${round(two.capacity / one.capacity, 2)}×` : '—';
    rows.push(`| ${v.label} | ${one ? one.capacity : '—'} | ${two ? two.capacity : '—'} | ${ratio} |`);
  }
  const table = [
    `## Capacity within the SLO (req/s), ${sizeLabel(submissions)} submissions`,
    '',
    `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}; PostgreSQL, Redis, the worker and the load generator on the same machine; load average at start ${machine.loadAverageAtStart.join(' ')}.`,
    `SLO: reads p99 ≤ ${READ_SLO_MS} ms, writes p99 ≤ ${WRITE_SLO_MS} ms, zero errors, open-loop arrivals.`,
    '',
    '| mix | 1 process, 1 core | 2 processes, 2 cores | ratio |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
    ...Object.entries(MIX_DESCRIPTIONS).map(([k, d]) => `- ${k}: ${d}`),
  ].join('\n');
  console.log(`\n${table}`);
  return table;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:slo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
