import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  bytes: number;
  sha256: string;
}

/**
 * Where digest files live. Local disk by default; an object store can implement the same three
 * methods. Keys are relative paths such as `digests/<id>/digest.pdf`.
 */
export interface FileStorage {
  /** Stores the stream under `key`, replacing what was there, and reports its size and SHA-256. */
  put(key: string, content: Readable): Promise<StoredFile>;
  open(key: string): Promise<Readable | null>;
  remove(prefix: string): Promise<void>;
}
export const FILE_STORAGE = Symbol('FILE_STORAGE');

export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    const full = resolve(this.root, key);
    if (!full.startsWith(this.root + sep)) throw new Error('storage key escapes the storage root');
    return full;
  }

  async put(key: string, content: Readable): Promise<StoredFile> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${Date.now()}.part`;
    const hash = createHash('sha256');
    let bytes = 0;
    content.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    await pipeline(content, createWriteStream(temp));
    // Rename is atomic: a reader never sees half a file, and a retry replaces the file whole.
    await rename(temp, target);
    return { bytes, sha256: hash.digest('hex') };
  }

  async open(key: string): Promise<Readable | null> {
    const path = this.path(key);
    try {
      await stat(path);
    } catch {
      return null;
    }
    return createReadStream(path);
  }

  async remove(prefix: string): Promise<void> {
    await rm(this.path(prefix), { recursive: true, force: true });
  }
}

export const storageKey = (digestId: string, file: string): string => join('digests', digestId, file);
