import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Region } from '@app/identity';
import {
  compileDigestAndWait,
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  DIGEST_FORMATS,
  downloadDigestFile,
  sha256Hex,
  startS3Server,
  TEST_S3_CREDENTIALS,
  TestPlenary,
  TestS3Server,
} from '@app/testing';

/**
 * With FILE_STORAGE=s3 the worker stores a digest's files in the object store and the api streams
 * them from there: no file touches the local storage folder, so api and worker hosts need no
 * shared disk.
 */
describe('digest files in an S3-compatible object store (api + worker)', () => {
  const BUCKET = 'plenary-digests';
  let s3: TestS3Server;
  let plenary: TestPlenary;
  let localDir: string;

  beforeAll(async () => {
    s3 = await startS3Server([BUCKET]);
    localDir = mkdtempSync(join(tmpdir(), 'plenary-unused-disk-'));
    const env = s3.env(BUCKET, 'e2e/');
    plenary = await TestPlenary.start({
      api: {
        FILE_STORAGE: 's3',
        FILE_STORAGE_DIR: localDir,
        S3_ENDPOINT: env.S3_ENDPOINT,
        S3_BUCKET: env.S3_BUCKET,
        S3_ACCESS_KEY_ID: env.S3_ACCESS_KEY_ID,
        S3_SECRET_ACCESS_KEY: env.S3_SECRET_ACCESS_KEY,
        S3_KEY_PREFIX: env.S3_KEY_PREFIX,
      },
    });
  });

  afterAll(async () => {
    await plenary?.close();
    await s3?.close();
    rmSync(localDir, { recursive: true, force: true });
  });

  it('compiles, stores every format in the bucket, and serves the same bytes back', async () => {
    const world = await createDigestWorld(plenary, { sessionTitle: 'Object storage session (test)' });
    const org = await createDigestOrganisation(world, { region: Region.AG, name: 'Bucket Rights Network' });
    await createApprovedSubmission(world, org, { title: 'Safeguards travel with the data' });
    await createApprovedSubmission(world, org, { title: 'Proportionality of preservation orders' });
    await plenary.startWorker();
    try {
      const digest = await compileDigestAndWait(world, 'PUBLIC', 180_000);
      expect(digest.files.map((f) => f.format.toLowerCase()).sort()).toEqual([...DIGEST_FORMATS].sort());

      const client = new S3Client({
        endpoint: s3.endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: TEST_S3_CREDENTIALS,
      });
      try {
        const listed = await client.send(
          new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `e2e/digests/${digest.id}/` }),
        );
        const objects = new Map((listed.Contents ?? []).map((o) => [o.Key, o.Size]));
        for (const file of digest.files) {
          const key = `e2e/digests/${digest.id}/digest.${file.format.toLowerCase()}`;
          expect(objects.get(key)).toBe(file.bytes);
          const download = await downloadDigestFile(plenary, digest.id, file.format.toLowerCase(), world.staff.token);
          expect(download.status).toBe(200);
          expect(download.body.length).toBe(file.bytes);
          expect(sha256Hex(download.body)).toBe(file.sha256);
          expect(download.headers.get('x-content-sha256')).toBe(file.sha256);
        }
      } finally {
        client.destroy();
      }
      // Nothing went to the local folder.
      expect(readdirSync(localDir)).toEqual([]);
      // Not published: the public is not served from the bucket either.
      expect((await downloadDigestFile(plenary, digest.id, 'json')).status).toBe(404);
    } finally {
      await plenary.stopWorker();
    }
  }, 240_000);
});
