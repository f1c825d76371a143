import { createHash, randomBytes } from 'node:crypto';
import { AddressInfo, connect, createServer, Server } from 'node:net';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { FileStorage, LocalDiskStorage, S3Storage } from '@app/digests';
import { startS3Server, TEST_S3_CREDENTIALS, TestS3Server } from '@app/testing';

/**
 * One contract for every FileStorage: the local disk and an S3-compatible object store (s3rver, a
 * real S3 protocol server that runs in this process on 127.0.0.1, with SigV4 signature checks).
 */

const BUCKET = 'plenary-contract';
const MiB = 1024 * 1024;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** `total` bytes in 64 KiB pieces of pseudo-random data, made as they are read. */
function generated(total: number, seed = 1, onRead?: (produced: number) => void): Readable {
  let sent = 0;
  let x = seed;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const n = Math.min(64 * 1024, total - sent);
      const b = Buffer.allocUnsafe(n);
      for (let i = 0; i < n; i += 4) {
        x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
        b.writeUInt32LE(x, i);
      }
      sent += n;
      onRead?.(sent);
      this.push(b);
    },
  });
}

/** Sends `good` bytes, then fails like a disk or a network would mid-file. */
function failingAfter(good: number): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.alloc(good, 'p'));
      } else {
        this.destroy(Object.assign(new Error('source read failed'), { code: 'EIO' }));
      }
    },
  });
}

interface Subject {
  storage: FileStorage;
  /** Every key the store holds, whatever the storage's own view. */
  stored(): Promise<string[]>;
  close(): Promise<void>;
}

async function diskSubject(): Promise<Subject> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-storage-contract-'));
  return {
    storage: new LocalDiskStorage(dir),
    stored: async () =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort(),
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function s3Subject(): Promise<Subject> {
  const server = await startS3Server([BUCKET]);
  const options = { endpoint: server.endpoint, region: 'us-east-1', forcePathStyle: true };
  const storage = new S3Storage({ ...options, ...TEST_S3_CREDENTIALS, bucket: BUCKET, keyPrefix: 'install-a/' });
  const lister = new S3Client({ ...options, credentials: TEST_S3_CREDENTIALS });
  return {
    storage,
    stored: async () => {
      const page = await lister.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      return (page.Contents ?? []).map((o) => o.Key as string).sort();
    },
    close: async () => {
      storage.close();
      lister.destroy();
      await server.close();
    },
  };
}

describe.each([
  ['local disk', diskSubject, ''],
  ['S3 (s3rver)', s3Subject, 'install-a/'],
])('FileStorage contract: %s', (_name, make, prefix) => {
  let subject: Subject;
  let storage: FileStorage;

  beforeAll(async () => {
    subject = await make();
    storage = subject.storage;
  });

  afterAll(async () => {
    await subject?.close();
  });

  it('stores a stream and reports its size and SHA-256; reading streams the same bytes back', async () => {
    const body = randomBytes(300 * 1024);
    const stored = await storage.put(
      'digests/a/digest.json',
      Readable.from([body.subarray(0, 1000), body.subarray(1000)]),
    );
    expect(stored).toEqual({ bytes: body.length, sha256: sha256(body) });
    const stream = await storage.open('digests/a/digest.json');
    expect(stream).toBeInstanceOf(Readable);
    expect(sha256(await readAll(stream as Readable))).toBe(sha256(body));
    expect(await subject.stored()).toContain(`${prefix}digests/a/digest.json`);
  });

  it('stores an empty file', async () => {
    expect(await storage.put('digests/a/empty.csv', Readable.from([]))).toEqual({
      bytes: 0,
      sha256: sha256(Buffer.alloc(0)),
    });
    expect((await readAll((await storage.open('digests/a/empty.csv')) as Readable)).length).toBe(0);
  });

  it('replaces what a key held', async () => {
    await storage.put('digests/b/digest.md', Readable.from([Buffer.from('first version')]));
    await storage.put('digests/b/digest.md', Readable.from([Buffer.from('second')]));
    expect((await readAll((await storage.open('digests/b/digest.md')) as Readable)).toString()).toBe('second');
  });

  it('answers null for a key it does not hold', async () => {
    expect(await storage.open('digests/none/digest.pdf')).toBeNull();
  });

  it('a file larger than a multipart part streams through whole (24 MiB, several parts)', async () => {
    const expected = sha256(await readAll(generated(24 * MiB, 7)));
    const stored = await storage.put('digests/big/digest.pdf', generated(24 * MiB, 7));
    expect(stored).toEqual({ bytes: 24 * MiB, sha256: expected });
    const back = createHash('sha256');
    let bytes = 0;
    for await (const chunk of (await storage.open('digests/big/digest.pdf')) as Readable) {
      back.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    expect({ bytes, sha256: back.digest('hex') }).toEqual(stored);
  }, 60_000);

  it('a source that fails midway rejects and leaves no partial object, and the previous file stays whole', async () => {
    await storage.put('digests/c/digest.html', Readable.from([Buffer.from('<p>the good one</p>')]));
    const before = await subject.stored();
    // Small (one part) and large (past the first 5 MiB part) failures.
    await expect(storage.put('digests/c/digest.html', failingAfter(1000))).rejects.toThrow('source read failed');
    await expect(storage.put('digests/c/digest.html', failingAfter(7 * MiB))).rejects.toThrow();
    await expect(storage.put('digests/c/new.docx', failingAfter(7 * MiB))).rejects.toThrow();
    expect(await subject.stored()).toEqual(before);
    expect(await storage.open('digests/c/new.docx')).toBeNull();
    expect((await readAll((await storage.open('digests/c/digest.html')) as Readable)).toString()).toBe(
      '<p>the good one</p>',
    );
  }, 60_000);

  it('removes a prefix: every file under it and nothing beside it', async () => {
    for (const key of ['digests/d1/digest.json', 'digests/d1/digest.csv', 'digests/d10/digest.json'])
      await storage.put(key, Readable.from([Buffer.from(key)]));
    await storage.remove('digests/d1/');
    expect(await storage.open('digests/d1/digest.json')).toBeNull();
    expect(await storage.open('digests/d1/digest.csv')).toBeNull();
    expect(await storage.open('digests/d10/digest.json')).not.toBeNull();
    const left = await subject.stored();
    expect(left.filter((k) => k.includes('digests/d1/'))).toEqual([]);
    expect(left).toContain(`${prefix}digests/d10/digest.json`);
    await storage.remove('digests/never-stored/'); // nothing to remove is not an error
  });

  it('refuses keys that climb out of its root', async () => {
    await expect(storage.put('../outside.txt', Readable.from([Buffer.from('x')]))).rejects.toThrow(/escapes/);
    await expect(storage.open('digests/../../outside.txt')).rejects.toThrow(/escapes/);
  });
});

describe('S3Storage keeps memory flat', () => {
  let server: TestS3Server;
  let proxy: Server;
  let forwarded = 0;

  beforeAll(async () => {
    server = await startS3Server([BUCKET]);
    // Counts the bytes that have left this process for the store, so what the upload holds is
    // what the source produced minus what was sent.
    const target = new URL(server.endpoint);
    proxy = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      client.on('data', (chunk: Buffer) => (forwarded += chunk.length));
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    proxy?.close();
    await server?.close();
  });

  it('uploads 96 MiB while holding no more than a few parts at a time', async () => {
    const { port } = proxy.address() as AddressInfo;
    const storage = new S3Storage({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      forcePathStyle: true,
      ...TEST_S3_CREDENTIALS,
      bucket: BUCKET,
    });
    let held = 0;
    const source = generated(96 * MiB, 3, (produced) => (held = Math.max(held, produced - forwarded)));
    try {
      expect((await storage.put('digests/huge/digest.pdf', source)).bytes).toBe(96 * MiB);
    } finally {
      storage.close();
    }
    // Two 5 MiB parts in flight and one being filled, plus stream buffers: far below the 96 MiB
    // a buffered upload would hold.
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(20 * MiB);
  }, 120_000);
});
