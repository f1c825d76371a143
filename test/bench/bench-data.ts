import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { NestFactory } from '@nestjs/core';
import { AuthService, UserEntity } from '@app/identity';
import { createDataSource, ensureDatabase, loadConfig, PlatformRole, runMigrations } from '@app/platform';
import { SimilarityService } from '@app/moderation';
import { contentHash, countWords } from '@app/submissions';
import { Client } from 'pg';
import { CliConfig } from '../../apps/cli/src/cli.config';
import { ALL_ENTITIES, CliModule } from '../../apps/cli/src/cli.module';
import { ReferenceSeeder } from '../../apps/cli/src/reference.seeder';
import {
  Args,
  BENCH_PASSWORD,
  BENCH_REDIS_PREFIX,
  benchDatabaseUrl,
  parseSize,
  sizeLabel,
  staffEmail,
} from './lib/bench-env';
import { generateWorld, truncateBenchRows, worldCounts } from './lib/generate';

const USAGE = `Usage: npm run bench:data -- --size 1k|10k|100k|<number>

  --near-duplicates on|off   store every submission's near-duplicates as the worker would (default:
                             on up to 2,000 submissions; one trigram search each, about an hour at 10k)

Fills the bench database (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/plenary_bench):
creates it if missing, migrates, seeds reference data, empties previous bench rows, then generates
the world set-based in PostgreSQL. Prints the time it took and the row counts.`;

/** The config the app's own code (migrations, seeders, AuthService) runs with against the bench database. */
export function benchCliConfig(): CliConfig {
  return loadConfig(CliConfig, {
    ...process.env,
    DATABASE_URL: benchDatabaseUrl(),
    REDIS_PREFIX: BENCH_REDIS_PREFIX,
    LOG_LEVEL: 'warn',
    QUEUE_BACKEND: process.env.QUEUE_BACKEND || 'redis',
  });
}

/** Above this size bench:data leaves near-duplicates to be computed live (storing them takes about size² work). */
const NEAR_DUPLICATES_UP_TO = 2_000;

export async function prepareBenchData(
  size: number,
  log: (line: string) => void = console.log,
  nearDuplicates: boolean = size <= NEAR_DUPLICATES_UP_TO,
): Promise<{ seconds: number; counts: Record<string, number> }> {
  const started = performance.now();
  const config = benchCliConfig();
  const url = new URL(config.DATABASE_URL);
  log(`bench:data ${sizeLabel(size)} submissions into ${url.host}${url.pathname}`);
  if (await ensureDatabase(config.DATABASE_URL)) log('  created the bench database');
  const dataSource = await createDataSource(config, {
    entities: ALL_ENTITIES,
    applicationName: 'plenary-bench-data',
  }).initialize();
  try {
    const applied = await runMigrations(dataSource);
    log(applied.length ? `  applied ${applied.length} migration(s)` : '  schema is up to date');
  } finally {
    await dataSource.destroy();
  }

  const client = new Client({ connectionString: config.DATABASE_URL, application_name: 'plenary-bench-data' });
  await client.connect();
  try {
    // Generating 100k bodies takes longer than the app's statement timeout would allow; this connection is ours.
    await client.query('SET statement_timeout = 0');
    const emptied = await truncateBenchRows(client);
    log(
      `  emptied ${emptied.length} tables (reference tags and provisions kept; audit_events is append-only and stays)`,
    );

    // Reference data and the staff user go through the app's own services.
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
    let passwordHash: string;
    try {
      const seeded = await app.get(ReferenceSeeder).run();
      log(
        `  reference data: ${seeded.sessions} AHC sessions, ${seeded.provisions} provisions, ${seeded.tags} tags added`,
      );
      const staff = await app.get(AuthService).createAccount({
        email: staffEmail(),
        displayName: 'Bench staff',
        password: BENCH_PASSWORD,
        roles: [PlatformRole.STAFF],
      });
      const stored = await app
        .get(AuthService)
        ['dataSource'].getRepository(UserEntity)
        .findOneByOrFail({ id: staff.id });
      passwordHash = stored.passwordHash;
    } finally {
      await app.close();
    }

    await generateWorld(client, size, passwordHash, log);
    const vacuumStart = performance.now();
    for (const table of [
      'organisations',
      'users',
      'memberships',
      'consultation_rounds',
      'submissions',
      'submission_versions',
      'submission_tags',
      'tag_reviews',
      'moderation_decisions',
      'cosignatures',
    ]) {
      await client.query(`VACUUM (ANALYZE) "${table}"`);
    }
    log(
      `  ${'vacuum + analyze'.padEnd(34)} ${''.padStart(8)}       ${((performance.now() - vacuumStart) / 1000).toFixed(1)} s`,
    );
    await verifySample(client, log);
    if (nearDuplicates) await storeNearDuplicates(config, log);
    else log('  near-duplicates not stored (--near-duplicates on to store them): moderation reads compute them live');
    const counts = await worldCounts(client);
    return { seconds: (performance.now() - started) / 1000, counts };
  } finally {
    await client.end();
  }
}

/**
 * What the worker does after each submit, done for the whole world: store every submitted
 * version's near-duplicates (the app's own SimilarityService), one lane per core.
 */
async function storeNearDuplicates(config: CliConfig, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  let done = 0;
  try {
    const similarity = app.get(SimilarityService);
    for (;;) {
      const batch = await similarity.unchecked(1000);
      if (batch.length === 0) break;
      const lanes = Math.max(1, availableParallelism());
      let stored = 0;
      await Promise.all(
        Array.from({ length: lanes }, async (_, lane) => {
          for (let k = lane; k < batch.length; k += lanes)
            if (await similarity.refresh(batch[k].submissionId, batch[k].version)) stored += 1;
        }),
      );
      if (stored === 0) break;
      done += stored;
    }
  } finally {
    await app.close();
  }
  log(
    `  ${'near-duplicates stored'.padEnd(34)} ${String(done).padStart(8)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** The generated rows must look like the app made them: content hashes as contentHash() computes them, bodies of realistic length. */
async function verifySample(client: Client, log: (line: string) => void): Promise<void> {
  const rows: {
    title: string;
    summary: string;
    body: string;
    language: string;
    provision_ids: string[];
    content_hash: string;
    v_hash: string;
  }[] = (
    await client.query(`SELECT s.title, s.summary, s.body, s.language, s.provision_ids, s.content_hash, v.content_hash AS v_hash
                          FROM submissions s JOIN submission_versions v ON v.submission_id = s.id AND v.number = s.current_version
                         ORDER BY s.id LIMIT 60`)
  ).rows;
  const bad = rows.filter(
    (r) =>
      contentHash({
        title: r.title,
        summary: r.summary,
        body: r.body,
        language: r.language,
        provisionIds: r.provision_ids,
      }) !== r.content_hash || r.v_hash !== r.content_hash,
  );
  if (bad.length)
    throw new Error(
      `${bad.length} of ${rows.length} sampled submissions have a content hash the app would not compute`,
    );
  const words = new Map<string, number[]>();
  for (const r of rows) words.set(r.language, [...(words.get(r.language) ?? []), countWords(r.body, r.language)]);
  const summary = [...words].map(([lang, w]) => `${lang} ${Math.min(...w)}–${Math.max(...w)}`).join(', ');
  log(`  checked ${rows.length} sampled rows: content hashes match contentHash(); body words by language: ${summary}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = new Args(argv[0] && !argv[0].startsWith('--') ? ['--size', ...argv] : argv);
  if (args.flag('help')) {
    console.log(USAGE);
    return;
  }
  args.only(['size', 'near-duplicates', 'help']);
  const sizeText = args.string('size');
  if (!sizeText) throw new Error(`--size is required\n\n${USAGE}`);
  const size = parseSize(sizeText);
  const choice = args.string('near-duplicates');
  if (choice && choice !== 'on' && choice !== 'off') throw new Error('--near-duplicates takes on or off');
  const { seconds, counts } = await prepareBenchData(size, console.log, choice ? choice === 'on' : undefined);
  console.log(`\nbench:data done in ${seconds.toFixed(1)} s`);
  console.table(counts);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`bench:data failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
