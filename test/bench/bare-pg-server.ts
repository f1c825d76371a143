import { createServer } from 'node:http';
import { Pool } from 'pg';
import { benchDatabaseUrl } from './lib/bench-env';
import { queuePageJson, queuePageSql, QueueRow } from './lib/baseline-sql';

/**
 * The M2 baseline: a bare Node `http` server that answers a moderation-queue page with one SELECT
 * through a `pg` pool — no framework, no GraphQL, no auth, no per-field resolution. Loopback only.
 *   GET /queue?first=50[&after=<cursor>]   GET /health
 */
const pool = new Pool({
  connectionString: benchDatabaseUrl(),
  max: Number(process.env.BARE_POOL_SIZE ?? 10),
  connectionTimeoutMillis: 5_000,
  application_name: 'plenary-bench-bare',
});

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (url.pathname !== '/queue') {
    res.writeHead(404).end();
    return;
  }
  const first = Math.min(100, Math.max(1, Number(url.searchParams.get('first') ?? 20)));
  const after = url.searchParams.get('after');
  let params: unknown[] = [first + 1];
  if (after) {
    const [at, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [number, string];
    params = [first + 1, new Date(at), id];
  }
  pool.query<QueueRow>(queuePageSql(!!after), params).then(
    (result) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(queuePageJson(result.rows, first));
    },
    (error: unknown) => {
      process.stderr.write(`bare server: ${error instanceof Error ? error.message : String(error)}\n`);
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"internal"}]}');
    },
  );
});

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.BARE_PORT ?? 0), '127.0.0.1');

const stop = (): void => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
