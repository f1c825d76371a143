import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { QueueRegistry } from '@app/platform';
import {
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  createUser,
  DIGEST_FIELDS,
  DIGEST_FORMATS,
  DigestOrganisation,
  DigestView,
  DigestWorld,
  downloadDigestFile,
  queryDigest,
  requestDigest,
  sha256Hex,
  TestPlenary,
  TestUser,
  waitForDigest,
} from '@app/testing';

const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
};

interface DigestRow {
  id: string;
  status: string;
  version: number | null;
}

/**
 * Digests as staff and the public meet them over HTTP, with a worker running: versions that only
 * move when the inputs do, one job however many times staff click, downloads for staff only until
 * a PUBLIC digest is published, and one "digest ready" notice per version.
 */
describe('digests: versions, concurrency, downloads and publishing (api + worker)', () => {
  let plenary: TestPlenary;
  let storageDir: string;
  let world: DigestWorld;
  let org: DigestOrganisation;
  let member: TestUser;
  let v1: DigestView;
  let v2: DigestView;
  let v3: DigestView;
  let internal: DigestView;

  const publicRows = (): Promise<DigestRow[]> =>
    plenary.dataSource.query(
      `SELECT id, status, version FROM digests WHERE session_id = $1 AND edition = 'PUBLIC' ORDER BY requested_at, id`,
      [world.sessionId],
    );

  const compile = async (edition: 'PUBLIC' | 'INTERNAL' = 'PUBLIC'): Promise<DigestView> => {
    const res = await requestDigest(plenary, world.staff.token, world.sessionId, edition);
    expect(res.errors).toBeUndefined();
    return res.data?.compileDigest as DigestView;
  };

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-digests-'));
    plenary = await TestPlenary.start({ api: { FILE_STORAGE_DIR: storageDir } });
    world = await createDigestWorld(plenary, { sessionTitle: 'Sixth session of the Ad Hoc Committee (test)' });
    org = await createDigestOrganisation(world, { region: Region.WEOG, name: 'Observatoire des libertés numériques' });
    member = org.admin;
    await createApprovedSubmission(world, org, {
      title: 'Judicial authorisation for real-time collection',
      provisionIds: ['article-6'],
    });
    await createApprovedSubmission(world, org, {
      title: 'Dual criminality in mutual legal assistance',
      provisionIds: ['chapter-4'],
    });
    const mailDir = await plenary.startWorker();
    // The worker inherits the api's config: files go to this suite's storage directory.
    expect(mailDir).toBeTruthy();
  }, 90_000);

  afterAll(async () => {
    await plenary?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('compiles version 1 and reports progress 100, the submission count and six files', async () => {
    const queued = await compile();
    expect(queued.status).toBe('QUEUED');
    v1 = await waitForDigest(plenary, world.staff.token, queued.id);
    expect(v1).toMatchObject({
      id: queued.id,
      status: 'READY',
      version: 1,
      progress: 100,
      submissionCount: 2,
      error: null,
    });
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(v1.changes).toEqual({ previousVersion: null, added: [], removed: [], changed: [] });
    expect(v1.files.map((f) => f.format.toLowerCase()).sort()).toEqual([...DIGEST_FORMATS].sort());
  }, 90_000);

  it('compiling again with nothing changed answers the same digest and writes no row', async () => {
    const again = await compile();
    expect(again).toMatchObject({ id: v1.id, status: 'READY', version: 1, contentHash: v1.contentHash });
    expect(await publicRows()).toEqual([{ id: v1.id, status: 'READY', version: 1 }]);
  });

  it('one more approval makes version 2 whose changes list exactly that submission as added', async () => {
    const added = await createApprovedSubmission(world, org, {
      title: 'Safeguards for traffic data',
      provisionIds: ['article-6'],
    });
    const [queued, queuedInternal] = await Promise.all([compile(), compile('INTERNAL')]);
    expect(queued.id).not.toBe(v1.id);
    [v2, internal] = await Promise.all([
      waitForDigest(plenary, world.staff.token, queued.id),
      waitForDigest(plenary, world.staff.token, queuedInternal.id),
    ]);
    expect(v2).toMatchObject({ status: 'READY', version: 2, submissionCount: 3 });
    expect(v2.changes).toEqual({
      previousVersion: 1,
      added: [{ id: added.id, title: 'Safeguards for traffic data' }],
      removed: [],
      changed: [],
    });
    expect(v2.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(v2.contentHash).not.toBe(v1.contentHash);
    // Version 1 stays as it was.
    expect((await queryDigest(plenary, v1.id, world.staff.token)).data?.digest).toMatchObject({
      status: 'READY',
      version: 1,
      contentHash: v1.contentHash,
    });
  }, 90_000);

  it('ten compileDigest calls at once make one digest, one job and one version', async () => {
    await createApprovedSubmission(world, org, {
      title: 'Gender-responsive capacity building',
      provisionIds: ['chapter-4'],
    });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => requestDigest(plenary, world.staff.token, world.sessionId, 'PUBLIC')),
    );
    for (const a of answers) expect(a.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => a.data?.compileDigest.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids] as string[];
    expect([v1.id, v2.id]).not.toContain(id);
    v3 = await waitForDigest(plenary, world.staff.token, id);
    expect(v3).toMatchObject({ status: 'READY', version: 3, submissionCount: 4 });

    const outbox: { n: string }[] = await plenary.dataSource.query(
      `SELECT count(*) AS n FROM outbox_jobs WHERE name = 'digest.compile' AND payload->>'digestId' = $1`,
      [id],
    );
    expect(Number(outbox[0].n)).toBe(1);
    const jobs = await plenary
      .get(QueueRegistry)
      .get('digests')
      .getJobs(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed']);
    expect(jobs.filter((j) => (j.data as { digestId?: string }).digestId === id)).toHaveLength(1);
    expect(await publicRows()).toEqual([
      { id: v1.id, status: 'READY', version: 1 },
      { id: v2.id, status: 'READY', version: 2 },
      { id, status: 'READY', version: 3 },
    ]);
  }, 90_000);

  it('staff download every format: type, filename, size and SHA-256 as reported', async () => {
    expect(v3.files).toHaveLength(6);
    for (const file of v3.files) {
      const format = file.format.toLowerCase();
      // The reported url is the download path under the public address.
      expect(file.url).toBe(`${plenary.config.PUBLIC_URL}/digests/${v3.id}/files/${format}`);
      const res = await downloadDigestFile(plenary, v3.id, format, world.staff.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(CONTENT_TYPES[format]);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="plenary-digest-sixth-session-of-the-ad-hoc-committee-test-public-v3.${format}"`,
      );
      expect(res.body.length).toBe(file.bytes);
      expect(sha256Hex(res.body)).toBe(file.sha256);
    }
    expect((await downloadDigestFile(plenary, v3.id, 'exe', world.staff.token)).status).toBe(404);
  });

  it('before publishing, the public and CSO members get NOT_FOUND for the files and the digest', async () => {
    for (const format of DIGEST_FORMATS) {
      expect((await downloadDigestFile(plenary, v3.id, format)).status).toBe(404);
      expect((await downloadDigestFile(plenary, v3.id, format, member.token)).status).toBe(404);
    }
    for (const token of [undefined, member.token]) {
      const res = await queryDigest(plenary, v3.id, token);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await plenary.gql<{ digests: { id: string }[] }>(
        'query($s: ID!) { digests(sessionId: $s) { id } }',
        { s: world.sessionId },
        token,
      );
      expect(list.data?.digests).toEqual([]);
    }
  });

  it('publishDigest refuses the INTERNAL edition with CONFLICT and publishes a READY PUBLIC one', async () => {
    expect(internal).toMatchObject({ edition: 'INTERNAL', status: 'READY', version: 1 });
    const publish = (id: string, token = world.staff.token) =>
      plenary.gql<{ publishDigest: DigestView }>(
        `mutation($id: ID!) { publishDigest(id: $id) { ${DIGEST_FIELDS} } }`,
        { id },
        token,
      );

    const refused = await publish(internal.id);
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await queryDigest(plenary, internal.id, world.staff.token)).data?.digest.status).toBe('READY');
    expect((await publish(v3.id, member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const published = await publish(v3.id);
    expect(published.errors).toBeUndefined();
    expect(published.data?.publishDigest).toMatchObject({
      id: v3.id,
      status: 'PUBLISHED',
      version: 3,
      contentHash: v3.contentHash,
    });
    // Only a READY digest can be published: not twice.
    expect((await publish(v3.id)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('once published, anyone downloads the files and reads the digest; the rest stays hidden', async () => {
    for (const file of v3.files) {
      const res = await downloadDigestFile(plenary, v3.id, file.format.toLowerCase());
      expect(res.status).toBe(200);
      expect(sha256Hex(res.body)).toBe(file.sha256);
    }
    const anonymous = await queryDigest(plenary, v3.id);
    expect(anonymous.data?.digest).toMatchObject({ id: v3.id, status: 'PUBLISHED', version: 3 });
    for (const hidden of [v2.id, internal.id]) {
      expect((await queryDigest(plenary, hidden)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await queryDigest(plenary, hidden, member.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await downloadDigestFile(plenary, hidden, 'pdf')).status).toBe(404);
    }
  });

  it('staff get exactly one DIGEST_READY notification per compiled version, and nobody else gets one', async () => {
    const notices = async (user: TestUser) => {
      const res = await plenary.gql<{
        myNotifications: { edges: { node: { kind: string; entityId: string | null } }[] };
      }>('{ myNotifications(first: 100) { edges { node { kind entityId } } } }', {}, user.token);
      expect(res.errors).toBeUndefined();
      return (res.data?.myNotifications.edges ?? []).map((e) => e.node).filter((n) => n.kind === 'DIGEST_READY');
    };
    const staffNotices = await notices(world.staff);
    expect(staffNotices.map((n) => n.entityId).sort()).toEqual([v1.id, v2.id, v3.id, internal.id].sort());
    expect(await notices(world.moderator)).toEqual([]);
    expect(await notices(member)).toEqual([]);
    const other = await createUser(plenary);
    expect(await notices(other)).toEqual([]);
  });
});
