import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm, stat } from 'node:fs/promises';
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
    await makeDirectory(dirname(target));
    const temp = `${target}.${process.pid}.${Date.now()}.part`;
    const hash = createHash('sha256');
    let bytes = 0;
    content.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    try {
      await pipeline(content, createWriteStream(temp));
      // Rename is atomic: a reader never sees half a file, and a retry replaces the file whole.
      await rename(temp, target);
    } catch (error) {
      // A failed write (disk full, read-only) leaves no partial file behind to keep the disk full.
      await rm(temp, { force: true }).catch(() => undefined);
      throw error;
    }
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

/**
 * `mkdir -p`, reporting the real cause: a recursive mkdir that cannot create a directory on a
 * read-only or full file system reports ENOENT for it; a plain mkdir of the first missing level
 * reports EROFS, ENOSPC or EACCES as they are.
 */
async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    let missing = dir;
    while (dirname(missing) !== missing && !(await exists(dirname(missing)))) missing = dirname(missing);
    await mkdir(missing); // throws the file system's own reason
    throw error;
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

export const storageKey = (digestId: string, file: string): string => join('digests', digestId, file);
