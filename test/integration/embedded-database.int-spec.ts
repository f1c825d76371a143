import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventually } from '@app/testing';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../..');
const holders: ChildProcess[] = [];
/** Built by the test run's global setup; the package is ESM, which real Node loads and jest does not. */
const MODULE = join(ROOT, 'dist/apps/cli/src/embedded-database.js');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * A process that starts the embedded database, prints its URL, runs `then` (SQL) and waits: for
 * `stop` on stdin (a clean stop) or to be killed.
 */
function holder(
  dir: string,
  port: number,
  statements: string[],
): { child: ChildProcess; ready: Promise<{ url: string; created: boolean; result: unknown }> } {
  const script = `
    const { startEmbeddedDatabase } = require(${JSON.stringify(MODULE)});
    const { Client } = require('pg');
    startEmbeddedDatabase({ dir: ${JSON.stringify(dir)}, port: ${port} }).then(async (db) => {
      const admin = new Client({ connectionString: db.url.replace(/plenary$/, 'postgres') });
      await admin.connect();
      let result;
      for (const sql of ${JSON.stringify(statements)}) result = (await admin.query(sql)).rows;
      await admin.end();
      process.stdout.write(JSON.stringify({ url: db.url, created: db.created, result }) + '\\n');
      process.stdin.on('data', async () => { await db.stop(); process.exit(0); });
    }, (error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const ready = new Promise<{ url: string; created: boolean; result: unknown }>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{') && l.endsWith('}'));
      if (line) done(JSON.parse(line) as { url: string; created: boolean; result: unknown });
    });
    child.on('exit', (code) => fail(new Error(`the holder exited with ${code} before the database was ready`)));
    holders.push(child);
  });
  return { child, ready };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The embedded PostgreSQL `npm start` falls back to: it starts from nothing, has the extensions the
 * migrations and search need, keeps its data between runs, and stops with its parent however the
 * parent ends (a clean stop, or SIGKILL).
 */
describe('embedded PostgreSQL (npm start with no database)', () => {
  let base: string;
  let dir: string;
  let port: number;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'plenary-embedded-'));
    chmodSync(base, 0o755); // as root, the server runs as the postgres user, which must reach its folder
    dir = join(base, 'postgres');
    port = await freePort();
  });

  afterAll(async () => {
    // A holder a failed test left running: killing it makes its watchdog stop the server.
    for (const child of holders) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 3000));
    rmSync(base, { recursive: true, force: true });
  });

  it('creates a UTF-8 cluster with pg_trgm and unaccent that match non-Latin text, and stops cleanly', async () => {
    const { child, ready } = holder(dir, port, [
      'CREATE EXTENSION pg_trgm',
      'CREATE EXTENSION unaccent',
      'CREATE TABLE kept (note text)',
      `INSERT INTO kept VALUES ('Ação — مرحبا')`,
      `SELECT similarity('حماية البيانات الشخصية', 'حماية البيانات') > 0.3 AS arabic, unaccent('Ação São Paulo') AS plain,
                current_setting('server_encoding') AS encoding`,
    ]);
    const started = await ready;
    expect(started.created).toBe(true);
    expect(started.url).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${port}/plenary$`));
    expect(started.result).toEqual([{ arabic: true, plain: 'Acao Sao Paulo', encoding: 'UTF8' }]);

    const exited = once(child, 'exit');
    child.stdin?.write('stop\n');
    await exited;
    expect(await answers(started.url.replace(/plenary$/, 'postgres'))).toBe(false);
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('keeps its data for the next run, and stops when its parent is SIGKILLed', async () => {
    const { child, ready } = holder(dir, port, ['SELECT note FROM kept']);
    const started = await ready;
    expect(started.created).toBe(false);
    expect(started.result).toEqual([{ note: 'Ação — مرحبا' }]);

    child.kill('SIGKILL');
    await once(child, 'exit');
    // Its watchdog sees the parent gone and stops the server.
    await eventually(async () => !(await answers(started.url.replace(/plenary$/, 'postgres'))), 30_000);
    await eventually(async () => !existsSync(join(dir, 'postmaster.pid')), 30_000);
  }, 120_000);
});
