import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvisionService, RoundService, SessionService } from '@app/consultations';
import { DigestEdition, DigestService } from '@app/digests';
import { Region } from '@app/identity';
import { ClaimService, SimilarityService, TaggingService } from '@app/moderation';
import { enqueue, OutboxRelay, REDIS } from '@app/platform';
import { Disclosure, SubmissionCommandService } from '@app/submissions';
import { TagService } from '@app/taxonomy';
import {
  createModerator,
  createOrganisation,
  createStaff,
  createUser,
  eventually,
  insertApprovedSubmissions,
  TestPlenary,
  TestUser,
} from '@app/testing';
import Redis from 'ioredis';

/**
 * A guard that cannot flake: it counts (SQL statements, Redis commands, peak memory), never times,
 * and fails when a count grows past the value recorded in test/bench/recorded-costs.json.
 */
interface Recorded {
  sqlStatements: {
    createSubmission: number;
    submitSubmission: number;
    moderationQueuePage: number;
    moderationQueuePageWithSimilar: number;
    decideSubmission: number;
    decideSubmissionWithTags: number;
  };
  redisCommandsPerEnqueuedJob: number;
  publicCache: {
    sqlStatementsPerHit: number;
    redisCommandsPerHit: number;
    invalidationsPerDraftAutosave: number;
    invalidationsPerApproval: number;
  };
  digestWorkerPeakRssMb: { submissions: number; value: number };
}
const recorded = JSON.parse(readFileSync(join(__dirname, '..', 'bench', 'recorded-costs.json'), 'utf8')) as Recorded;
/** Peak RSS varies a little with GC timing; counts do not. */
const RSS_TOLERANCE = 1.2;

const DAY = 24 * 3600 * 1000;

describe('cost guard (counts, not times)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let moderator: TestUser;
  let admin: TestUser;
  let orgId: string;
  let roundId: string;
  let sessionId: string;

  const measured: Record<string, number> = {};

  beforeAll(async () => {
    // The public-read cache on, as in production (only anonymous public reads touch it).
    plenary = await TestPlenary.start({ api: { PUBLIC_CACHE: 'auto' } });
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    staff = await createStaff(plenary);
    moderator = await createModerator(plenary);
    admin = await createUser(plenary, { name: 'Guard Admin' });
    orgId = (await createOrganisation(plenary, admin, { country: 'KE' })).id;
    const now = Date.now();
    const session = await plenary.get(SessionService).create(staff.actor, {
      title: 'Guard session',
      processName: 'Guard',
      location: 'Vienna',
      startsAt: new Date(now + 30 * DAY),
      endsAt: new Date(now + 40 * DAY),
    });
    sessionId = session.id;
    const round = await plenary.get(RoundService).create(staff.actor, {
      sessionId,
      region: Region.AG,
      title: 'Guard round',
      opensAt: new Date(now - DAY),
      closesAt: new Date(now + 10 * DAY),
    });
    await plenary.get(RoundService).schedule(staff.actor, round.id);
    roundId = round.id;
  });

  afterAll(async () => {
    console.log(`cost guard measured: ${JSON.stringify(measured)}`);
    await plenary.close();
  });

  /** A draft of the guard's organisation in the guard's round. */
  function drafted(title: string) {
    return plenary.get(SubmissionCommandService).create(admin.actor, {
      roundId,
      organisationId: orgId,
      title,
      summary: 'Short summary.',
      body: 'A body of a few words.',
      language: 'en',
      disclosure: Disclosure.NAMED,
    });
  }

  async function submitted(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const draft = await drafted(`Guard ${i}`);
      ids.push((await plenary.get(SubmissionCommandService).submit(admin.actor, draft.id, draft.version)).id);
    }
    return ids;
  }

  it('SQL statements per createSubmission', async () => {
    plenary.sql.reset();
    const res = await plenary.gql(
      `mutation($i: CreateSubmissionInput!) { createSubmission(input: $i) { id status } }`,
      {
        i: {
          roundId,
          organisationId: orgId,
          title: 'Counted',
          summary: 'Counted summary.',
          body: 'Counted body.',
          language: 'en',
          disclosure: 'NAMED',
        },
      },
      admin.token,
    );
    expect(res.errors).toBeUndefined();
    measured.createSubmission = plenary.sql.count;
    expect(plenary.sql.count).toBeLessThanOrEqual(recorded.sqlStatements.createSubmission);
  });

  it('SQL statements per moderation-queue page: the same for 5 items and for 50', async () => {
    await submitted(55);
    const page = `query($n: Int) { moderationQueue(first: $n) { edges { node { submission { title organisation { name } tags { slug } round { title } } } } } }`;
    const count = async (n: number) => {
      plenary.sql.reset();
      const res = await plenary.gql<{ moderationQueue: { edges: unknown[] } }>(page, { n }, moderator.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.moderationQueue.edges).toHaveLength(n);
      return plenary.sql.count;
    };
    const five = await count(5);
    const fifty = await count(50);
    measured.moderationQueuePage = fifty;
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(recorded.sqlStatements.moderationQueuePage);
  });

  it('SQL statements per submitSubmission (the near-duplicate job enqueued with it)', async () => {
    const draft = await drafted('Counted submit');
    plenary.sql.reset();
    const res = await plenary.gql(
      `mutation($i: SubmitSubmissionInput!) { submitSubmission(input: $i) { id status } }`,
      { i: { id: draft.id, expectedVersion: draft.version } },
      admin.token,
    );
    expect(res.errors).toBeUndefined();
    measured.submitSubmission = plenary.sql.count;
    expect(plenary.sql.count).toBeLessThanOrEqual(recorded.sqlStatements.submitSubmission);
    const [job] = await plenary.dataSource.query(
      `SELECT payload FROM outbox_jobs WHERE name = 'moderation.similarity' AND payload->>'submissionId' = $1`,
      [draft.id],
    );
    expect(job.payload).toEqual({ submissionId: draft.id, version: 1 });
  });

  it('SQL statements per moderation-queue page asking "has similar" (flag and filter): the same for 5 and 50, checked or not', async () => {
    await submitted(50);
    const page = `query($n: Int) { moderationQueue(first: $n, filter: { hasSimilar: true }) { edges { node { submission { title hasSimilar } } } } }`;
    const count = async (n: number) => {
      plenary.sql.reset();
      const res = await plenary.gql<{
        moderationQueue: { edges: { node: { submission: { hasSimilar: boolean } } }[] };
      }>(page, { n }, moderator.token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.moderationQueue.edges).toHaveLength(n);
      for (const e of res.data!.moderationQueue.edges) expect(e.node.submission.hasSimilar).toBe(true);
      return plenary.sql.count;
    };
    const unchecked = await count(50);
    // What the worker does after each submit: store the pairs of every submitted version.
    const similarity = plenary.get(SimilarityService);
    for (const { submissionId, version } of await similarity.unchecked(1000))
      await similarity.refresh(submissionId, version);
    expect(await similarity.unchecked(1)).toEqual([]);
    const five = await count(5);
    const fifty = await count(50);
    measured.moderationQueuePageWithSimilar = fifty;
    expect(five).toBe(fifty);
    expect(unchecked).toBe(fifty);
    expect(fifty).toBeLessThanOrEqual(recorded.sqlStatements.moderationQueuePageWithSimilar);
  });

  it('SQL statements per decideSubmission', async () => {
    const [id] = await submitted(1);
    const claimed = await plenary.get(ClaimService).claim(moderator.actor, id);
    const tagged = await plenary.get(TaggingService).setTags(moderator.actor, {
      submissionId: id,
      expectedVersion: claimed.submission.version,
      tagIds: [],
      noGenderConsiderations: true,
      noHumanRightsConsiderations: true,
    });
    const invalidationsBefore = await invalidations();
    plenary.sql.reset();
    const res = await plenary.gql(
      `mutation($i: DecideSubmissionInput!) { decideSubmission(input: $i) { id status } }`,
      { i: { submissionId: id, expectedVersion: tagged.version, decision: 'APPROVE', reasonCode: 'IN_SCOPE' } },
      moderator.token,
    );
    expect(res.errors).toBeUndefined();
    measured.decideSubmission = plenary.sql.count;
    expect(plenary.sql.count).toBeLessThanOrEqual(recorded.sqlStatements.decideSubmission);
    // The approval changes what the public sees: exactly one invalidation (one transaction, one scope).
    measured.invalidationsPerApproval = (await invalidations()) - invalidationsBefore;
    expect(measured.invalidationsPerApproval).toBe(recorded.publicCache.invalidationsPerApproval);
  });

  it('SQL statements per decideSubmission carrying the tags (the moderator’s loop in one request)', async () => {
    const [id] = await submitted(1);
    const claimed = await plenary.get(ClaimService).claim(moderator.actor, id);
    plenary.sql.reset();
    const res = await plenary.gql(
      `mutation($i: DecideSubmissionInput!) { decideSubmission(input: $i) { id status } }`,
      {
        i: {
          submissionId: id,
          expectedVersion: claimed.submission.version,
          decision: 'APPROVE',
          reasonCode: 'IN_SCOPE',
          tags: { tagIds: [], noGenderConsiderations: true, noHumanRightsConsiderations: true },
        },
      },
      moderator.token,
    );
    expect(res.errors).toBeUndefined();
    measured.decideSubmissionWithTags = plenary.sql.count;
    expect(plenary.sql.count).toBeLessThanOrEqual(recorded.sqlStatements.decideSubmissionWithTags);
  });

  /** Public-cache invalidation jobs written to the outbox so far. */
  const invalidations = async (): Promise<number> => {
    const [{ n }] = await plenary.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_jobs WHERE name = 'public-cache.invalidate'`,
    );
    return n;
  };

  it('a draft autosave invalidates nothing in the public-read cache', async () => {
    const draft = await drafted('Autosaved draft');
    const before = await invalidations();
    for (let i = 0; i < 3; i++) {
      const res = await plenary.gql<{ updateSubmission: { version: number } }>(
        `mutation($i: UpdateSubmissionInput!) { updateSubmission(input: $i) { id version } }`,
        { i: { id: draft.id, expectedVersion: draft.version + i, body: `A body of a few words, saved ${i} times.` } },
        admin.token,
      );
      expect(res.errors).toBeUndefined();
    }
    measured.invalidationsPerDraftAutosave = ((await invalidations()) - before) / 3;
    expect(measured.invalidationsPerDraftAutosave).toBeLessThanOrEqual(
      recorded.publicCache.invalidationsPerDraftAutosave,
    );
  });

  it('a cached public read: no SQL statement, one round trip to Redis', async () => {
    await insertApprovedSubmissions(plenary.dataSource, { roundId, organisationId: orgId, count: 1 });
    const [{ id: approved }] = await plenary.dataSource.query<{ id: string }[]>(
      `SELECT id FROM submissions WHERE status = 'APPROVED' ORDER BY created_at DESC LIMIT 1`,
    );
    const query = `query PublicSubmission($id: ID!) { submission(id: $id) { id title summary bodyHtml attribution { text masked } tags { id label } round { id title } } }`;
    const read = async () => {
      const res = await fetch(`${plenary.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { id: approved } }),
      });
      const text = await res.text();
      expect(text).not.toContain('"errors"');
      return res.headers.get('x-plenary-cache');
    };
    expect(await read()).toBe('miss');
    // The answer is filed once it has been sent, so the next read may come first on a busy machine:
    // read again until it hits (this also loads the lookup script into Redis once).
    let again = await read();
    for (let tries = 0; again !== 'hit' && tries < 40; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      again = await read();
    }
    expect(again).toBe('hit');
    // The api's own Redis client: every command it sends is one round trip (MONITOR would also
    // show the script's inner commands, and races with the traffic of a shared Redis).
    const redis = plenary.get<Redis>(REDIS as never);
    const sent = jest.spyOn(redis, 'sendCommand');
    try {
      plenary.sql.reset();
      expect(await read()).toBe('hit');
      measured.publicCacheSqlStatementsPerHit = plenary.sql.count;
      measured.publicCacheRedisCommandsPerHit = sent.mock.calls.length;
      expect(plenary.sql.count).toBeLessThanOrEqual(recorded.publicCache.sqlStatementsPerHit);
      expect(sent.mock.calls.length).toBeGreaterThan(0);
      expect(sent.mock.calls.length).toBeLessThanOrEqual(recorded.publicCache.redisCommandsPerHit);
    } finally {
      sent.mockRestore();
    }
  });

  it('Redis commands per enqueued job (outbox relay to BullMQ)', async () => {
    const relay = plenary.get(OutboxRelay);
    while ((await relay.relayBatch()) > 0); // what earlier tests left in the outbox
    // MONITOR sees every command Redis executes; this suite's keys all carry its own prefix.
    // monitor() opens a second connection for MONITOR; both are closed below.
    const client = new Redis(plenary.config.REDIS_URL);
    const monitor = await client.monitor();
    let commands = 0;
    monitor.on('monitor', (_time: string, args: string[]) => {
      if (args.some((a) => a.includes(plenary.config.REDIS_PREFIX))) commands += 1;
    });
    const relayOne = async (emailId: string) => {
      await plenary.dataSource.transaction((m) => enqueue(m, { name: 'mail.send', payload: { emailId } }));
      await new Promise((r) => setTimeout(r, 200));
      commands = 0;
      expect(await relay.relayBatch()).toBe(1);
      await new Promise((r) => setTimeout(r, 200)); // MONITOR output arrives asynchronously
      return commands;
    };
    try {
      await relayOne('00000000-0000-4000-8000-000000000001'); // warm-up: loads BullMQ's scripts once
      const perJob = await relayOne('00000000-0000-4000-8000-000000000002');
      measured.redisCommandsPerEnqueuedJob = perJob;
      expect(perJob).toBeGreaterThan(0);
      expect(perJob).toBeLessThanOrEqual(recorded.redisCommandsPerEnqueuedJob);
    } finally {
      monitor.disconnect();
      client.disconnect();
    }
  });

  describe('digest worker memory', () => {
    let worker: ChildProcess | undefined;
    let storage: string;

    afterAll(() => {
      worker?.kill('SIGKILL');
      if (storage) rmSync(storage, { recursive: true, force: true });
    });

    it(`peak RSS of a worker compiling a ${recorded.digestWorkerPeakRssMb.submissions}-submission digest`, async () => {
      await insertApprovedSubmissions(plenary.dataSource, {
        roundId,
        organisationId: orgId,
        count: recorded.digestWorkerPeakRssMb.submissions,
      });
      storage = mkdtempSync(join(tmpdir(), 'plenary-guard-'));
      const c = plenary.config;
      worker = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'src', 'main.js')], {
        env: {
          ...process.env,
          DATABASE_URL: c.DATABASE_URL,
          REDIS_URL: c.REDIS_URL,
          REDIS_PREFIX: c.REDIS_PREFIX,
          FILE_STORAGE_DIR: storage,
          MAIL_DIR: join(storage, 'mail'),
          LOG_LEVEL: 'warn',
          NODE_ENV: 'test',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      worker.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
      worker.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
      const digest = await plenary.get(DigestService).request(staff.actor, sessionId, DigestEdition.INTERNAL);
      await eventually(async () => {
        const [row] = await plenary.dataSource.query('SELECT status, error FROM digests WHERE id = $1', [digest.id]);
        if (row.status === 'FAILED') throw new Error(`digest failed: ${row.error}`);
        if (worker?.exitCode !== null) throw new Error(`the worker exited (${worker?.exitCode}): ${output}`);
        return row.status === 'READY' ? row : undefined;
      }, 120_000).catch(async (error: Error) => {
        const [row] = await plenary.dataSource.query('SELECT status, progress FROM digests WHERE id = $1', [digest.id]);
        const outbox = await plenary.dataSource.query(
          'SELECT name, relayed_at FROM outbox_jobs ORDER BY id DESC LIMIT 3',
        );
        throw new Error(
          `${error.message} (digest ${JSON.stringify(row)}, outbox ${JSON.stringify(outbox)})\nworker output: ${output}`,
        );
      });
      const status = readFileSync(`/proc/${worker.pid}/status`, 'utf8');
      const peakMb = Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
      measured.digestWorkerPeakRssMb = peakMb;
      expect(peakMb).toBeGreaterThan(0);
      expect(peakMb).toBeLessThanOrEqual(recorded.digestWorkerPeakRssMb.value * RSS_TOLERANCE);
    }, 180_000);
  });
});
