import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { Pool } from 'pg';
import { startApi, ServerProcess } from './lib/api-process';
import {
  Args,
  BENCH_PASSWORD,
  benchDatabaseUrl,
  distPath,
  pinnedCommand,
  processMemory,
  sizeLabel,
} from './lib/bench-env';
import { loadWorld, unclaimedWaiting } from './lib/bench-world';
import { worldCounts } from './lib/generate';
import { gql, loginAll, QUERIES } from './lib/graphql-client';
import { LoadPlan, LoadReport } from './lib/load-types';
import { describeMachine, writeResults } from './lib/results';
import { round } from './lib/stats';

const USAGE = `Usage: npm run bench:load [-- options]

Drives the api with autocannon from a separate process: 80 % reads (moderation queue, submissions
and consultation-round pages), 15 % submission writes (create + submit), 5 % moderation writes
(claim + tag + decide), with real tokens of the bench users. Loopback only; stops by itself.

  --duration 60        seconds of load
  --connections 200    concurrent connections
  --url <url>          use a running api (against the bench database) instead of starting one
  --api-pid <pid>      with --url: the api's pid, to report its RSS
  --users 50           organisation admins to log in (each submits for its organisation)
  --api-log-level warn LOG_LEVEL of the api this starts
  --no-pin             do not pin the api to core 0 and the load generator to core 1
`;

const memoryOf = (pid: number | null) => (pid ? processMemory(pid) : null);

async function main(): Promise<void> {
  const args = new Args(process.argv.slice(2));
  if (args.flag('help')) {
    console.log(USAGE);
    return;
  }
  args.only(['duration', 'connections', 'url', 'api-pid', 'users', 'api-log-level', 'no-pin', 'help']);
  const duration = args.number('duration', 60);
  const connections = Math.round(args.number('connections', 200));
  const pin = !args.flag('no-pin');
  const url = args.string('url');
  if (url && !/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/.test(url))
    throw new Error('--url must be a loopback address (http://127.0.0.1:PORT)');
  const pool = new Pool({ connectionString: benchDatabaseUrl(), max: 4, application_name: 'plenary-bench-load' });
  let api: ServerProcess | null = null;
  try {
    const machine = await describeMachine(pool);
    const world = await loadWorld(pool);
    const counts = await worldCounts(pool);
    if (!url) api = await startApi({ core: pin ? 0 : null, logLevel: args.string('api-log-level') ?? 'warn' });
    const base = (url ?? api?.url ?? '').replace(/\/$/, '');
    const apiPid = api?.pid ?? (args.string('api-pid') ? Number(args.string('api-pid')) : null);
    console.log(
      `bench:load against ${base} (${sizeLabel(counts.submissions)} submissions${api?.pinned ? '; api on core 0' : ''}), ${connections} connections for ${duration} s`,
    );

    const admins = world.admins.slice(0, Math.round(args.number('users', 50)));
    const logins = await loginAll(
      base,
      [...world.moderators.map((m) => m.email), ...admins.map((a) => a.email)],
      BENCH_PASSWORD,
    );
    const moderators = world.moderators.map((m) => logins.get(m.email)?.token as string);
    // One read of each kind, so the api's first requests (JIT, plan caches) are not counted.
    for (let i = 0; i < 20; i += 1) {
      await gql(base, QUERIES.moderationQueue, { first: 20 }, moderators[i % moderators.length]);
      await gql(base, QUERIES.submissions, { first: 20 }, logins.get(admins[i % admins.length].email)?.token);
      await gql(base, QUERIES.consultationRounds, { first: 20 });
    }
    const waiting = await unclaimedWaiting(pool, 5_000);
    const plan: LoadPlan = {
      url: base,
      duration,
      connections,
      moderators,
      admins: admins.map((a) => ({
        token: logins.get(a.email)?.token as string,
        orgId: a.orgId,
        roundIds: (world.roundsByRegion.get(a.region) ?? []).map((r) => r.id),
      })),
      waiting: waiting.map((w) => w.id),
      tags: world.tags,
      articleIds: world.articleIds,
      regions: [...world.roundsByRegion.keys()],
    };
    const before = memoryOf(apiPid);
    const report = await drive(plan, pin, duration);
    const after = memoryOf(apiPid);
    print(report, before, after);
    const rows = [
      {
        id: 'load',
        what: `${connections} connections, ${duration} s, 80/15/5 mix`,
        ours: report.throughput,
        baseline: NaN,
        unit: 'req/s',
        ratio: NaN,
        ratioMeaning: '',
        target: 'zero errors',
        pass: report.non2xx + report.graphqlErrors + report.socketErrors + report.timeouts === 0,
        rounds: 1,
        note: `p50 ${report.latency.p50} ms, p99 ${report.latency.p99} ms, p99.9 ${report.latency.p999} ms`,
      },
      {
        id: 'load-read',
        what: 'reads',
        ours: report.byClass.read.p99,
        baseline: NaN,
        unit: 'ms p99',
        ratio: NaN,
        ratioMeaning: '',
        target: '≤ 200 ms',
        pass: report.byClass.read.p99 <= 200,
        rounds: 1,
      },
      {
        id: 'load-write',
        what: 'writes (submission, moderation)',
        ours: Math.max(report.byClass['submission-write'].p99, report.byClass['moderation-write'].p99),
        baseline: NaN,
        unit: 'ms p99',
        ratio: NaN,
        ratioMeaning: '',
        target: '≤ 500 ms',
        pass: Math.max(report.byClass['submission-write'].p99, report.byClass['moderation-write'].p99) <= 500,
        rounds: 1,
      },
    ];
    const files = writeResults('load', {
      machine,
      options: { duration, connections, pinned: pin, url: url ?? 'started by bench:load' },
      sizes: [{ size: counts.submissions, counts, rows, errors: [] }],
      extra: [
        '## Report',
        '',
        '```json',
        JSON.stringify({ report, apiMemoryBefore: before, apiMemoryAfter: after }, null, 2),
        '```',
      ].join('\n'),
    });
    console.log(`\nwrote ${files.md}\n      ${files.json}`);
  } finally {
    await api?.stop();
    await pool.end();
  }
}

function drive(plan: LoadPlan, pin: boolean, duration: number): Promise<LoadReport> {
  const cmd = pinnedCommand(pin ? 1 : null, process.execPath, [distPath('test', 'bench', 'load-driver.js')]);
  const child = spawn(cmd.command, cmd.args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    // Bounded: autocannon stops itself after `duration`; this is the backstop.
    const timer = setTimeout(() => child.kill('SIGKILL'), (duration + 60) * 1000);
    child.once('message', (message: LoadReport | { error: string }) => {
      clearTimeout(timer);
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`load driver exited with code ${code} before reporting`));
    });
    child.send(plan);
  });
}

function print(
  r: LoadReport,
  before: { rssMiB: number } | null,
  after: { rssMiB: number; peakMiB: number } | null,
): void {
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(26)} ${value}`);
  console.log('\nResults');
  line('requests', `${r.requests} in ${r.durationSeconds} s`);
  line('throughput', `${r.throughput} req/s`);
  line(
    'latency (all)',
    `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, p99.9 ${r.latency.p999} ms, max ${r.latency.max} ms`,
  );
  for (const [cls, s] of Object.entries(r.byClass)) {
    line(
      `  ${cls}`,
      `${s.requests} requests (${round((s.requests / Math.max(1, r.requests)) * 100, 1)} %), p50 ${s.p50} ms, p99 ${s.p99} ms, p99.9 ${s.p999} ms, non-2xx ${s.non2xx}, GraphQL errors ${s.graphqlErrors}`,
    );
  }
  line('non-2xx responses', String(r.non2xx));
  line('GraphQL errors in bodies', String(r.graphqlErrors));
  line('socket errors / timeouts', `${r.socketErrors} / ${r.timeouts}`);
  if (Object.keys(r.errorCodes).length) line('error codes', JSON.stringify(r.errorCodes));
  line('operations', JSON.stringify(r.byOperation));
  line(
    'flows',
    `${r.flows.createsSubmitted} submissions created and submitted, ${r.flows.decisionsMade} decisions, ${r.flows.abortedSteps} flow steps replaced by reads`,
  );
  line(
    'api RSS',
    before && after
      ? `${before.rssMiB.toFixed(0)} MiB before, ${after.rssMiB.toFixed(0)} MiB after (peak ${after.peakMiB.toFixed(0)} MiB)`
      : 'unknown (pass --api-pid with --url)',
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
