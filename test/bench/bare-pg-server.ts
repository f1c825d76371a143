import { createServer, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { benchDatabaseUrl } from './lib/bench-env';
import { queuePageJson, queuePageSql, QueueRow } from './lib/baseline-sql';

/**
 * The baselines behind HTTP: a bare Node `http` server with a `pg` pool — no framework, no GraphQL,
 * no auth, no per-field resolution. Loopback only.
 *   GET /queue?first=50[&after=<cursor>]   M2: a moderation-queue page, one SELECT
 *   POST /comment   P1, the peer's shape of "submit a position": one INSERT of the submitted row
 *   POST /moderate  P2, the peer's shape of "moderate one item": one UPDATE of its status
 *   GET /health
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
  if (req.method === 'POST' && (url.pathname === '/comment' || url.pathname === '/moderate')) {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const [sql, params] = url.pathname === '/comment' ? commentWrite(input) : moderateWrite(input);
      answer(res, pool.query(sql, params), (r) => JSON.stringify({ id: r.rows[0]?.id ?? null }));
    });
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
  answer(res, pool.query<QueueRow>(queuePageSql(!!after), params), (r) => queuePageJson(r.rows, first));
});

function answer<R>(res: ServerResponse, query: Promise<R>, json: (result: R) => string): void {
  query.then(
    (result) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(json(result));
    },
    (error: unknown) => {
      process.stderr.write(`bare server: ${error instanceof Error ? error.message : String(error)}\n`);
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"internal"}]}');
    },
  );
}

/** One row, already submitted: what the peer writes for a new comment (no draft, no version, no audit, no outbox). */
function commentWrite(i: Record<string, unknown>): [string, unknown[]] {
  return [
    `INSERT INTO submissions (round_id, session_id, region, organisation_id, author_id, title, summary, body, language, disclosure,
                              provision_ids, status, current_version, content_hash, submitted_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'NAMED', $10, 'SUBMITTED', 1, $11, now(), 1) RETURNING id`,
    [
      i.roundId,
      i.sessionId,
      i.region,
      i.organisationId,
      i.authorId,
      i.title,
      i.summary,
      i.body,
      i.language,
      i.provisionIds,
      i.contentHash,
    ],
  ];
}

/** One UPDATE of the status: what the peer writes to moderate a comment (no claim, tags, review, decision, audit, notice). */
function moderateWrite(i: Record<string, unknown>): [string, unknown[]] {
  return [`UPDATE submissions SET status = 'APPROVED', version = version + 1 WHERE id = $1 RETURNING id`, [i.id]];
}

server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.BARE_PORT ?? 0), '127.0.0.1');

const stop = (): void => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
