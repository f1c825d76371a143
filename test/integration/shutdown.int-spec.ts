import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  createSuiteDatabase,
  deleteRedisKeys,
  dropDatabaseNamed,
  eventually,
  TEST_REDIS_URL,
  testRunId,
} from '@app/testing';
import { Client } from 'pg';

/**
 * The api and the worker as `npm run start:api` / `start:worker` run them, as real processes:
 * SIGTERM ends them cleanly (exit code 0, in time), and a bad variable stops them at once.
 */
const ROOT = join(__dirname, '..', '..');
const EXIT_WITHIN_MS = 10_000;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Started {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exited: Promise<Exit>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resolves with how the process ended, or with null if it is still running after `ms`. */
async function exitWithin(started: Started, ms: number): Promise<Exit | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([started.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('process lifecycle (built api and worker)', () => {
  let buildDir: string;
  let db: { name: string; url: string };
  let scratch: string;
  const prefix = `plenary-test-${testRunId()}-shutdown-${randomUUID().slice(0, 8)}`;
  const running: Started[] = [];

  const start = (app: 'api' | 'worker', env: Record<string, string>): Started => {
    const child = spawn(process.execPath, [join(buildDir, 'apps', app, 'src', 'main.js')], {
      cwd: scratch,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        // The build lives outside the repository (see beforeAll): packages resolve from its node_modules.
        NODE_PATH: join(ROOT, 'node_modules'),
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        DATABASE_POOL_SIZE: '3',
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: prefix,
        FILE_STORAGE_DIR: join(scratch, 'files'),
        MAIL_DIR: join(scratch, 'mail'),
        LOG_LEVEL: 'info',
        ...env,
      },
    });
    const output = { stdout: '', stderr: '' };
    child.stdout?.on(
      'data',
      (chunk: Buffer) => (output.stdout = (output.stdout + chunk.toString('utf8')).slice(-20_000)),
    );
    child.stderr?.on(
      'data',
      (chunk: Buffer) => (output.stderr = (output.stderr + chunk.toString('utf8')).slice(-20_000)),
    );
    const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }) as Exit);
    const started = { child, output, exited };
    running.push(started);
    return started;
  };

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'plenary-shutdown-'));
    // A private build: other suites may rebuild or clean dist/ and var/ at any moment.
    buildDir = mkdtempSync(join(tmpdir(), 'plenary-shutdown-build-'));
    const build = promisify(execFile)('npx', ['swc', 'apps', 'libs', '-d', buildDir, '--copy-files', '--quiet'], {
      cwd: ROOT,
    });
    db = await createSuiteDatabase();
    await build;
    if (!existsSync(join(buildDir, 'apps', 'api', 'src', 'main.js')))
      throw new Error(`build did not produce ${buildDir}/apps/api/src/main.js`);
  }, 120_000);

  afterAll(async () => {
    for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(running.map((s) => s.exited));
    if (db) await dropDatabaseNamed(db.name);
    await deleteRedisKeys(prefix);
    for (const dir of [scratch, buildDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the api, sent SIGTERM once ready, exits with code 0 within 10 s', async () => {
    const port = await freePort();
    const api = start('api', { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SHUTDOWN_GRACE_MS: '200' });
    const ready = await eventually(async () => {
      if (api.child.exitCode !== null)
        throw new Error(`api exited early (${api.child.exitCode}): ${api.output.stderr}`);
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
      return res?.status === 200 ? res.json() : undefined;
    }, 30_000);
    expect(ready).toEqual({ status: 'ok', database: 'ok', redis: 'ok' });

    api.child.kill('SIGTERM');
    const exit = await exitWithin(api, EXIT_WITHIN_MS);
    expect(exit).not.toBeNull();
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    // Ended by its own shutdown, not by the signal: code 0 is what a supervisor reads as a clean stop.
    expect(exit).toEqual({ code: 0, signal: null });
  }, 60_000);

  it('the worker, sent SIGTERM while sending emails, exits with code 0 within 10 s and leaves no email half-sent', async () => {
    const worker = start('worker', {});
    await eventually(async () => {
      if (worker.child.exitCode !== null)
        throw new Error(`worker exited early (${worker.child.exitCode}): ${worker.output.stderr}`);
      return worker.output.stdout.includes('worker ready');
    }, 30_000);

    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      // Emails written to the outbox as a service would (one transaction each, NOTIFY wakes the relay).
      for (let i = 0; i < 40; i++) {
        await pg.query('BEGIN');
        const { rows } = await pg.query<{ id: string }>(
          `INSERT INTO email_messages (to_address, subject, text_body) VALUES ($1, 'Shutdown test', 'Hello') RETURNING id`,
          [`shutdown-${i}@example.org`],
        );
        await pg.query(`INSERT INTO outbox_jobs (name, payload, job_id) VALUES ('mail.send', $1, $2)`, [
          JSON.stringify({ emailId: rows[0].id }),
          `mail.send-${rows[0].id}`,
        ]);
        await pg.query(`SELECT pg_notify('plenary_outbox', '')`);
        await pg.query('COMMIT');
      }
      await eventually(async () => {
        const { rows } = await pg.query<{ n: string }>(
          `SELECT count(*) AS n FROM email_messages WHERE status = 'SENT'`,
        );
        return Number(rows[0].n) > 0;
      });

      worker.child.kill('SIGTERM');
      const exit = await exitWithin(worker, EXIT_WITHIN_MS);
      expect(exit).not.toBeNull();

      // A job it had started was finished, not abandoned mid-send (which would send it again later).
      const { rows } = await pg.query<{ status: string; n: string }>(
        'SELECT status, count(*) AS n FROM email_messages GROUP BY status ORDER BY status',
      );
      expect(rows.filter((r) => r.status === 'SENDING')).toEqual([]);
      // Ended by its own shutdown, not by the signal: code 0 is what a supervisor reads as a clean stop.
      expect(exit).toEqual({ code: 0, signal: null });
    } finally {
      await pg.end();
    }
  }, 60_000);

  it.each([
    ['api', 'DATABASE_URL', 'mysql://x'],
    ['api', 'PORT', 'abc'],
    ['worker', 'REDIS_URL', 'http://127.0.0.1:6379'],
    ['worker', 'WORKER_CONCURRENCY', 'many'],
  ] as const)(
    'the %s started with %s=%s exits non-zero at once, naming the variable',
    async (app, name, value) => {
      const started = start(app, { PORT: String(await freePort()), HOST: '127.0.0.1', [name]: value });
      const exit = await exitWithin(started, EXIT_WITHIN_MS);
      expect(exit).not.toBeNull();
      expect(exit?.code).not.toBe(0);
      expect(exit?.code).not.toBeNull();
      expect(started.output.stderr).toContain(name);
      // The message is for an operator: one line naming the variable, no stack trace, no value echoed.
      expect(started.output.stderr).not.toMatch(/\n\s+at /);
      expect(started.output.stderr).not.toContain(value);
    },
    30_000,
  );
});
