/// <reference lib="dom" />
// (page.waitForFunction callbacks run in the browser: DOM types for them.)
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { NestFactory } from '@nestjs/core';
import {
  createDataSource,
  dropDatabase,
  ensureDatabase,
  loadConfig,
  runMigrations,
  settleQueueBackend,
} from '@app/platform';
import Redis from 'ioredis';
import { Client } from 'pg';
import { Browser, BrowserContext, CDPSession, chromium, Page } from 'playwright-core';
import { CliConfig } from '../../apps/cli/src/cli.config';
import { ALL_ENTITIES, CliModule } from '../../apps/cli/src/cli.module';
import { DEMO_PASSWORD, DemoSeeder } from '../../apps/cli/src/demo.seeder';
import { ReferenceSeeder } from '../../apps/cli/src/reference.seeder';
import { startApi, ServerProcess } from './lib/api-process';
import { Args, benchDatabaseUrl, benchRedisUrl, distPath } from './lib/bench-env';
import { gqlOk, login, QUERIES } from './lib/graphql-client';
import { median } from './lib/stats';

const USAGE = `Usage: npm run bench:web [-- --loads 3]

WEB.md's budgets, measured in Chromium against the built api serving the built web client, on the
demo world in a throw-away database (created, migrated, seeded, dropped at the end):

1. first-load JavaScript per area (cold load, cache disabled), gzipped, beside the budget;
2. time to content on an emulated slow connection (400 ms latency, 400 kbit/s down and up, cache
   disabled, cold load) for the home page, a public round page and the submission editor, the
   median of --loads loads, beside WEB.md's targets.

  --loads 3        loads per page for the timings
  --gzip-proxy     also time the loads through a local proxy that gzips what the api serves, as a
                   compressing reverse proxy in front of it would (the api itself sends precompressed
                   assets and compresses GraphQL answers of 1 KB or more)
  --waterfall      print each timed page's requests (sent, answered, finished; ms) for its last load
  --with-digests   load the demo with its compiled digests (three PDF prints: minutes); by default
                   the demo is loaded as on a machine without Chromium, where the digest is skipped

A benchmark, not a test: it prints figures and verdicts and exits 0 unless something broke.`;

const KB = 1024;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** WEB.md: 400 kbit/s and a 400 ms round trip; CDP takes bytes per second. */
const SLOW = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const LOAD_TIMEOUT_MS = 60_000;
/** The draft the editor opens: its body starts with this, so "loaded" means this text is in the field. */
const DRAFT_OPENING = 'Cross-border production orders must be authorised by an independent judge.';

type Role = 'anonymous' | 'member' | 'moderator' | 'staff';
const DEMO_LOGINS: Record<Exclude<Role, 'anonymous'>, string> = {
  member: 'member.ag@plenary.demo',
  moderator: 'moderator@plenary.demo',
  staff: 'staff@plenary.demo',
};

interface Script {
  url: string;
  /** Bytes on the wire (headers and body), as Chromium counted them. */
  wire: number;
  /** The body gzipped here at level 9 (what bundle-budget.spec.ts measures). */
  gzipped: number;
  contentEncoding: string;
}

/** Every response of one page, through CDP's Network events (not Playwright's, which skip nothing but hide the byte counts). */
class NetworkLog {
  private readonly responses = new Map<string, { url: string; mimeType: string; encoding: string }>();
  readonly finished = new Map<string, number>();
  /** requestId → [url, sent, response headers, finished] in CDP's monotonic seconds. */
  private readonly timeline = new Map<string, { url: string; sent: number; headers?: number; done?: number }>();
  private inflight = 0;
  private lastActivity = Date.now();

  constructor(readonly cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (e) => {
      this.timeline.set(e.requestId, { url: e.request.url, sent: e.timestamp });
      this.touch(+1);
    });
    cdp.on('Network.responseReceived', (e) => {
      const entry = this.timeline.get(e.requestId);
      if (entry) entry.headers = e.timestamp;
    });
    cdp.on('Network.responseReceived', (e) =>
      this.responses.set(e.requestId, {
        url: e.response.url,
        mimeType: e.response.mimeType,
        encoding: headerOf(e.response.headers, 'content-encoding'),
      }),
    );
    cdp.on('Network.loadingFinished', (e) => {
      const entry = this.timeline.get(e.requestId);
      if (entry) entry.done = e.timestamp;
      this.finished.set(e.requestId, e.encodedDataLength);
      this.touch(-1);
    });
    cdp.on('Network.loadingFailed', () => this.touch(-1));
  }

  static async attach(context: BrowserContext, page: Page, slow: boolean): Promise<NetworkLog> {
    const cdp = await context.newCDPSession(page);
    const log = new NetworkLog(cdp);
    await cdp.send('Network.enable', { maxTotalBufferSize: 64 * 1024 * 1024, maxResourceBufferSize: 16 * 1024 * 1024 });
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW);
    return log;
  }

  private touch(delta: number): void {
    this.inflight = Math.max(0, this.inflight + delta);
    this.lastActivity = Date.now();
  }

  /** No request in flight for `quietMs` (at most `maxMs`). */
  async quiet(quietMs = 1_000, maxMs = 15_000): Promise<void> {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline) {
      if (this.inflight === 0 && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** One line per request, in the order sent: when it was sent, answered and finished (ms from the first), and its size. */
  waterfall(): string {
    const entries = [...this.timeline.entries()];
    const start = Math.min(...entries.map(([, e]) => e.sent));
    const at = (t?: number) => (t === undefined ? '—' : String(Math.round((t - start) * 1000)));
    const rows = [['request', 'sent', 'headers', 'done', 'bytes']];
    for (const [id, e] of entries) {
      const url = new URL(e.url);
      rows.push([url.pathname.slice(0, 48), at(e.sent), at(e.headers), at(e.done), kb(this.finished.get(id) ?? 0)]);
    }
    return table(rows);
  }

  /** Bytes on the wire of every finished response. */
  wireBytes(): number {
    return [...this.finished.values()].reduce((a, b) => a + b, 0);
  }

  async scripts(): Promise<Script[]> {
    const out: Script[] = [];
    for (const [id, res] of this.responses) {
      if (!/javascript/.test(res.mimeType) || !this.finished.has(id)) continue;
      const { body, base64Encoded } = (await this.cdp.send('Network.getResponseBody', { requestId: id })) as {
        body: string;
        base64Encoded: boolean;
      };
      const bytes = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
      out.push({
        url: res.url,
        wire: this.finished.get(id) ?? 0,
        gzipped: gzipSync(bytes, { level: 9 }).length,
        contentEncoding: res.encoding,
      });
    }
    return out;
  }
}

function headerOf(headers: Record<string, string>, name: string): string {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : '';
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const table = (rows: string[][]): string => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

/** The demo world as `npm start` loads it, in a database of its own. */
async function seedDemo(databaseUrl: string, redisPrefix: string, files: string, withDigests: boolean): Promise<void> {
  const config = loadConfig(CliConfig, {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: benchRedisUrl(),
    REDIS_PREFIX: redisPrefix,
    QUEUE_BACKEND: 'redis',
    LOG_LEVEL: 'warn',
    FILE_STORAGE: 'disk',
    FILE_STORAGE_DIR: files,
    // No Chromium for the seed (unless --with-digests): the demo then skips its digest, as it does
    // on a machine without Chromium (README), instead of printing three PDFs.
    ...(withDigests ? {} : { CHROMIUM_PATH: join(files, 'no-chromium') }),
  });
  await settleQueueBackend(config);
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: withDigests ? ['error', 'warn'] : ['error'],
  });
  try {
    await app.get(ReferenceSeeder).run();
    await app.get(DemoSeeder).run();
  } finally {
    await app.close();
  }
}

interface World {
  roundId: string;
  roundTitle: string;
  approvedInRound: number;
  draftId: string;
}

/** The public round with the most approved submissions, and a fresh draft of the demo member's in their round. */
async function prepareWorld(databaseUrl: string, apiUrl: string): Promise<World> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const round = (
      await db.query<{ id: string; title: string; approved: string }>(
        `SELECT r.id, r.title, count(s.id) AS approved FROM consultation_rounds r
           JOIN submissions s ON s.round_id = r.id AND s.status = 'APPROVED'
          GROUP BY r.id ORDER BY count(s.id) DESC, r.title LIMIT 1`,
      )
    ).rows[0];
    const mine = (
      await db.query<{ organisation_id: string; round_id: string }>(
        `SELECT m.organisation_id, r.id AS round_id FROM users u
           JOIN memberships m ON m.user_id = u.id
           JOIN organisations o ON o.id = m.organisation_id
           JOIN consultation_rounds r ON r.region = o.region AND r.status IN ('SCHEDULED', 'OPEN')
                AND r.opens_at <= now() AND r.closes_at > now()
          WHERE u.email_normalized = $1 LIMIT 1`,
        [DEMO_LOGINS.member],
      )
    ).rows[0];
    if (!round || !mine)
      throw new Error('the demo world has no round with approved submissions or no open round for the demo member');
    const { token } = await login(apiUrl, DEMO_LOGINS.member, DEMO_PASSWORD);
    const paragraph = (n: number) =>
      `${n === 0 ? DRAFT_OPENING : 'Notice to the person concerned must follow once it no longer endangers the investigation.'} ` +
      'Requests must name the provision relied on, the offence, the data sought and the period it covers. ' +
      'Service providers must be able to challenge a request before a court of the requested State. ' +
      'Statistics on requests received, granted and refused should be published every year by each State Party.';
    const draft = await gqlOk<{ createSubmission: { id: string } }>(
      apiUrl,
      QUERIES.createSubmission,
      {
        input: {
          roundId: mine.round_id,
          organisationId: mine.organisation_id,
          title: 'Judicial authorisation of cross-border production orders',
          summary: 'Every production order needs an independent judge, notice to the person concerned and a remedy.',
          body: Array.from({ length: 8 }, (_, n) => paragraph(n)).join('\n\n'),
          language: 'en',
          disclosure: 'NAMED',
        },
      },
      token,
    );
    // What the round page lists: the public query's first page (INTERNAL_ONLY positions are never listed).
    const listed = await gqlOk<{ submissions: { edges: unknown[] } }>(
      apiUrl,
      'query Listed($roundId: ID!) { submissions(filter: { roundId: $roundId }, first: 20) { edges { node { id } } } }',
      { roundId: round.id },
    );
    return {
      roundId: round.id,
      roundTitle: round.title,
      approvedInRound: listed.submissions.edges.length,
      draftId: draft.createSubmission.id,
    };
  } finally {
    await db.end();
  }
}

/** Logs in through the web client's login page, as the browser tests do; the refresh cookie stays in the context. */
async function loggedInContext(browser: Browser, baseURL: string, role: Role): Promise<BrowserContext> {
  const context = await newContext(browser, baseURL);
  if (role === 'anonymous') return context;
  const page = await context.newPage();
  await page.goto('/login');
  await page.locator('#login-email').fill(DEMO_LOGINS[role]);
  await page.locator('#login-password').fill(DEMO_PASSWORD);
  await page.locator('main button[type=submit]').click();
  await page.locator('.site-header__who').waitFor();
  await page.close();
  return context;
}

function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/Vienna',
    viewport: { width: 1280, height: 900 },
  });
}

interface SizeTarget {
  area: string;
  path: string;
  role: Role;
  /** [KB, where the figure comes from] */
  budget?: [number, string];
}

/** Loads a page cold (fresh page, cache disabled) and sums the JavaScript Chromium downloaded until the page settled. */
async function firstLoadJs(
  context: BrowserContext,
  target: SizeTarget,
): Promise<{ scripts: Script[]; heading: string }> {
  const page = await context.newPage();
  try {
    const network = await NetworkLog.attach(context, page, false);
    await page.goto(target.path, { timeout: LOAD_TIMEOUT_MS });
    const heading = await page.waitForFunction(
      () => {
        const h1 = document.querySelector('main h1');
        const text = h1?.textContent?.trim() ?? '';
        return text && text !== 'Loading…' ? text : false;
      },
      null,
      { timeout: LOAD_TIMEOUT_MS },
    );
    await network.quiet(1_500);
    return { scripts: await network.scripts(), heading: String(await heading.jsonValue()) };
  } finally {
    await page.close();
  }
}

type ContentKind = 'home' | 'round' | 'editor';

/**
 * Runs in the page at every animation frame: performance.now() (milliseconds since navigation
 * start) once the content is there, false before.
 */
function contentIsThere(arg: { kind: ContentKind; title: string; approved: number; opening: string }): number | false {
  let there: boolean;
  if (arg.kind === 'home')
    there =
      !!document.querySelector('main h1') &&
      document.querySelectorAll('section[aria-labelledby="open-rounds"] li.card').length > 0;
  else if (arg.kind === 'round')
    there =
      document.querySelector('main h1')?.textContent?.trim() === arg.title &&
      document.querySelectorAll('main .submissions li.card').length >= arg.approved;
  else {
    const body = document.querySelector<HTMLTextAreaElement>('#editor-body');
    there = !!body && !body.disabled && !body.readOnly && body.value.startsWith(arg.opening);
  }
  return there ? performance.now() : false;
}

interface TimedTarget {
  name: string;
  path: string;
  role: Role;
  content: string;
  /** Which of `contentIsThere`'s conditions. */
  kind: ContentKind;
  targetMs?: number;
}

/** One throttled cold load: milliseconds from navigation start to the content (performance.now() in the page). */
async function timeToContent(
  context: BrowserContext,
  origin: string,
  target: TimedTarget,
  world: World,
): Promise<{ ms: number; wire: number; waterfall: string }> {
  const page = await context.newPage();
  try {
    const network = await NetworkLog.attach(context, page, true);
    const arg = {
      kind: target.kind,
      title: world.roundTitle,
      approved: world.approvedInRound,
      opening: DRAFT_OPENING,
    };
    await page.goto(origin + target.path, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    const handle = await page.waitForFunction(contentIsThere, arg, { polling: 'raf', timeout: LOAD_TIMEOUT_MS });
    const ms = Number(await handle.jsonValue());
    const wire = network.wireBytes();
    const waterfall = network.waterfall();
    if (target.role === 'member') {
      // Usable: typing reaches the text (checked unthrottled, outside the figure).
      await network.cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      const body = page.locator('#editor-body');
      await body.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Typed.');
      const value = await body.inputValue();
      if (!value.endsWith(' Typed.')) throw new Error('the editor did not take the typed text');
      await network.quiet(1_500, 10_000); // let the autosave finish
    }
    return { ms, wire, waterfall };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const args = new Args(process.argv.slice(2));
  if (args.flag('help')) return console.log(USAGE);
  args.only(['loads', 'gzip-proxy', 'waterfall', 'with-digests', 'help']);
  const loads = Math.round(args.number('loads', 3));
  const withDigests = args.flag('with-digests');
  const loadAverage = loadavg().map((l) => l.toFixed(2));

  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanUp = async () => {
    for (const step of cleanups.reverse()) await step().catch((e: unknown) => console.error(`cleanup: ${String(e)}`));
    cleanups.length = 0;
  };
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const run = randomBytes(4).toString('hex');
  const databaseUrl = databaseNamed(benchDatabaseUrl(), `plenary_bench_web_${run}`);
  const redisPrefix = `plenary-bench-web-${run}`;
  try {
    const started = performance.now();
    const files = mkdtempSync(join(tmpdir(), 'plenary-bench-web-'));
    cleanups.push(async () => rmSync(files, { recursive: true, force: true }));
    await ensureDatabase(databaseUrl);
    cleanups.push(() => dropDatabase(databaseUrl));
    cleanups.push(() => deleteKeys(redisPrefix));
    const step = (what: string) => console.error(`  ${((performance.now() - started) / 1000).toFixed(1)} s ${what}`);
    await migrate(databaseUrl);
    step('migrated a throw-away database');
    await seedDemo(databaseUrl, redisPrefix, files, withDigests);
    step('loaded the demo world');
    const api: ServerProcess = await startApi({
      core: null,
      databaseUrl,
      extraEnv: { REDIS_PREFIX: redisPrefix, WEB_DIR: distPath('web'), FILE_STORAGE: 'disk', FILE_STORAGE_DIR: files },
    });
    cleanups.push(() => api.stop());
    step('api started');
    const world = await prepareWorld(databaseUrl, api.url);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    console.log(
      `bench:web ${new Date().toISOString()}\n` +
        `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ` +
        `Chromium ${browser.version()}, load average at start ${loadAverage.join(' ')}\n` +
        `data: the demo world (npm start's${withDigests ? '' : ', its digest skipped as without Chromium'}) in a throw-away database, api at ${api.url} ` +
        `(NODE_ENV=production, built client from dist/web); ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const contexts = new Map<Role, BrowserContext>();
    const contextFor = async (role: Role) => {
      if (!contexts.has(role)) contexts.set(role, await loggedInContext(browser, api.url, role));
      return contexts.get(role)!;
    };

    // 1. First-load JavaScript per area.
    const public150: [number, string] = [150, 'WEB.md'];
    const sizeTargets: SizeTarget[] = [
      { area: 'public', path: '/', role: 'anonymous', budget: public150 },
      { area: 'public', path: `/rounds/${world.roundId}`, role: 'anonymous', budget: public150 },
      { area: 'account', path: '/login', role: 'anonymous', budget: [170, 'bundle-budget.spec'] },
      { area: 'workspace', path: `/workspace/submissions/${world.draftId}`, role: 'member' },
      { area: 'moderation desk', path: '/moderation', role: 'moderator' },
      { area: 'staff console', path: '/staff', role: 'staff' },
      { area: 'programme', path: '/programme', role: 'anonymous', budget: public150 },
    ];
    const sizeRows = [['area', 'page', 'scripts', 'on the wire', 'gzipped', 'budget', 'verdict']];
    const encodings = new Set<string>();
    for (const target of sizeTargets) {
      // A fresh context for anonymous pages: nothing of an earlier load is kept in memory.
      const context = target.role === 'anonymous' ? await newContext(browser, api.url) : await contextFor(target.role);
      const { scripts } = await firstLoadJs(context, target);
      if (target.role === 'anonymous') await context.close();
      for (const s of scripts) encodings.add(s.contentEncoding || 'none');
      const gz = scripts.reduce((a, s) => a + s.gzipped, 0);
      const wire = scripts.reduce((a, s) => a + s.wire, 0);
      sizeRows.push([
        target.area,
        target.path.replace(/[0-9a-f-]{36}/, '<id>'),
        String(scripts.length),
        kb(wire),
        kb(gz),
        target.budget ? `${target.budget[0]} KB (${target.budget[1]})` : '—',
        target.budget ? (gz <= target.budget[0] * KB ? 'within' : 'OVER') : '',
      ]);
    }
    console.log(
      `\nFirst-load JavaScript: a cold load of each page (fresh tab, cache disabled, no throttling), every script\n` +
        `response Chromium downloaded until the page had its heading and the network was quiet for 1.5 s (CDP\n` +
        `Network events). Content-Encoding of those responses: ${[...encodings].join(', ')}` +
        (encodings.size === 1 && encodings.has('none')
          ? ` — the api serves them uncompressed, so\n"gzipped" is each downloaded body gzipped here at level 9 (as bundle-budget.spec.ts does); "on the wire"\nis what was transferred, headers included.`
          : `; "gzipped" is each body gzipped here at level 9, "on the wire" what was transferred.`) +
        `\n\n${table(sizeRows)}`,
    );

    // 2. Time to content on a slow connection.
    const timed: TimedTarget[] = [
      {
        name: 'home /',
        path: '/',
        role: 'anonymous',
        content: 'heading and the open rounds listed',
        kind: 'home',
      },
      {
        name: 'round /rounds/<id>',
        path: `/rounds/${world.roundId}`,
        role: 'anonymous',
        content: `the round's title heading and its ${world.approvedInRound} approved submissions listed`,
        kind: 'round',
        targetMs: 5_000,
      },
      {
        name: 'editor /workspace/submissions/<id>',
        path: `/workspace/submissions/${world.draftId}`,
        role: 'member',
        content: '#editor-body enabled with the draft in it (then typing checked), logged in as the demo member',
        kind: 'editor',
        targetMs: 8_000,
      },
    ];
    const timeToContentTable = async (origin: string, how: string): Promise<void> => {
      const rows = [['page', 'loads (s)', 'median', 'downloaded', 'target', 'verdict']];
      const waterfalls: string[] = [];
      for (const target of timed) {
        const times: number[] = [];
        const wires: number[] = [];
        let waterfall = '';
        for (let i = 0; i < loads; i += 1) {
          const context =
            target.role === 'anonymous' ? await newContext(browser, origin) : await contextFor(target.role);
          let ms: number, wire: number;
          ({ ms, wire, waterfall } = await timeToContent(context, origin, target, world));
          if (target.role === 'anonymous') await context.close();
          times.push(ms);
          wires.push(wire);
        }
        const mid = median(times);
        rows.push([
          target.name,
          times.map((t) => (t / 1000).toFixed(2)).join(' '),
          seconds(mid),
          kb(median(wires)),
          target.targetMs ? `≤ ${target.targetMs / 1000} s` : '—',
          target.targetMs ? (mid <= target.targetMs ? 'met' : 'MISSED') : '',
        ]);
        if (args.flag('waterfall'))
          waterfalls.push(`${target.name}, the last load (ms from the first request):\n${waterfall}`);
      }
      console.log(`\n${how}\n${table(rows)}`);
      for (const waterfall of waterfalls) console.log(`\n${waterfall}`);
    };
    console.log(
      `\nTime to content on a slow connection: Chromium's throttling through CDP (latency ${SLOW.latency} ms, ` +
        `${(SLOW.downloadThroughput * 8) / 1000} kbit/s down and up),\ncache disabled, cold load (anonymous pages in a fresh context; ` +
        `the editor in a tab of the logged-in member, whose\nrefresh cookie the page exchanges first). From navigation start to: ` +
        timed.map((t) => `${t.name.split(' ')[0]} — ${t.content}`).join('; ') +
        `.\n"downloaded": bytes on the wire until then (median). Median of ${loads} loads.`,
    );
    await timeToContentTable(api.url, 'As the api serves it:');
    if (args.flag('gzip-proxy')) {
      const proxy = await gzipProxy(new URL(api.url));
      cleanups.push(
        () =>
          new Promise((resolve) => {
            proxy.server.closeAllConnections();
            proxy.server.close(resolve);
          }),
      );
      await timeToContentTable(
        proxy.url,
        'Through a local proxy that gzips text responses (level 6), as a compressing reverse proxy would:',
      );
    }
  } finally {
    await cleanUp();
  }
}

async function migrate(databaseUrl: string): Promise<void> {
  const config = loadConfig(CliConfig, { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' });
  const dataSource = await createDataSource(config, {
    entities: ALL_ENTITIES,
    applicationName: 'plenary-bench-web',
  }).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * A reverse proxy on loopback that gzips the api's text responses when the browser accepts gzip,
 * the way a compressing proxy in front of Plenary would (cookies are per host, not per port, so a
 * logged-in context stays logged in through it).
 */
async function gzipProxy(api: URL): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const upstream = request(
      { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        const gzip =
          /gzip/.test(String(req.headers['accept-encoding'] ?? '')) &&
          !answer.headers['content-encoding'] &&
          /javascript|json|html|css|text|svg/.test(type);
        const headers = { ...answer.headers };
        if (gzip) {
          delete headers['content-length'];
          headers['content-encoding'] = 'gzip';
          headers.vary = 'Accept-Encoding';
        }
        res.writeHead(answer.statusCode ?? 502, headers);
        if (gzip) answer.pipe(createGzip({ level: 6 })).pipe(res);
        else answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** The bench database's server, another database name: this run's own. */
function databaseNamed(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(benchRedisUrl(), { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:web failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
