import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RoundService } from '@app/consultations';
import { Region } from '@app/identity';
import { PUBLIC_CACHE_ENTRY_PREFIX, REDIS } from '@app/platform';
import { Disclosure, SubmissionCommandService } from '@app/submissions';
import {
  compileDigestAndWait,
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  DigestOrganisation,
  DigestWorld,
  eventually,
  TestPlenary,
} from '@app/testing';
import Redis from 'ioredis';

/** The web client's public operations, read from its sources (so a new public page is covered). */
function publicDocuments(): Map<string, string> {
  const dir = join(__dirname, '..', '..', 'apps', 'web', 'src', 'areas', 'public');
  const documents = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.tsx')) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of source.matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      const name = /query\s+(\w+)/.exec(match[1])?.[1];
      if (name) documents.set(name, match[1]);
    }
  }
  return documents;
}

interface Answer {
  status: number;
  cache: string | null;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
}

/**
 * Anonymous public reads answered from Redis: what enters, how soon a change reaches readers, and
 * that losing Redis only loses the cache. The api and a worker run in this process; the worker
 * relays the triggers' invalidation jobs from the outbox.
 */
describe('public reads from the cache (api + worker, Redis)', () => {
  let plenary: TestPlenary;
  let world: DigestWorld;
  let named: DigestOrganisation;
  let hidden: DigestOrganisation;
  let redis: Redis;
  const documents = publicDocuments();

  const post = async (query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> => {
    const res = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return {
      status: res.status,
      cache: res.headers.get('x-plenary-cache'),
      text,
      body: JSON.parse(text) as Answer['body'],
    };
  };
  const anonymous = (name: string, variables: Record<string, unknown> = {}): Promise<Answer> =>
    post(documents.get(name) as string, variables);

  /** Every cached answer's text. */
  const cachedEntries = async (): Promise<string[]> => {
    const prefix = `${plenary.config.REDIS_PREFIX}:${PUBLIC_CACHE_ENTRY_PREFIX}`;
    const keys: string[] = [];
    let cursor = '0';
    do {
      // The client adds the installation prefix to commands' keys, not to SCAN's pattern.
      const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      keys.push(...found);
    } while (cursor !== '0');
    const values: string[] = [];
    for (const key of keys) {
      const value = await redis.get(key.slice(plenary.config.REDIS_PREFIX.length + 1));
      if (value) values.push(value);
    }
    return values;
  };

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { PUBLIC_CACHE: 'auto' } });
    redis = plenary.get<Redis>(REDIS as never);
    world = await createDigestWorld(plenary, { sessionTitle: 'Cached session (test)' });
    named = await createDigestOrganisation(world, { region: Region.WEOG, name: 'Open Named Coalition' });
    hidden = await createDigestOrganisation(world, {
      region: Region.APG,
      name: 'Hidden Defenders Collective',
      adminName: 'Secret Submitter Person',
      adminEmail: 'secret.submitter@example.org',
    });
    await plenary.startWorker();
  });

  afterAll(async () => {
    await plenary?.close();
  });

  it('covers every public operation of the web client', () => {
    expect([...documents.keys()].sort()).toEqual(
      expect.arrayContaining(['PublicRound', 'PublicSubmission', 'PublicSubmissions', 'PublicDigestVersions', 'Home']),
    );
  });

  it('answers a repeated anonymous read from the cache, and never a request with a token', async () => {
    const s = await createApprovedSubmission(world, named, { title: 'Cached position on data retention' });
    const first = await anonymous('PublicSubmission', { id: s.id });
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const second = await eventually(async () => {
      const a = await anonymous('PublicSubmission', { id: s.id });
      return a.cache === 'hit' ? a : undefined;
    }, 5_000);
    expect(second.text).toBe(first.text);
    const staff = await post(documents.get('PublicSubmission') as string, { id: s.id }, world.staff.token);
    expect(staff.status).toBe(200);
    expect(staff.cache).toBeNull();
  });

  it('no approval survives its withdrawal for more than a second', async () => {
    const s = await createApprovedSubmission(world, named, { title: 'Position to be withdrawn soon' });
    const listVariables = { filter: { roundId: world.roundIds[Region.WEOG] }, first: 20 };
    const isListed = (a: Answer): boolean => a.text.includes(s.id);
    // Both reads cached, each showing the approved submission.
    for (const [name, variables] of [
      ['PublicSubmission', { id: s.id }],
      ['PublicSubmissions', listVariables],
    ] as const) {
      await eventually(async () => {
        const a = await anonymous(name, variables);
        return a.cache === 'hit' && isListed(a) ? a : undefined;
      }, 5_000);
    }
    // The api refuses to withdraw an approved submission today; the cache is told by the
    // database, so any path that takes an approval back (a correction, a future rule) is covered.
    await plenary.dataSource.query(`UPDATE submissions SET status = 'WITHDRAWN' WHERE id = $1`, [s.id]);
    const at = Date.now();
    // Read both for 1.5 s after the withdrawal was acknowledged, and at least 20 times (a busy
    // machine answers slower); note the last stale answer.
    let lastStale = -1;
    let reads = 0;
    while ((Date.now() - at < 1_500 || reads <= 20) && Date.now() - at < 15_000) {
      const [one, list] = await Promise.all([
        anonymous('PublicSubmission', { id: s.id }),
        anonymous('PublicSubmissions', listVariables),
      ]);
      reads += 2;
      if (one.body.errors === undefined || isListed(list)) lastStale = Date.now() - at;
      expect(one.status).toBe(200);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(reads).toBeGreaterThan(20);
    expect(lastStale).toBeLessThan(1_000);
    const after = await anonymous('PublicSubmission', { id: s.id });
    expect(after.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('a renamed tag reaches cached readers of approved submissions within a second', async () => {
    const s = await createApprovedSubmission(world, named, { title: 'Tagged and cached' });
    await eventually(async () => {
      const a = await anonymous('PublicSubmission', { id: s.id });
      return a.cache === 'hit' ? a : undefined;
    }, 5_000);
    const [tag] = await plenary.dataSource.query<{ version: number }[]>('SELECT version FROM tags WHERE id = $1', [
      world.genderTagId,
    ]);
    const renamed = await post(
      'mutation($i: UpdateTagInput!) { updateTag(input: $i) { id label } }',
      { i: { id: world.genderTagId, expectedVersion: tag.version, label: 'Gender (renamed)' } },
      world.staff.token,
    );
    expect(renamed.body.errors).toBeUndefined();
    const at = Date.now();
    await eventually(
      async () =>
        (await anonymous('PublicSubmission', { id: s.id })).text.includes('Gender (renamed)') ? true : undefined,
      5_000,
    );
    expect(Date.now() - at).toBeLessThan(1_000);
  });

  it('a new approval and a publication reach cached readers within a second', async () => {
    const listVariables = { filter: { roundId: world.roundIds[Region.WEOG] }, first: 50 };
    await eventually(
      async () => ((await anonymous('PublicSubmissions', listVariables)).cache === 'hit' ? true : undefined),
      5_000,
    );
    const s = await createApprovedSubmission(world, named, { title: 'A late but approved position' });
    const approvedAt = Date.now();
    await eventually(
      async () => ((await anonymous('PublicSubmissions', listVariables)).text.includes(s.id) ? true : undefined),
      5_000,
    );
    expect(Date.now() - approvedAt).toBeLessThan(1_000);

    const digest = await compileDigestAndWait(world, 'PUBLIC', 180_000);
    const versions = { sessionId: world.sessionId };
    await eventually(async () => {
      const a = await anonymous('PublicDigestVersions', versions);
      return a.cache === 'hit' ? a : undefined;
    }, 5_000);
    expect((await anonymous('PublicDigestVersions', versions)).text).not.toContain(digest.id);
    const published = await post(
      'mutation($id: ID!) { publishDigest(id: $id) { id status } }',
      { id: digest.id },
      world.staff.token,
    );
    expect(published.body.errors).toBeUndefined();
    const publishedAt = Date.now();
    await eventually(
      async () => ((await anonymous('PublicDigestVersions', versions)).text.includes(digest.id) ? true : undefined),
      5_000,
    );
    expect(Date.now() - publishedAt).toBeLessThan(1_000);
  }, 240_000);

  it('nothing that is not public ever enters it', async () => {
    const anonymousOne = await createApprovedSubmission(world, hidden, {
      title: 'Published without a name',
      disclosure: Disclosure.ANONYMOUS,
    });
    const internal = await createApprovedSubmission(world, hidden, {
      title: 'Internal only marker position',
      disclosure: Disclosure.INTERNAL_ONLY,
    });
    const submissions = plenary.get(SubmissionCommandService);
    const draft = await submissions.create(hidden.admin.actor, {
      roundId: world.roundIds[Region.APG],
      organisationId: hidden.id,
      title: 'Draft marker never shown',
      summary: 'Draft summary marker',
      body: 'A draft body that no one outside the organisation reads.',
      language: 'en',
      disclosure: Disclosure.NAMED,
      provisionIds: ['article-6'],
    });
    const pendingDraft = await submissions.create(hidden.admin.actor, {
      roundId: world.roundIds[Region.APG],
      organisationId: hidden.id,
      title: 'Pending marker awaiting moderation',
      summary: 'Pending summary',
      body: 'Submitted, not yet approved.',
      language: 'en',
      disclosure: Disclosure.NAMED,
      provisionIds: ['article-6'],
    });
    await submissions.submit(hidden.admin.actor, pendingDraft.id, pendingDraft.version);

    const apgRound = world.roundIds[Region.APG];
    const variables: Record<string, Record<string, unknown>> = {
      PublicDigest: { id: '00000000-0000-4000-8000-000000000000' },
      PublicRound: { id: apgRound },
      PublicSession: { id: world.sessionId },
      PublicSubmission: { id: anonymousOne.id },
      PublicSubmissions: { filter: { roundId: apgRound }, first: 50 },
      PublicDigestVersions: { sessionId: world.sessionId },
      SessionDigests: { sessionId: world.sessionId },
    };
    // Every public operation, twice (a miss, then a hit), anonymously; then the same as staff and
    // as the submitter, whose answers name the organisation and must stay out of the cache.
    for (const [name, query] of documents) {
      for (let i = 0; i < 2; i++) expect((await post(query, variables[name] ?? {})).status).toBe(200);
      await post(query, variables[name] ?? {}, world.staff.token);
      await post(query, variables[name] ?? {}, hidden.admin.token);
    }
    // Non-public items asked for by id, anonymously: refused, so nothing is kept.
    for (const id of [draft.id, pendingDraft.id, internal.id]) {
      const a = await anonymous('PublicSubmission', { id });
      expect(a.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // A search that would match them, and the hidden organisation's name.
    for (const search of ['marker', 'Hidden Defenders']) {
      for (let i = 0; i < 2; i++) await anonymous('PublicSubmissions', { filter: { search }, first: 50 });
    }

    const entries = await cachedEntries();
    const all = entries.join('\n');
    // The scan sees what is there: the anonymous submission's public text is cached.
    expect(all).toContain('Published without a name');
    for (const secret of [
      'Hidden Defenders Collective',
      hidden.id,
      'Secret Submitter Person',
      'secret.submitter@example.org',
      hidden.admin.user.id,
      'Draft marker never shown',
      draft.id,
      'Pending marker awaiting moderation',
      pendingDraft.id,
      'Internal only marker position',
      internal.id,
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it('losing Redis only loses the cache: every read is still answered', async () => {
    const s = await createApprovedSubmission(world, named, { title: 'Answered with or without Redis' });
    await eventually(
      async () => ((await anonymous('PublicSubmission', { id: s.id })).cache === 'hit' ? true : undefined),
      5_000,
    );
    redis.disconnect();
    try {
      for (let i = 0; i < 5; i++) {
        const a = await anonymous('PublicSubmission', { id: s.id });
        expect(a.status).toBe(200);
        expect(a.body.errors).toBeUndefined();
        expect(a.text).toContain('Answered with or without Redis');
        expect(a.cache).toBeNull();
      }
    } finally {
      await redis.connect();
    }
    await eventually(
      async () => ((await anonymous('PublicSubmission', { id: s.id })).cache === 'hit' ? true : undefined),
      5_000,
    );
  });

  it('a cached round opens on time, without any write (the entry ends at the boundary)', async () => {
    // No worker: the round.open job cannot run, so only the entry's own end can make it fresh.
    await plenary.stopWorker();
    const rounds = plenary.get(RoundService);
    const opensAt = new Date(Date.now() + 2_500);
    const round = await rounds.create(world.staff.actor, {
      sessionId: world.sessionId,
      region: Region.EEG,
      title: 'Round opening in a moment',
      opensAt,
      closesAt: new Date(Date.now() + 10 * 24 * 3600 * 1000),
    });
    await rounds.schedule(world.staff.actor, round.id);
    // Without a worker nothing bumps the catalogue; the next boundary is read again within a second.
    await new Promise((r) => setTimeout(r, 1_100));
    await eventually(async () => {
      const a = await anonymous('PublicRound', { id: round.id });
      return a.cache === 'hit' && a.text.includes('"SCHEDULED"') ? a : undefined;
    }, 1_000);
    await new Promise((r) => setTimeout(r, Math.max(0, opensAt.getTime() - Date.now()) + 20));
    const after = await anonymous('PublicRound', { id: round.id });
    expect(after.text).toContain('"OPEN"');
    expect(after.text).toContain('"acceptingSubmissions":true');
  });
});
