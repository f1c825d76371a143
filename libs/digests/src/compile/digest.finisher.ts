import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { UserService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { Clock, inTransaction, PlatformConfig, PlatformRole } from '@app/platform';
import { DataSource } from 'typeorm';
import { DigestEdition, DigestEntity, DigestFormat, DigestPhase, DigestStatus } from '../entities';
import { enterPhase } from './digest-phases';
import { DigestChanges, DigestContext, DigestStatistics } from '../formats/digest-model';
import { DigestWriterSet } from '../formats/digest-writers';
import { FILE_STORAGE, FileStorage, storageKey } from '../storage/file-storage';
import { digestInputFingerprint, DigestSectionRegistry } from './digest-sections';
import { compiledDir } from './work-dirs';

/** Tries at storing each compiled file before the attempt fails. */
const STORE_ATTEMPTS = 3;
const STORE_RETRY_MS = 1_000;

/**
 * What a compile produced, kept on local disk (compiledDir) until it is stored and committed: a
 * retry of the job stores these files instead of compiling again, as long as the digest's inputs
 * (its fingerprint) and the version it follows are the same.
 */
interface Compiled {
  fingerprint: string;
  previousId: string | null;
  version: number;
  contentHash: string;
  count: number;
  statistics: DigestStatistics;
  sessionTitle: string;
  changes: DigestChanges;
  files: { format: DigestFormat; name: string }[];
}
const MANIFEST = 'manifest.json';

/** What a compile read and wrote, ready to finish. */
export interface BuiltDigest {
  contentHash: string;
  count: number;
  fingerprint: string;
  context: DigestContext;
  writers: DigestWriterSet;
}

/**
 * Ends a compile: compares it with the latest version, finishes and stores the files, and makes
 * the digest UNCHANGED or READY with one conditional UPDATE (so it happens exactly once), telling
 * staff in the same transaction.
 */
@Injectable()
export class DigestFinisher {
  private readonly logger = new Logger(DigestFinisher.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly notifications: NotificationService,
    private readonly users: UserService,
    private readonly audit: AuditService,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
    private readonly sections: DigestSectionRegistry,
  ) {}

  /** The compile's outcome: UNCHANGED (the same content as the latest version) or a new READY version, its files stored and staff told. */
  async finish(digest: DigestEntity, built: BuiltDigest): Promise<void> {
    const previous = await this.previousVersion(digest);
    const now = this.clock.now();
    if (previous && previous.contentHash === built.contentHash) {
      await inTransaction(this.dataSource, async (manager) => {
        await manager.query(
          `UPDATE digests SET status = 'UNCHANGED', version = $2, content_hash = $3, same_as_id = $4, progress = 100, submission_count = $5, input_fingerprint = $6, completed_at = $7,
                  phase = 'DONE', phases = phases || jsonb_build_array(jsonb_build_object('phase', 'DONE', 'startedAt', $7::timestamptz))
            WHERE id = $1 AND status = 'COMPILING'`,
          [digest.id, previous.version, built.contentHash, previous.id, built.count, built.fingerprint, now],
        );
        await manager.query('DELETE FROM digest_items WHERE digest_id = $1', [digest.id]);
        // The existing version stands for the current inputs too.
        await manager.query('UPDATE digests SET input_fingerprint = $2 WHERE id = $1', [
          previous.id,
          built.fingerprint,
        ]);
      });
      return;
    }
    const version = (previous?.version ?? 0) + 1;
    const changes = await this.changes(digest.id, previous);
    const cover = {
      version,
      contentHash: built.contentHash,
      submissionCount: built.count,
      compiledAt: now.toISOString(),
    };
    const files: { format: DigestFormat; path: string }[] = [];
    await enterPhase(this.dataSource, digest.id, DigestPhase.WRITING_FILES, this.clock.now());
    for (const { format, writer } of built.writers.all) {
      if (format === DigestFormat.PDF)
        await enterPhase(this.dataSource, digest.id, DigestPhase.PRINTING_PDF, this.clock.now());
      files.push({ format, path: await writer.finish(cover, changes) });
    }
    const compiled = await this.keep(digest.id, files, {
      fingerprint: built.fingerprint,
      previousId: previous?.id ?? null,
      version,
      contentHash: built.contentHash,
      count: built.count,
      statistics: built.context.statistics,
      sessionTitle: built.context.session.title,
      changes,
    });
    await this.storeAndCommit(digest, compiled);
  }

  /** True when an earlier attempt's files were there, still right for the digest, and are now stored. */
  async storeEarlierCompile(digest: DigestEntity): Promise<boolean> {
    const dir = compiledDir(digest.id);
    const compiled = await readFile(join(dir, MANIFEST), 'utf8').then(
      (text) => JSON.parse(text) as Compiled,
      () => null,
    );
    if (!compiled) return false;
    const fingerprint = await digestInputFingerprint(this.dataSource, this.sections, digest.sessionId, digest.edition);
    const previous = await this.previousVersion(digest);
    const [{ n }] = await this.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM digest_items WHERE digest_id = $1 AND section IS NULL',
      [digest.id],
    );
    if (
      compiled.fingerprint !== fingerprint ||
      compiled.previousId !== (previous?.id ?? null) ||
      compiled.version !== (previous?.version ?? 0) + 1 ||
      Number(n) !== compiled.count
    ) {
      // The inputs moved on since: compile afresh.
      await rm(dir, { recursive: true, force: true });
      return false;
    }
    this.logger.log(
      { digestId: digest.id, version: compiled.version, formats: compiled.files.map((f) => f.format) },
      'digest files compiled by an earlier attempt; storing them',
    );
    await this.storeAndCommit(digest, compiled);
    return true;
  }

  /**
   * Moves the produced files into the digest's compiled directory with a manifest, in one rename:
   * from here on a retry of the job stores them instead of compiling again (a PDF can take minutes).
   */
  private async keep(
    digestId: string,
    files: { format: DigestFormat; path: string }[],
    about: Omit<Compiled, 'files'>,
  ): Promise<Compiled> {
    const target = compiledDir(digestId);
    const staging = `${target}.${process.pid}.part`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging);
    const compiled: Compiled = { ...about, files: [] };
    for (const f of files) {
      await rename(f.path, join(staging, basename(f.path)));
      compiled.files.push({ format: f.format, name: basename(f.path) });
    }
    await writeFile(join(staging, MANIFEST), JSON.stringify(compiled));
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
    return compiled;
  }

  /** Stores the compiled files (retrying the storing only), then makes the digest READY, once. */
  private async storeAndCommit(digest: DigestEntity, compiled: Compiled): Promise<void> {
    await enterPhase(this.dataSource, digest.id, DigestPhase.STORING_FILES, this.clock.now());
    const dir = compiledDir(digest.id);
    const { version } = compiled;
    const stored: { format: DigestFormat; key: string; bytes: number; sha256: string }[] = [];
    for (const f of compiled.files) {
      const key = storageKey(digest.id, `digest.${f.format}`);
      stored.push({ format: f.format, key, ...(await this.store(digest.id, key, join(dir, f.name))) });
    }
    await inTransaction(this.dataSource, async (manager) => {
      const result: [unknown[], number] = await manager.query(
        `UPDATE digests SET status = 'READY', version = $2, content_hash = $3, changes = $4, stats = $5, submission_count = $6, input_fingerprint = $7, progress = 100, completed_at = $8, error = NULL,
                phase = 'DONE', phases = phases || jsonb_build_array(jsonb_build_object('phase', 'DONE', 'startedAt', $8::timestamptz))
          WHERE id = $1 AND status = 'COMPILING'`,
        [
          digest.id,
          version,
          compiled.contentHash,
          JSON.stringify(compiled.changes),
          JSON.stringify(compiled.statistics),
          compiled.count,
          compiled.fingerprint,
          this.clock.now(),
        ],
      );
      if (result[1] !== 1) return; // another run finished it first
      for (const f of stored) {
        await manager.query(
          `INSERT INTO digest_files (digest_id, format, bytes, sha256, storage_key) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (digest_id, format) DO UPDATE SET bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256, storage_key = EXCLUDED.storage_key`,
          [digest.id, f.format, f.bytes, f.sha256, f.key],
        );
      }
      await this.audit.record(manager, {
        actorId: null,
        action: 'digest.compiled',
        entityType: 'Digest',
        entityId: digest.id,
        after: { version, contentHash: compiled.contentHash, submissions: compiled.count },
      });
      const staff = await this.users.holdersOf(PlatformRole.STAFF, manager);
      await this.notifications.notifyAndEmail(manager, staff, {
        kind: 'DIGEST_READY',
        title: `Digest ready: ${compiled.sessionTitle}, ${digest.edition === DigestEdition.PUBLIC ? 'public' : 'internal'} edition, version ${version}`,
        body: `${compiled.count} submissions. Review the changes, then publish it.`,
        entityType: 'Digest',
        entityId: digest.id,
        link: `${this.config.PUBLIC_URL}/digests/${digest.id}/files/html`,
      });
    });
    await rm(dir, { recursive: true, force: true });
    this.logger.log({ digestId: digest.id, version, submissions: compiled.count }, 'digest compiled');
  }

  /** The latest READY or PUBLISHED version of the digest's session and edition. */
  private previousVersion(digest: DigestEntity): Promise<DigestEntity | null> {
    return this.dataSource.getRepository(DigestEntity).findOne({
      where: [
        { sessionId: digest.sessionId, edition: digest.edition, status: DigestStatus.READY },
        { sessionId: digest.sessionId, edition: digest.edition, status: DigestStatus.PUBLISHED },
      ],
      order: { version: 'DESC' },
    });
  }

  /** Stores one compiled file, trying again (with backoff) when the storage refuses it. */
  private async store(digestId: string, key: string, path: string): Promise<{ bytes: number; sha256: string }> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.storage.put(key, createReadStream(path));
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        if (attempt >= STORE_ATTEMPTS) throw error;
        this.logger.warn(
          { digestId, key, attempt, of: STORE_ATTEMPTS, err: { name: e.name, code: e.code, message: e.message } },
          'storing a digest file failed; retrying the store only',
        );
        await new Promise((resolve) => setTimeout(resolve, STORE_RETRY_MS * attempt));
      }
    }
  }

  /**
   * Added, removed and changed entries against the previous version (from the recorded items). An
   * entry of an added section carries its section's title; a submission carries none.
   */
  private async changes(digestId: string, previous: DigestEntity | null): Promise<DigestChanges> {
    if (!previous) return { previousVersion: null, added: [], removed: [], changed: [] };
    const rows: { kind: 'added' | 'removed' | 'changed'; id: string; title: string; section: string | null }[] =
      await this.dataSource.query(
        `SELECT CASE WHEN p.submission_id IS NULL THEN 'added' WHEN n.submission_id IS NULL THEN 'removed' ELSE 'changed' END AS kind,
                COALESCE(n.submission_id, p.submission_id) AS id, COALESCE(n.title, p.title) AS title,
                COALESCE(n.section, p.section) AS section
           FROM (SELECT * FROM digest_items WHERE digest_id = $1) n
           FULL JOIN (SELECT * FROM digest_items WHERE digest_id = $2) p ON p.submission_id = n.submission_id
          WHERE p.submission_id IS NULL OR n.submission_id IS NULL OR p.entry_hash <> n.entry_hash
          ORDER BY COALESCE(n.section, p.section) NULLS FIRST, COALESCE(n.title, p.title) COLLATE "C", COALESCE(n.submission_id, p.submission_id)`,
        [digestId, previous.id],
      );
    const of = (kind: string) =>
      rows
        .filter((r) => r.kind === kind)
        .map((r) =>
          r.section === null
            ? { id: r.id, title: r.title }
            : { id: r.id, title: r.title, section: this.sections.titleOf(r.section), sectionKey: r.section },
        );
    return { previousVersion: previous.version, added: of('added'), removed: of('removed'), changed: of('changed') };
  }
}
