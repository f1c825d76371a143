import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { FileStorage, StoredFile } from './file-storage';

export interface S3StorageOptions {
  bucket: string;
  /** Unset: AWS's endpoint for the region. Set for any S3-compatible store (MinIO, Ceph, R2, s3rver …). */
  endpoint?: string;
  region: string;
  /** Unset: the SDK's own credential chain (environment, instance or task role). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`; most S3-compatible stores need it. */
  forcePathStyle: boolean;
  /** Put in front of every key, so one bucket can hold several installations. */
  keyPrefix?: string;
  /** Bytes per multipart part (≥ 5 MiB, S3's minimum): what one upload holds in memory at a time. */
  partSize?: number;
}

/** Parts uploaded at once: memory per upload is about partSize × (PARTS_IN_FLIGHT + 1). */
const PARTS_IN_FLIGHT = 2;
const MIN_PART_SIZE = 5 * 1024 * 1024;

/**
 * Digest files in an S3-compatible object store, so api and worker hosts need no shared disk.
 *
 * `put` streams: the content passes through a hashing step into a multipart upload of `partSize`
 * parts (a file smaller than one part is one PutObject), so memory stays flat whatever the size.
 * An object appears only when its upload completes; a failed one (source error, store refusing)
 * is aborted — its parts are discarded — and whatever the key held before stays as it was, the
 * same promise as the disk's write-then-rename.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly partSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.prefix = (options.keyPrefix ?? '').replace(/^\/+/, '');
    this.partSize = Math.max(MIN_PART_SIZE, options.partSize ?? MIN_PART_SIZE);
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint || undefined,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
      // Checksums only where S3 requires them: the streamed "aws-chunked" trailers the SDK would
      // otherwise add are not understood by every S3-compatible store. Our own SHA-256 is recorded.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  private objectKey(key: string): string {
    const parts = key.split('/');
    if (key.startsWith('/') || parts.some((p) => p === '..' || p === '.'))
      throw new Error('storage key escapes the storage root');
    return this.prefix + key;
  }

  async put(key: string, content: Readable): Promise<StoredFile> {
    const objectKey = this.objectKey(key);
    const hash = createHash('sha256');
    let bytes = 0;
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    // A failing source fails the upload: the error travels into the stream the upload reads.
    content.on('error', (error) => hashing.destroy(error));
    content.pipe(hashing);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: objectKey, Body: hashing },
      partSize: this.partSize,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      content.unpipe(hashing);
      content.destroy();
      hashing.destroy();
      throw error;
    }
    return { bytes, sha256: hash.digest('hex') };
  }

  async open(key: string): Promise<Readable | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return answer.Body instanceof Readable ? answer.Body : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Removes the object `prefix` and every object under `prefix/`. */
  async remove(prefix: string): Promise<void> {
    const exact = this.objectKey(prefix.replace(/\/+$/, ''));
    const under = `${exact}/`;
    const keys = [exact];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: under, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    for (let i = 0; i < keys.length; i += 1000) {
      await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true },
        }),
      );
    }
  }

  /** Closes the client's sockets (tests, shutdown). */
  close(): void {
    this.client.destroy();
  }

  onApplicationShutdown(): void {
    this.close();
  }
}

function isMissing(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata?.httpStatusCode === 404;
  }
  return false;
}
