import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { Pool } from 'pg';
import { prepareBenchData } from './bench-data';
import { startApi, startBareServer, ServerProcess } from './lib/api-process';
import { Args, BENCH_PASSWORD, benchDatabaseUrl, parseSize, sizeLabel } from './lib/bench-env';
import { loadWorld } from './lib/bench-world';
import { BenchContext, BenchOptions, ResultRow } from './lib/context';
import { worldCounts } from './lib/generate';
import { loginAll } from './lib/graphql-client';
import { describeMachine, printRows, SizeResult, writeResults } from './lib/results';
import { measureDigests } from './measure/digests';
import { measureDeepPage, measureQueuePage } from './measure/reads';
import { measureQueueLayer } from './measure/queue-layer';
import { measurePeerCreate, measurePeerModerate } from './measure/peer';
import { measureCreateSubmit, measureModerate } from './measure/writes';

const USAGE = `Usage: npm run bench [-- options]

Measures Plenary against raw PostgreSQL / Redis / BullMQ baselines on the bench database
(fill it first with npm run bench:data -- --size 1k). Each figure is the median of --rounds rounds,
ours and the baseline interleaved. Results go to test/bench/results/<timestamp>.md and .json.

  --sizes 1k,10k         run bench:data then the measurements for each size, one table per size
  --only M1,M2,...       measurements to run (M1 M2 M3 M4 M5 M6 M7; M4 and M5 run together; P1 P2, the
                         peer-shaped scenario: submit and moderate at 1 and 16 clients)
  --rounds 5             rounds per measurement (at least 5 for the published figures)
  --window 5             seconds per throughput window (M2)
  --connections 8        concurrent connections in M2 windows
  --write-ops 30         operations per round in M1 and M3
  --write-concurrency 4  clients at once in M1 and M3
  --jobs 300             jobs per round in M6
  --page-requests 20     requests per page per round in M7
  --m5-rounds <n>        compiles per format in M4/M5 (default: --rounds)
  --pdf-max-entries 5000 skip PDF above this many digest entries
  --pdf-concurrency <n>  PDF chunks printed at once (default: the worker's, one per two cores)
  --api-log-level warn   the api's LOG_LEVEL (info adds a log line per request)
  --no-pin               do not pin the servers to core 0 and this process to core 1
`;

const ALL = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'P1', 'P2'];

async function runSuite(
  options: BenchOptions,
  only: Set<string>,
  extra: { pin: boolean; logLevel: string; m5Rounds: number },
  log: (l: string) => void,
): Promise<{ rows: ResultRow[]; errors: string[]; counts: Record<string, number> }> {
  const pool = new Pool({
    connectionString: benchDatabaseUrl(),
    max: 12,
    application_name: 'plenary-bench',
    connectionTimeoutMillis: 10_000,
  });
  const servers: ServerProcess[] = [];
  const rows: ResultRow[] = [];
  const errors: string[] = [];
  try {
    const world = await loadWorld(pool);
    const counts = await worldCounts(pool);
    const api = await startApi({ core: extra.pin ? 0 : null, logLevel: extra.logLevel });
    servers.push(api);
    const bare = await startBareServer({ core: extra.pin ? 0 : null });
    servers.push(bare);
    log(
      `api ${api.url} (pid ${api.pid}${api.pinned ? ', core 0' : ''}), bare pg server ${bare.url}; ${world.waiting} waiting, ${world.approvedInFocusSession} approved in the digest session`,
    );
    const admins = world.admins.slice(0, 50);
    const tokens = await loginAll(
      api.url,
      [world.staff.email, ...world.moderators.map((m) => m.email), ...admins.map((a) => a.email)],
      BENCH_PASSWORD,
    );
    const ctx: BenchContext = {
      api,
      bare,
      pool,
      world: { ...world, admins },
      tokens: {
        staff: tokens.get(world.staff.email)?.token as string,
        moderators: world.moderators.map((m) => tokens.get(m.email)?.token as string),
        admins: new Map(admins.map((a) => [a.email, tokens.get(a.email)?.token as string])),
      },
      options,
      log,
    };
    const attempt = async (id: string, work: () => Promise<ResultRow | ResultRow[]>) => {
      if (!only.has(id)) return;
      log(`${id}…`);
      try {
        const out = await work();
        rows.push(...(Array.isArray(out) ? out : [out]));
      } catch (error) {
        const message = `${id} failed: ${error instanceof Error ? error.message : String(error)}`;
        log(`  ${message}`);
        errors.push(message);
      }
    };
    await attempt('M1', () => measureCreateSubmit(ctx));
    await attempt('M2', () => measureQueuePage(ctx));
    await attempt('M3', () => measureModerate(ctx));
    await attempt('P1', () => measurePeerCreate(ctx));
    await attempt('P2', () => measurePeerModerate(ctx));
    await attempt('M7', () => measureDeepPage(ctx));
    await attempt('M6', () => measureQueueLayer(ctx));
    log(
      `api RSS after the HTTP measurements: ${api.memory()?.rssMiB.toFixed(0) ?? '?'} MiB (peak ${api.memory()?.peakMiB.toFixed(0) ?? '?'} MiB)`,
    );
    for (const s of servers.splice(0)) await s.stop();
    if (only.has('M4') || only.has('M5'))
      await attempt('M5', async () => (await measureDigests(ctx, extra.m5Rounds)).rows);
    rows.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    return { rows, errors, counts };
  } finally {
    for (const s of servers) await s.stop();
    await pool.end();
  }
}

async function main(): Promise<void> {
  const args = new Args(process.argv.slice(2));
  if (args.flag('help')) {
    console.log(USAGE);
    return;
  }
  args.only([
    'sizes',
    'only',
    'rounds',
    'window',
    'connections',
    'write-ops',
    'write-concurrency',
    'jobs',
    'page-requests',
    'm5-rounds',
    'pdf-max-entries',
    'pdf-concurrency',
    'api-log-level',
    'no-pin',
    'help',
  ]);
  const options: BenchOptions = {
    rounds: Math.round(args.number('rounds', 5)),
    window: args.number('window', 5),
    connections: Math.round(args.number('connections', 8)),
    writeOps: Math.round(args.number('write-ops', 30)),
    writeConcurrency: Math.round(args.number('write-concurrency', 4)),
    jobs: Math.round(args.number('jobs', 300)),
    pageRequests: Math.round(args.number('page-requests', 20)),
    pdfMaxEntries: Math.round(args.number('pdf-max-entries', 5000)),
    pdfConcurrency: args.string('pdf-concurrency') ? Math.round(args.number('pdf-concurrency', 1)) : null,
  };
  const only = new Set((args.string('only') ?? ALL.join(',')).split(',').map((s) => s.trim().toUpperCase()));
  for (const o of only) if (!ALL.includes(o)) throw new Error(`--only: unknown measurement ${o}`);
  const extra = {
    pin: !args.flag('no-pin'),
    logLevel: args.string('api-log-level') ?? 'warn',
    m5Rounds: Math.round(args.number('m5-rounds', options.rounds)),
  };
  if (extra.pin) {
    // This process generates the load; the servers get core 0.
    try {
      execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
    } catch {
      extra.pin = false;
    }
  }
  const log = (line: string) => console.log(line);
  const sizes = args.string('sizes')?.split(',').map(parseSize) ?? [null];
  const results: SizeResult[] = [];
  let files: { md: string; json: string } | undefined;
  // The server's own database: with --sizes the bench database may not exist yet (bench:data makes it).
  const server = new URL(benchDatabaseUrl());
  server.pathname = '/postgres';
  const probe = new Pool({ connectionString: server.toString(), max: 1 });
  let machine;
  try {
    machine = await describeMachine(probe);
  } finally {
    await probe.end();
  }
  for (const size of sizes) {
    let dataSeconds: number | undefined;
    if (size !== null) {
      console.log(`\n=== ${sizeLabel(size)} ===`);
      dataSeconds = (await prepareBenchData(size, log)).seconds;
    }
    const out = await runSuite(options, only, extra, log);
    results.push({
      size: size ?? out.counts.submissions,
      dataSeconds,
      counts: out.counts,
      rows: out.rows,
      errors: out.errors,
    });
    printRows(
      `Results at ${out.counts.submissions} submissions${dataSeconds ? ` (bench:data ${dataSeconds.toFixed(1)} s)` : ''}`,
      out.rows,
    );
    for (const e of out.errors) console.log(`  ERROR ${e}`);
    // Written after every size, so a later failure keeps what was measured.
    const payload = {
      machine,
      options: { ...options, only: [...only], ...extra },
      sizes: results,
      extra: flatMemorySummary(results),
    };
    files = writeResults('bench', payload, files);
  }
  const extraMd = flatMemorySummary(results);
  if (extraMd) console.log(`\n${extraMd}`);
  if (files) console.log(`\nwrote ${files.md}\n      ${files.json}`);
  if (results.some((r) => r.errors.length)) process.exitCode = 1;
}

/** Flat memory across sizes: the largest size's compile peak against the smallest's (target ≤ 1.5×). */
function flatMemorySummary(results: SizeResult[]): string {
  if (results.length < 2) return '';
  const small = results[0];
  const large = results[results.length - 1];
  const lines = [
    '## Flat memory: peak RSS of each digest format, largest size ÷ smallest (target ≤ 1.5)',
    '',
    '| format | ' + `${small.size} | ${large.size} | ratio |`,
    '|---|---:|---:|---:|',
  ];
  for (const r of large.rows.filter((x) => x.id.startsWith('M5-'))) {
    const peak = (row: ResultRow | undefined) => Number(/peak RSS (\d+)/.exec(row?.note ?? '')?.[1] ?? NaN);
    const a = peak(small.rows.find((x) => x.id === r.id));
    const b = peak(r);
    const cell = (mib: number) => (Number.isNaN(mib) ? 'skipped' : `${mib} MiB`);
    const ratio = Number.isNaN(a) || Number.isNaN(b) ? '—' : (b / a).toFixed(2);
    lines.push(`| ${r.id.slice(3)} | ${cell(a)} | ${cell(b)} | ${ratio} |`);
  }
  return lines.join('\n');
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
