import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { Region } from '@app/identity';
import { DataSource } from 'typeorm';
import { Clock } from '@app/platform';
import { DigestEntity, DigestPhase } from '../entities';
import { enterPhase, PHASE_PROGRESS } from './digest-phases';
import { DigestWriterRegistry } from '../formats/digest-writers';
import { entryHash } from '../formats/json.writer';
import { sectionEntryHash, sectionEntryViews } from '../formats/section-entries';
import { toDigestEntry, readDigestContext } from './digest-entries';
import { BuiltDigest, DigestFinisher } from './digest.finisher';
import { DIGEST_SETTINGS, DigestSettings } from './digest-settings';
import { digestInputFingerprint, DigestSectionRegistry } from './digest-sections';
import { editionViewer, entriesSql, EntryRow, indexSql } from './digest-source';
import { scratchPrefix, workRoot } from './work-dirs';

const BATCH = 500;

/**
 * Compiles one digest in the worker. Entries are read with a server-side cursor in batches inside
 * one REPEATABLE READ snapshot and streamed to every format's writer (DigestWriterRegistry) at
 * once, so memory stays flat however many submissions there are. Re-running after a crash starts
 * over for the same digest row and files — unless the files were all produced and only storing them
 * failed: then the retry stores the kept files (DigestFinisher.storeEarlierCompile). DigestFinisher's
 * conditional UPDATE makes it READY, so it happens exactly once.
 */
@Injectable()
export class DigestCompiler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writerRegistry: DigestWriterRegistry,
    private readonly finisher: DigestFinisher,
    private readonly sections: DigestSectionRegistry,
    @Inject(DIGEST_SETTINGS) private readonly settings: DigestSettings,
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
    if (await this.finisher.storeEarlierCompile(digest)) return;
    const dir = await mkdtemp(join(workRoot(), scratchPrefix(digestId)));
    try {
      const built = await this.build(digest, dir);
      await this.finisher.finish(digest, built);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async build(digest: DigestEntity, dir: string): Promise<BuiltDigest> {
    await this.dataSource.query('DELETE FROM digest_items WHERE digest_id = $1', [digest.id]);
    const writers = this.writerRegistry.create(dir, this.settings);
    const viewer = editionViewer(digest.edition);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const fingerprint = await digestInputFingerprint(runner, this.sections, digest.sessionId, digest.edition);
      const context = await readDigestContext(runner, digest);
      for (const { writer: w } of writers.all) await w.start(context);
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
          const entry = toDigestEntry(row, viewer);
          if (entry.region !== region) {
            region = entry.region;
            for (const { writer: w } of writers.all) await w.section(region);
          }
          for (const { writer: w } of writers.all) await w.entry(entry);
          items.push([digest.id, entry.id, entry.version, entry.title, entryHash(entry)]);
          count += 1;
        }
        await this.saveItems(digest.id, items, count, context.statistics.submissions);
        items = [];
      }
      await runner.query('CLOSE digest_entries');
      // The sections other contexts add (side meetings' outcomes, publications …), in the same snapshot; their
      // entries are recorded as items too, so the next version's changes name them.
      for (const section of await this.sections.read(runner, digest.sessionId, digest.edition)) {
        for (const { writer: w } of writers.all) await w.extraSection(section);
        await this.saveSectionItems(
          digest.id,
          section.key,
          sectionEntryViews(section).map((v) => [v.id, v.version, v.title, sectionEntryHash(v)]),
        );
      }
      await enterPhase(this.dataSource, digest.id, DigestPhase.INDEXING, this.clock.now());
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
            for (const { writer: w } of writers.all) await w.indexTag(row);
          }
          for (const { writer: w } of writers.all) await w.indexEntry(row);
        }
      }
      await runner.query('COMMIT');
      return { contentHash: await writers.json.contentHash(), count, fingerprint, context, writers };
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** An added section's entries as digest items, marked with the section's key. */
  private async saveSectionItems(digestId: string, key: string, items: unknown[][]): Promise<void> {
    const values = items
      .map((_, i) => `($1, $${i * 4 + 3}, $${i * 4 + 4}, $${i * 4 + 5}, $${i * 4 + 6}, $2)`)
      .join(',');
    await this.dataSource.query(
      `INSERT INTO digest_items (digest_id, submission_id, version_number, title, entry_hash, section) VALUES ${values}`,
      [digestId, key, ...items.flat()],
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
}
