import { mkdtemp, rm } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { DigestEdition, DigestEntity, DigestFormat, DigestStatus } from '../entities';
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
  SESSION_SQL,
  statisticsSql,
} from './digest-source';

const BATCH = 500;
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
 * files; only the final conditional UPDATE makes it READY, so it happens exactly once.
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
        `UPDATE digests SET status = 'COMPILING', progress = 0 WHERE id = $1 AND status IN ('QUEUED', 'COMPILING') RETURNING id`,
        [digestId],
      )
      .then((r: [DigestEntity[], number]) => r[0]);
    if (claimed.length === 0) return; // already finished (or failed) by an earlier run
    const digest = await this.dataSource.getRepository(DigestEntity).findOneByOrFail({ id: digestId });
    const dir = await mkdtemp(join(tmpdir(), `plenary-digest-${digestId}-`));
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
    const [session] = await runner.query(SESSION_SQL, [digest.sessionId]);
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

  /** The batch's digest items and the progress it makes, in one statement (one commit). */
  private async saveItems(digestId: string, items: unknown[][], done: number, total: number): Promise<void> {
    const percent = total > 0 ? Math.min(90, Math.floor((done / total) * 90)) : 90;
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
    const previous = await this.dataSource.getRepository(DigestEntity).findOne({
      where: [
        { sessionId: digest.sessionId, edition: digest.edition, status: DigestStatus.READY },
        { sessionId: digest.sessionId, edition: digest.edition, status: DigestStatus.PUBLISHED },
      ],
      order: { version: 'DESC' },
    });
    const now = this.clock.now();
    if (previous && previous.contentHash === built.contentHash) {
      await inTransaction(this.dataSource, async (manager) => {
        await manager.query(
          `UPDATE digests SET status = 'UNCHANGED', version = $2, content_hash = $3, same_as_id = $4, progress = 100, submission_count = $5, input_fingerprint = $6, completed_at = $7
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
    for (const writer of built.writers)
      files.push({ format: writer.extension as DigestFormat, path: await writer.finish(cover, changes) });
    // Compiled once; only the storing is retried (a PDF can take minutes to print).
    const stored: { format: DigestFormat; key: string; bytes: number; sha256: string }[] = [];
    for (const f of files) {
      const key = storageKey(digest.id, `digest.${f.format}`);
      stored.push({ format: f.format, key, ...(await this.store(digest.id, key, f.path)) });
    }
    await inTransaction(this.dataSource, async (manager) => {
      const result: [unknown[], number] = await manager.query(
        `UPDATE digests SET status = 'READY', version = $2, content_hash = $3, changes = $4, stats = $5, submission_count = $6, input_fingerprint = $7, progress = 100, completed_at = $8, error = NULL
          WHERE id = $1 AND status = 'COMPILING'`,
        [
          digest.id,
          version,
          built.contentHash,
          JSON.stringify(changes),
          JSON.stringify(built.context.statistics),
          built.count,
          built.fingerprint,
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
        after: { version, contentHash: built.contentHash, submissions: built.count },
      });
      const staff = await this.users.holdersOf(PlatformRole.STAFF, manager);
      await this.notifications.notifyAndEmail(manager, staff, {
        kind: 'DIGEST_READY',
        title: `Digest ready: ${built.context.session.title}, ${digest.edition === DigestEdition.PUBLIC ? 'public' : 'internal'} edition, version ${version}`,
        body: `${built.count} submissions. Review the changes, then publish it.`,
        entityType: 'Digest',
        entityId: digest.id,
        link: `${this.config.PUBLIC_URL}/digests/${digest.id}/files/html`,
      });
    });
    this.logger.log({ digestId: digest.id, version, submissions: built.count }, 'digest compiled');
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
