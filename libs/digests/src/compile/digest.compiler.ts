import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { OrganisationEntity, Region, UserService } from '@app/identity';
import { NotificationService } from '@app/notifications';
import { Clock, inTransaction, PlatformConfig, PlatformRole } from '@app/platform';
import {
  canSeeCosignature,
  CosignatureEntity,
  CosignatureStatus,
  cosignerAttribution,
  SubmissionEntity,
  submissionAttribution,
} from '@app/submissions';
import { DataSource, QueryRunner } from 'typeorm';
import { DigestEdition, DigestEntity, DigestFormat, DigestPhase, DigestStatus } from '../entities';
import { CsvWriter } from '../formats/csv.writer';
import { DigestChanges, DigestContext, DigestEntry, DigestStatistics, DigestWriter } from '../formats/digest-model';
import { DocxWriter } from '../formats/docx.writer';
import { HtmlWriter } from '../formats/html.writer';
import { entryHash, JsonWriter } from '../formats/json.writer';
import { MarkdownWriter } from '../formats/markdown.writer';
import { PdfWriter } from '../formats/pdf.writer';
import { FILE_STORAGE, FileStorage, storageKey } from '../storage/file-storage';
import {
  DIGEST_FORMAT_VERSION,
  editionViewer,
  entriesSql,
  EntryRow,
  fingerprintSql,
  indexSql,
  statisticsSql,
} from './digest-source';
import { compiledDir, scratchPrefix, workRoot } from './work-dirs';

const BATCH = 500;

/**
 * Where each phase starts on the 0–100 progress bar. Reading the entries is most of the work a
 * database does, so it fills the bar up to INDEXING in proportion to the entries read; printing
 * the PDF (one Chromium run per chunk of entries) is most of the rest.
 */
export const PHASE_PROGRESS: Record<
  Exclude<DigestPhase, DigestPhase.QUEUED | DigestPhase.DONE | DigestPhase.FAILED>,
  number
> = {
  [DigestPhase.READING_ENTRIES]: 0,
  [DigestPhase.INDEXING]: 60,
  [DigestPhase.WRITING_FILES]: 65,
  [DigestPhase.PRINTING_PDF]: 75,
  [DigestPhase.STORING_FILES]: 95,
};
/** Tries at storing each compiled file before the attempt fails. */
const STORE_ATTEMPTS = 3;
const STORE_RETRY_MS = 1_000;

export interface DigestSettings {
  chromiumPath: string;
  /** Longest one PDF chunk may take to print. */
  pdfTimeoutMs: number;
  /** Entries per PDF chunk (default 400). */
  pdfEntriesPerChunk?: number;
}
export const DIGEST_SETTINGS = Symbol('DIGEST_SETTINGS');

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

interface Built {
  contentHash: string;
  count: number;
  fingerprint: string;
  context: DigestContext;
  writers: DigestWriter[];
}

/**
 * Compiles one digest in the worker. Entries are read with a server-side cursor in batches inside
 * one REPEATABLE READ snapshot and streamed to every format at once, so memory stays flat however
 * many submissions there are. Re-running after a crash starts over for the same digest row and
 * files — unless the files were all produced and only storing them failed: then the retry stores
 * the kept files (compiledDir). Only the final conditional UPDATE makes it READY, so it happens
 * exactly once.
 */
@Injectable()
export class DigestCompiler {
  private readonly logger = new Logger(DigestCompiler.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(DIGEST_SETTINGS) private readonly settings: DigestSettings,
    private readonly notifications: NotificationService,
    private readonly users: UserService,
    private readonly audit: AuditService,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  async compile(digestId: string): Promise<void> {
    const claimed: DigestEntity[] = await this.dataSource
      .query(
        `UPDATE digests SET status = 'COMPILING', progress = 0, phase = 'READING_ENTRIES',
                phases = jsonb_build_array(jsonb_build_object('phase', 'READING_ENTRIES', 'startedAt', $2::timestamptz))
          WHERE id = $1 AND status IN ('QUEUED', 'COMPILING') RETURNING id`,
        [digestId, this.clock.now()],
      )
      .then((r: [DigestEntity[], number]) => r[0]);
    if (claimed.length === 0) return; // already finished (or failed) by an earlier run
    const digest = await this.dataSource.getRepository(DigestEntity).findOneByOrFail({ id: digestId });
    // An earlier attempt compiled it and failed storing or committing: store what it produced.
    if (await this.storeEarlierCompile(digest)) return;
    const dir = await mkdtemp(join(workRoot(), scratchPrefix(digestId)));
    try {
      const built = await this.build(digest, dir);
      await this.finish(digest, built);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async build(digest: DigestEntity, dir: string): Promise<Built> {
    await this.dataSource.query('DELETE FROM digest_items WHERE digest_id = $1', [digest.id]);
    const json = new JsonWriter(dir);
    const pdf = new PdfWriter(dir, {
      chromiumPath: this.settings.chromiumPath,
      timeoutMs: this.settings.pdfTimeoutMs,
      entriesPerChunk: this.settings.pdfEntriesPerChunk ?? 400,
    });
    const writers: DigestWriter[] = [
      json,
      new MarkdownWriter(dir),
      new HtmlWriter(dir),
      new CsvWriter(dir),
      new DocxWriter(dir),
      pdf,
    ];
    const viewer = editionViewer(digest.edition);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const [{ fingerprint }] = await runner.query(fingerprintSql(digest.edition), [
        digest.sessionId,
        DIGEST_FORMAT_VERSION,
      ]);
      const context = await this.context(runner, digest);
      for (const w of writers) await w.start(context);
      let region: Region | null = null;
      let count = 0;
      let items: unknown[][] = [];
      await runner.query(`DECLARE digest_entries NO SCROLL CURSOR FOR ${entriesSql(digest.edition)}`, [
        digest.sessionId,
      ]);
      // PostgreSQL computes the next batch while this one is written (the cursor's connection does
      // nothing else; items and progress go through the pool).
      const fetch = (): Promise<EntryRow[]> => {
        const next: Promise<EntryRow[]> = runner.query(`FETCH ${BATCH} FROM digest_entries`);
        next.catch(() => undefined); // awaited below; a failure while a batch is written must not go unhandled
        return next;
      };
      let pending = fetch();
      for (;;) {
        const rows = await pending;
        if (rows.length === 0) break;
        pending = fetch();
        for (const row of rows) {
          const entry = this.toEntry(row, viewer);
          if (entry.region !== region) {
            region = entry.region;
            for (const w of writers) await w.section(region);
          }
          for (const w of writers) await w.entry(entry);
          items.push([digest.id, entry.id, entry.version, entry.title, entryHash(entry)]);
          count += 1;
        }
        await this.saveItems(digest.id, items, count, context.statistics.submissions);
        items = [];
      }
      await runner.query('CLOSE digest_entries');
      await this.enterPhase(digest.id, DigestPhase.INDEXING);
      await runner.query(`DECLARE digest_index NO SCROLL CURSOR FOR ${indexSql(digest.edition)}`, [digest.sessionId]);
      let tag = '';
      for (;;) {
        const rows: { category: string; slug: string; label: string; id: string; title: string }[] = await runner.query(
          `FETCH ${BATCH} FROM digest_index`,
        );
        if (rows.length === 0) break;
        for (const row of rows) {
          const key = `${row.category}/${row.slug}`;
          if (key !== tag) {
            tag = key;
            for (const w of writers) await w.indexTag(row);
          }
          for (const w of writers) await w.indexEntry(row);
        }
      }
      await runner.query('COMMIT');
      return { contentHash: await json.contentHash(), count, fingerprint, context, writers };
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Statistics and the session, read in the same snapshot as the entries. */
  private async context(runner: QueryRunner, digest: DigestEntity): Promise<DigestContext> {
    const [session] = await runner.query(
      `SELECT id, title, process_name, location, starts_at, ends_at FROM negotiation_sessions WHERE id = $1`,
      [digest.sessionId],
    );
    const sql = statisticsSql(digest.edition);
    const byRegion: DigestStatistics['byRegion'] = (await runner.query(sql.byRegion, [digest.sessionId])).map(
      (r: DigestStatistics['byRegion'][number]) => ({
        region: r.region,
        submissions: Number(r.submissions),
        withGenderTag: Number(r.withGenderTag),
        withHumanRightsTag: Number(r.withHumanRightsTag),
      }),
    );
    const byTag: DigestStatistics['byTag'] = (await runner.query(sql.byTag, [digest.sessionId])).map(
      (t: DigestStatistics['byTag'][number]) => ({
        category: t.category,
        slug: t.slug,
        label: t.label,
        submissions: Number(t.submissions),
      }),
    );
    return {
      session: {
        id: session.id,
        title: session.title,
        processName: session.process_name,
        location: session.location,
        startsAt: new Date(session.starts_at).toISOString(),
        endsAt: new Date(session.ends_at).toISOString(),
      },
      edition: digest.edition,
      statistics: { submissions: byRegion.reduce((n, r) => n + r.submissions, 0), byRegion, byTag },
    };
  }

  /** Attribution through the API's disclosure policy and mapper, as the edition's reader would see it. */
  private toEntry(row: EntryRow, viewer: ReturnType<typeof editionViewer>): DigestEntry {
    const submission = {
      id: row.id,
      organisationId: row.organisation_id,
      disclosure: row.disclosure,
      region: row.region,
    } as SubmissionEntity;
    const org = { id: row.organisation_id, name: row.org_name, region: row.org_region } as OrganisationEntity;
    const cosigners = (row.cosigners ?? [])
      .map((c) => ({
        cosignature: {
          organisationId: c.organisationId,
          disclosure: c.disclosure,
          status: CosignatureStatus.ACCEPTED,
        } as CosignatureEntity,
        org: { id: c.organisationId, name: c.name, region: c.region } as OrganisationEntity,
      }))
      .filter((c) => canSeeCosignature(viewer, submission, c.cosignature))
      .map((c) => cosignerAttribution(c.cosignature, submission, viewer, c.org).text)
      // Sorted after masking: the place of a masked co-signer among named ones must not hint at its name.
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      id: row.id,
      version: Number(row.version),
      contentHash: row.content_hash,
      region: row.region,
      title: row.title,
      attribution: submissionAttribution(submission, viewer, org).text,
      cosigners,
      language: row.language,
      tags: row.tags ?? [],
      provisions: row.provisions ?? [],
      summary: row.summary,
      text: row.body,
    };
  }

  /** Records that the worker entered `phase` (and moves the progress bar to where it starts). */
  private async enterPhase(digestId: string, phase: keyof typeof PHASE_PROGRESS): Promise<void> {
    await this.dataSource.query(
      `UPDATE digests SET phase = $2, progress = GREATEST(progress, $3),
              phases = phases || jsonb_build_array(jsonb_build_object('phase', $2::text, 'startedAt', $4::timestamptz))
        WHERE id = $1 AND status = 'COMPILING'`,
      [digestId, phase, PHASE_PROGRESS[phase], this.clock.now()],
    );
  }

  /** The batch's digest items and the progress it makes, in one statement (one commit). */
  private async saveItems(digestId: string, items: unknown[][], done: number, total: number): Promise<void> {
    const reading = PHASE_PROGRESS[DigestPhase.INDEXING];
    const percent = total > 0 ? Math.min(reading, Math.floor((done / total) * reading)) : reading;
    const values = items
      .map((_, i) => `($${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, $${i * 5 + 6}, $${i * 5 + 7})`)
      .join(',');
    await this.dataSource.query(
      `WITH items AS (INSERT INTO digest_items (digest_id, submission_id, version_number, title, entry_hash) VALUES ${values})
       UPDATE digests SET progress = $2 WHERE id = $1 AND status = 'COMPILING'`,
      [digestId, percent, ...items.flat()],
    );
  }

  private async finish(digest: DigestEntity, built: Built): Promise<void> {
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
    await this.enterPhase(digest.id, DigestPhase.WRITING_FILES);
    for (const writer of built.writers) {
      if (writer.extension === DigestFormat.PDF) await this.enterPhase(digest.id, DigestPhase.PRINTING_PDF);
      files.push({ format: writer.extension as DigestFormat, path: await writer.finish(cover, changes) });
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

  /** True when an earlier attempt's files were there, still right for the digest, and are now stored. */
  private async storeEarlierCompile(digest: DigestEntity): Promise<boolean> {
    const dir = compiledDir(digest.id);
    const compiled = await readFile(join(dir, MANIFEST), 'utf8').then(
      (text) => JSON.parse(text) as Compiled,
      () => null,
    );
    if (!compiled) return false;
    const [{ fingerprint }] = await this.dataSource.query(fingerprintSql(digest.edition), [
      digest.sessionId,
      DIGEST_FORMAT_VERSION,
    ]);
    const previous = await this.previousVersion(digest);
    const [{ n }] = await this.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM digest_items WHERE digest_id = $1',
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

  /** Stores the compiled files (retrying the storing only), then makes the digest READY, once. */
  private async storeAndCommit(digest: DigestEntity, compiled: Compiled): Promise<void> {
    await this.enterPhase(digest.id, DigestPhase.STORING_FILES);
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

  /** Added, removed and changed entries against the previous version (from the recorded items). */
  private async changes(digestId: string, previous: DigestEntity | null): Promise<DigestChanges> {
    if (!previous) return { previousVersion: null, added: [], removed: [], changed: [] };
    const rows: { kind: 'added' | 'removed' | 'changed'; id: string; title: string }[] = await this.dataSource.query(
      `SELECT CASE WHEN p.submission_id IS NULL THEN 'added' WHEN n.submission_id IS NULL THEN 'removed' ELSE 'changed' END AS kind,
              COALESCE(n.submission_id, p.submission_id) AS id, COALESCE(n.title, p.title) AS title
         FROM (SELECT * FROM digest_items WHERE digest_id = $1) n
         FULL JOIN (SELECT * FROM digest_items WHERE digest_id = $2) p ON p.submission_id = n.submission_id
        WHERE p.submission_id IS NULL OR n.submission_id IS NULL OR p.entry_hash <> n.entry_hash
        ORDER BY COALESCE(n.title, p.title) COLLATE "C", COALESCE(n.submission_id, p.submission_id)`,
      [digestId, previous.id],
    );
    const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => ({ id: r.id, title: r.title }));
    return { previousVersion: previous.version, added: of('added'), removed: of('removed'), changed: of('changed') };
  }
}
