import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { NestFactory } from '@nestjs/core';
import { AuthService, RoleService, UserEntity, normaliseEmail } from '@app/identity';
import {
  ConfigError,
  createDataSource,
  DomainException,
  ensureDatabase,
  loadConfig,
  PlatformConfig,
  PlatformRole,
  runMigrations,
  schemaDrift,
} from '@app/platform';
import { CliConfig } from './cli.config';
import { ALL_ENTITIES, CliModule } from './cli.module';
import { DEMO_PASSWORD, DemoLogin, DemoSeeder } from './demo.seeder';
import { ReferenceSeeder } from './reference.seeder';
import { writeMigration } from './migration-writer';
import { readSecret } from './read-secret';

const USAGE = `Usage: npm run cli -- <command>

  migrate                         create the database if needed and apply pending migrations
  migration:check                 exit 1 if the entities and the migrations disagree
  migration:generate <Name>       write a migration for what the entities changed (run from the source tree)
  seed                            load reference data (idempotent)
  seed:demo                       load the demo world once and print its logins
  create-staff --email E --name N create a STAFF user (or make an existing one STAFF);
                                  the password is read from standard input
  up                              migrate, seed, load the demo once, then run api + worker together
`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function migrate(config: PlatformConfig): Promise<void> {
  if (await ensureDatabase(config.DATABASE_URL)) console.log('created the database');
  const dataSource = await createDataSource(config, {
    entities: ALL_ENTITIES,
    applicationName: 'plenary-migrate',
  }).initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(
      applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date',
    );
  } finally {
    await dataSource.destroy();
  }
}

async function drift(config: PlatformConfig, generateName?: string): Promise<number> {
  const dataSource = await createDataSource(config, { entities: ALL_ENTITIES }).initialize();
  try {
    const { up, down } = await schemaDrift(dataSource);
    if (up.length === 0) {
      console.log('entities and migrations agree: nothing to generate');
      return 0;
    }
    if (generateName) {
      console.log(`wrote ${writeMigration(generateName, up, down)}; review it, then run npm run migrate`);
      return 0;
    }
    console.error(`schema drift: the entities need ${up.length} statement(s) the migrations lack:\n${up.join(';\n')}`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

async function withServices<T>(
  config: CliConfig,
  work: (get: <S>(type: new (...a: never[]) => S) => S) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    return await work((type) => app.get(type));
  } finally {
    await app.close();
  }
}

function printLogins(config: CliConfig, logins: DemoLogin[], digestId: string | null): void {
  const url = `http://localhost:${config.PORT}`;
  console.log(`\nPlenary is at ${url}/  (open it in a browser)`);
  console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const l of logins) console.log(`  ${l.email.padEnd(28)} ${l.role}`);
  console.log(`GraphQL: ${url}/graphql  (health: ${url}/health/ready)`);
  if (digestId)
    console.log(`Published demo digest: ${url}/digests/${digestId}/files/pdf  (also .../html, md, json, docx, csv)`);
  console.log(`Example: curl -s ${url}/graphql -H 'content-type: application/json' \\
  -d '{"query":"mutation{login(input:{email:\\"staff@plenary.demo\\",password:\\"${DEMO_PASSWORD}\\"}){accessToken user{displayName roles}}}"}'\n`);
}

async function createStaff(config: CliConfig, args: string[]): Promise<void> {
  const email = flag(args, 'email');
  const name = flag(args, 'name');
  if (!email || !name)
    throw new Error('create-staff needs --email E --name N (the password comes from standard input)');
  if (args.includes('--password'))
    throw new Error('the password is never taken on the command line: pipe it to standard input');
  const password = await readSecret('Password for the new staff user: ');
  await withServices(config, async (get) => {
    const existing = await get(AuthService)
      ['dataSource'].getRepository(UserEntity)
      .findOne({ where: { emailNormalized: normaliseEmail(email) } });
    if (existing) {
      await get(RoleService).grant(null, existing.id, PlatformRole.STAFF);
      console.log(`${email} already had an account; it now holds STAFF (its password is unchanged)`);
      return;
    }
    await get(AuthService).createAccount({ email, displayName: name, password, roles: [PlatformRole.STAFF] });
    console.log(`created STAFF user ${email}`);
  });
}

/** api + worker as child processes of this one; Ctrl-C or SIGTERM stops both. */
function runAll(): Promise<number> {
  const children = ['api', 'worker'].map((app) =>
    spawn(process.execPath, [require.resolve(`../../${app}/src/main`)], { stdio: 'inherit', env: process.env }),
  );
  const stop = (signal: NodeJS.Signals) => children.forEach((c) => c.kill(signal));
  process.on('SIGINT', () => stop('SIGTERM'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  return new Promise((resolve) => {
    let exited = 0;
    for (const c of children) {
      c.on('exit', (code) => {
        exited += 1;
        if (exited === 1) stop('SIGTERM'); // one died: take the other down too
        if (exited === children.length) resolve(code ?? 1);
      });
    }
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const config = loadConfig(CliConfig);
  switch (command) {
    case 'migrate':
      await migrate(config);
      return 0;
    case 'migration:check':
      return drift(config);
    case 'migration:generate':
      if (!args[0]) throw new Error('migration:generate needs a PascalCase name');
      return drift(config, args[0]);
    case 'seed':
      await withServices(config, async (get) => {
        const added = await get(ReferenceSeeder).run();
        console.log(
          `reference data loaded: ${added.sessions} new AHC sessions, ${added.provisions} treaty provisions, ${added.tags} new tags`,
        );
      });
      return 0;
    case 'seed:demo': {
      const result = await withServices(config, (get) => get(DemoSeeder).run());
      console.log(result.created ? 'demo data loaded' : 'demo data was already loaded');
      printLogins(config, result.logins, result.publishedDigestId);
      return 0;
    }
    case 'create-staff':
      await createStaff(config, args);
      return 0;
    case 'up': {
      await migrate(config);
      await withServices(config, (get) => get(ReferenceSeeder).run());
      const result = await withServices(config, (get) => get(DemoSeeder).run());
      printLogins(config, result.logins, result.publishedDigestId);
      return runAll();
    }
    default:
      process.stdout.write(USAGE);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DomainException) console.error(`plenary: ${error.message}`);
    else console.error(`plenary: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
