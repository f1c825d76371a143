/**
 * Drafts are never lost: every edit the server has not confirmed is kept in the browser and sent
 * when the network comes back. The queue is written against a four-method storage interface, so
 * its rules are tested with the in-memory storage and the browser uses IndexedDB (below).
 *
 * One entry per draft key (a person's submission id): the latest text wins, with the server
 * version it was based on, which is what the resend passes as expectedVersion — so a text that
 * someone else changed meanwhile comes back as a CONFLICT to resolve, never a silent overwrite.
 */

export interface StoredDraft<T> {
  key: string;
  value: T;
  /** The server version this text was based on (sent as expectedVersion). */
  baseVersion: number;
  updatedAt: number;
  /** Set when a resend was refused as stale: the editor shows the conflict view for it. */
  conflict?: boolean;
}

export interface DraftStorage<T> {
  get(key: string): Promise<StoredDraft<T> | undefined>;
  put(draft: StoredDraft<T>): Promise<void>;
  delete(key: string): Promise<void>;
  all(): Promise<StoredDraft<T>[]>;
}

export type SendResult = { ok: true; version: number } | { ok: false; reason: 'offline' | 'conflict' | 'rejected' };

export interface FlushReport {
  sent: string[];
  conflicts: string[];
  rejected: string[];
  /** True when the network failed part-way: the rest stay queued. */
  stoppedOffline: boolean;
}

export class DraftQueue<T> {
  constructor(
    private readonly storage: DraftStorage<T>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps the latest text of a draft (called on every change, before any network). */
  keep(key: string, value: T, baseVersion: number): Promise<void> {
    return this.storage.put({ key, value, baseVersion, updatedAt: this.now() });
  }

  pending(key: string): Promise<StoredDraft<T> | undefined> {
    return this.storage.get(key);
  }

  /** The server has this text (or the person chose the server's): nothing left to send. */
  async confirm(key: string, value: T): Promise<void> {
    const stored = await this.storage.get(key);
    // Only if what is stored is what was confirmed: a newer edit made meanwhile stays queued.
    if (stored && JSON.stringify(stored.value) === JSON.stringify(value)) await this.storage.delete(key);
  }

  discard(key: string): Promise<void> {
    return this.storage.delete(key);
  }

  /**
   * Sends every queued draft, oldest first. Sent ones leave the queue; a stale one is marked as a
   * conflict and kept; one the server refuses for its content is kept (the editor shows why); the
   * first network failure stops the flush with everything left in place.
   */
  async flush(send: (draft: StoredDraft<T>) => Promise<SendResult>): Promise<FlushReport> {
    const report: FlushReport = { sent: [], conflicts: [], rejected: [], stoppedOffline: false };
    const drafts = (await this.storage.all()).filter((d) => !d.conflict).sort((a, b) => a.updatedAt - b.updatedAt);
    for (const draft of drafts) {
      const result = await send(draft);
      if (result.ok) {
        await this.confirm(draft.key, draft.value);
        report.sent.push(draft.key);
      } else if (result.reason === 'offline') {
        report.stoppedOffline = true;
        break;
      } else if (result.reason === 'conflict') {
        await this.storage.put({ ...draft, conflict: true });
        report.conflicts.push(draft.key);
      } else {
        report.rejected.push(draft.key);
      }
    }
    return report;
  }
}

export class MemoryDraftStorage<T> implements DraftStorage<T> {
  private readonly drafts = new Map<string, StoredDraft<T>>();

  get(key: string): Promise<StoredDraft<T> | undefined> {
    const d = this.drafts.get(key);
    return Promise.resolve(d && structuredClone(d));
  }

  put(draft: StoredDraft<T>): Promise<void> {
    this.drafts.set(draft.key, structuredClone(draft));
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.drafts.delete(key);
    return Promise.resolve();
  }

  all(): Promise<StoredDraft<T>[]> {
    return Promise.resolve([...this.drafts.values()].map((d) => structuredClone(d)));
  }
}

const STORE = 'drafts';

/** The browser's storage: one IndexedDB object store keyed by draft key. Survives reloads and crashes. */
export class IndexedDbDraftStorage<T> implements DraftStorage<T> {
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly name = 'plenary-drafts') {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
    });
    return this.db;
  }

  private async run<R>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest): Promise<R> {
    const db = await this.open();
    return new Promise<R>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as R);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
  }

  get(key: string): Promise<StoredDraft<T> | undefined> {
    return this.run('readonly', (s) => s.get(key));
  }

  async put(draft: StoredDraft<T>): Promise<void> {
    await this.run('readwrite', (s) => s.put(draft));
  }

  async delete(key: string): Promise<void> {
    await this.run('readwrite', (s) => s.delete(key));
  }

  all(): Promise<StoredDraft<T>[]> {
    return this.run('readonly', (s) => s.getAll());
  }
}
