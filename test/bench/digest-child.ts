import 'reflect-metadata';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DigestCompiler, DigestEdition, DigestEntity, DigestSettings, DigestsJobsModule } from '@app/digests';
import { loadConfig, PlatformConfig, PlatformModule } from '@app/platform';
import { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../../apps/cli/src/cli.module';
import { Args, BENCH_REDIS_PREFIX, benchDatabaseUrl, benchRedisUrl, processMemory } from './lib/bench-env';
import { DigestChildResult, DigestFormatArg } from './lib/digest-result';

/**
 * One digest measurement in a process of its own (so its peak RSS is the compile's): boots the
 * worker's digest module against the bench database, then for each round compiles with the app's
 * DigestCompiler and, interleaved, runs `COPY (<the compiler's own entries query>) TO STDOUT` of the
 * same rows into a file. Reports over IPC.
 *
 *   --format json|md|html|csv|docx|pdf  the compiler's streaming build with only that writer
 *                                       active, plus its finish() (pdf: Chromium prints the chunks)
 *   --format compile                    DigestCompiler.compile(): the worker's whole job, every
 *                                       format, PDF, stored files, READY
 *
 * The writers are not exported from @app/digests. To time one format alone the harness finds the
 * already-loaded writer classes in Node's module cache and turns the others' methods into no-ops;
 * nothing in the app is changed. A bench-only look inside, documented in test/bench/README.md.
 */

type WriterMethod = (...args: unknown[]) => Promise<unknown>;
interface WriterPrototype {
  start: WriterMethod;
  section: WriterMethod;
  entry: WriterMethod;
  extraSection: WriterMethod;
  indexTag: WriterMethod;
  indexEntry: WriterMethod;
  finish: WriterMethod;
  contentHash?: WriterMethod;
}
interface WriterInstance {
  readonly extension: string;
  finish(cover: unknown, changes: unknown): Promise<string>;
}
interface Built {
  count: number;
  /** DigestWriterSet: every format's writer, the JSON one among them. */
  writers: { all: { writer: WriterInstance }[] };
}
interface CompilerInternals {
  build(digest: DigestEntity, dir: string): Promise<Built>;
}

const WRITER_MODULES: Record<string, { file: string; className: string }> = {
  json: { file: 'json.writer.js', className: 'JsonWriter' },
  md: { file: 'markdown.writer.js', className: 'MarkdownWriter' },
  html: { file: 'html.writer.js', className: 'HtmlWriter' },
  csv: { file: 'csv.writer.js', className: 'CsvWriter' },
  docx: { file: 'docx.writer.js', className: 'DocxWriter' },
  pdf: { file: 'pdf.writer.js', className: 'PdfWriter' },
};

/** An export of an app module that @app/digests has already loaded (found by its compiled path). */
function loadedExport<T>(suffix: string, name: string): T {
  const key = Object.keys(require.cache).find((k) => k.endsWith(suffix));
  const value = key ? (require.cache[key]?.exports as Record<string, unknown> | undefined)?.[name] : undefined;
  if (value === undefined) throw new Error(`bench harness: ${name} not found in a loaded module ending ${suffix}`);
  return value as T;
}

/** Turns every writer except `keep` into a no-op (the JSON writer still answers a content hash). */
function onlyWriter(keep: string): void {
  for (const [format, m] of Object.entries(WRITER_MODULES)) {
    if (format === keep) continue;
    const proto = loadedExport<{ prototype: WriterPrototype }>(
      `/libs/digests/src/formats/${m.file}`,
      m.className,
    ).prototype;
    const nothing: WriterMethod = async () => undefined;
    proto.start = nothing;
    proto.section = nothing;
    proto.entry = nothing;
    proto.extraSection = nothing;
    proto.indexTag = nothing;
    proto.indexEntry = nothing;
    proto.finish = async () => '';
    if (format === 'json') proto.contentHash = async () => 'bench-json-writer-disabled';
  }
}

@Module({})
class DigestBenchModule {
  static forRoot(config: PlatformConfig, settings: DigestSettings): DynamicModule {
    return {
      module: DigestBenchModule,
      imports: [
        PlatformModule.forRoot({ config, entities: ALL_ENTITIES, applicationName: 'plenary-bench-digest' }),
        DigestsJobsModule.forRoot(settings),
      ],
    };
  }
}

/** Chromium through /usr/bin/time, so its peak RSS (largest process) is recorded too. */
function chromiumWrapper(dir: string, chromium: string): { path: string; rssFile: string } | null {
  if (!existsSync('/usr/bin/time')) return null;
  const path = join(dir, 'chromium-measured.sh');
  const rssFile = join(dir, 'chromium-maxrss.txt');
  writeFileSync(path, `#!/bin/sh\nexec /usr/bin/time -f %M -a -o '${rssFile}' '${chromium}' "$@"\n`);
  return { path, rssFile };
}

async function main(): Promise<DigestChildResult> {
  const args = new Args(process.argv.slice(2));
  args.only([
    'format',
    'session',
    'edition',
    'rounds',
    'pdf-timeout',
    'pdf-max-entries',
    'pdf-concurrency',
    'chromium',
  ]);
  const format = (args.string('format') ?? 'csv') as DigestFormatArg;
  if (![...Object.keys(WRITER_MODULES), 'pdf', 'compile'].includes(format))
    throw new Error(`unknown --format ${format}`);
  const sessionId = args.string('session') ?? '';
  if (!/^[0-9a-f-]{36}$/.test(sessionId)) throw new Error('--session must be a session id');
  const edition = (args.string('edition') ?? 'INTERNAL') as DigestEdition;
  const rounds = args.number('rounds', 5);
  const pdfTimeoutMs = args.number('pdf-timeout', 300) * 1000;
  const pdfMaxEntries = args.number('pdf-max-entries', 5000);
  const work = await mkdtemp(join(tmpdir(), `plenary-bench-digest-${format}-`));
  const wrapper = chromiumWrapper(work, args.string('chromium') ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  if (wrapper) await chmod(wrapper.path, 0o755);
  const config = loadConfig(PlatformConfig, {
    ...process.env,
    DATABASE_URL: benchDatabaseUrl(),
    REDIS_URL: benchRedisUrl(),
    REDIS_PREFIX: BENCH_REDIS_PREFIX,
    LOG_LEVEL: 'warn',
    QUEUE_BACKEND: process.env.QUEUE_BACKEND || 'redis',
    FILE_STORAGE_DIR: join(work, 'files'),
  });
  const app = await NestFactory.createApplicationContext(
    DigestBenchModule.forRoot(config, {
      chromiumPath: wrapper?.path ?? args.string('chromium') ?? '/usr/bin/chromium',
      pdfTimeoutMs,
      pdfPrintConcurrency: args.string('pdf-concurrency') ? args.number('pdf-concurrency', 1) : undefined,
    }),
    { logger: ['error', 'warn'] },
  );
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 2, application_name: 'plenary-bench-copy' });
  try {
    const compiler = app.get(DigestCompiler);
    const dataSource = app.get(DataSource);
    const bootPeakMiB = processMemory(process.pid)?.peakMiB ?? NaN;
    const entriesSql = loadedExport<(e: DigestEdition) => string>(
      '/libs/digests/src/compile/digest-source.js',
      'entriesSql',
    );
    const entries = Number(
      (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${entriesSql(edition)}) e`, [sessionId]))
        .rows[0].n,
    );
    const result: DigestChildResult = {
      format,
      entries,
      bytes: 0,
      oursMs: [],
      copyMs: [],
      copyBytes: 0,
      bootPeakMiB,
      peakMiB: NaN,
      chromiumPeakMiB: null,
    };
    if ((format === 'pdf' || format === 'compile') && entries > pdfMaxEntries) {
      return {
        ...result,
        skipped: `${entries} entries is above --pdf-max-entries ${pdfMaxEntries} (Chromium time grows with the page count)`,
      };
    }
    if (format !== 'compile') onlyWriter(format);

    const newDigest = async (): Promise<DigestEntity> => {
      const [{ id }] = (await dataSource.query(
        `INSERT INTO digests (session_id, edition, status) VALUES ($1, $2, 'QUEUED') RETURNING id`,
        [sessionId, edition],
      )) as { id: string }[];
      return dataSource.getRepository(DigestEntity).findOneByOrFail({ id });
    };
    const ours = async (): Promise<{ ms: number; bytes: number }> => {
      const digest = await newDigest();
      const dir = await mkdtemp(join(work, 'build-'));
      try {
        const start = performance.now();
        if (format === 'compile') {
          await compiler.compile(digest.id);
          const row = (await dataSource.query(`SELECT status, error FROM digests WHERE id = $1`, [digest.id])) as {
            status: string;
            error: string | null;
          }[];
          if (row[0]?.status !== 'READY') throw new Error(`compile ended ${row[0]?.status}: ${row[0]?.error ?? ''}`);
          const files = (await dataSource.query(
            `SELECT sum(bytes)::bigint AS bytes FROM digest_files WHERE digest_id = $1`,
            [digest.id],
          )) as { bytes: string }[];
          return { ms: performance.now() - start, bytes: Number(files[0].bytes) };
        }
        const built = await (compiler as unknown as CompilerInternals).build(digest, dir);
        const writer = built.writers.all.map((w) => w.writer).find((w) => w.extension === format);
        if (!writer) throw new Error(`no ${format} writer`);
        const cover = {
          version: 1,
          contentHash: 'bench',
          submissionCount: built.count,
          compiledAt: new Date().toISOString(),
        };
        // The PDF writer's finish() prints its chunks with Chromium and joins them, as in the worker.
        const path = await writer.finish(cover, { previousVersion: null, added: [], removed: [], changed: [] });
        const ms = performance.now() - start;
        return { ms, bytes: (await stat(path)).size };
      } finally {
        await dataSource.query(`DELETE FROM digests WHERE id = $1`, [digest.id]);
        await rm(dir, { recursive: true, force: true });
      }
    };
    const copy = async (): Promise<{ ms: number; bytes: number }> => {
      const file = join(work, 'copy.csv');
      const client = await pool.connect();
      try {
        const start = performance.now();
        // COPY takes no parameters; the session id was checked to be a uuid above.
        await pipeline(
          client.query(
            copyTo(`COPY (${entriesSql(edition).replace('$1', `'${sessionId}'`)}) TO STDOUT WITH (FORMAT csv, HEADER)`),
          ),
          createWriteStream(file),
        );
        const ms = performance.now() - start;
        return { ms, bytes: (await stat(file)).size };
      } finally {
        client.release();
        await rm(file, { force: true });
      }
    };

    for (let r = 0; r < rounds; r += 1) {
      const o = await ours();
      const c = await copy();
      result.oursMs.push(o.ms);
      result.copyMs.push(c.ms);
      result.bytes = o.bytes;
      result.copyBytes = c.bytes;
    }
    result.peakMiB = processMemory(process.pid)?.peakMiB ?? NaN;
    if (wrapper && existsSync(wrapper.rssFile)) {
      const kb = (await readFile(wrapper.rssFile, 'utf8'))
        .split(/\s+/)
        .map(Number)
        .filter((n) => Number.isFinite(n) && n > 0);
      if (kb.length) result.chromiumPeakMiB = Math.max(...kb) / 1024;
    }
    return result;
  } finally {
    await pool.end();
    await app.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (result) => {
    if (process.send) process.send(result, () => process.exit(0));
    else {
      console.log(JSON.stringify(result));
      process.exit(0);
    }
  },
  (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    if (process.send) process.send({ error: message }, () => process.exit(1));
    else {
      console.error(message);
      process.exit(1);
    }
  },
);
