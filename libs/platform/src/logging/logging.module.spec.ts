import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import pinoPretty from 'pino-pretty';
import { QueryFailedError } from 'typeorm';
import { httpLogger, PlenaryLogger, REDACTED_PATHS, wantsReadableLogs } from './logging.module';

/** A pino logger with the api's redaction, writing JSON lines into memory. */
function capturingLogger(): { logger: pino.Logger; lines: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = pino({ level: 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream);
  return { logger, lines: () => chunks.join('') };
}

const SECRETS = {
  password: 'hunter2-correct-horse',
  newPassword: 'new-secret-passphrase',
  token: 'reset-token-abcdef0123456789',
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.access.signature',
  refreshToken: 'refresh-token-0123456789abcdef',
  email: 'defender@example.org',
  to: 'recipient@example.org',
  authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.header.signature',
};

describe('log redaction (REDACTED_PATHS)', () => {
  it('censors passwords, tokens, emails and the Authorization header at the top level', () => {
    const { logger, lines } = capturingLogger();
    logger.info(
      { ...SECRETS, req: { method: 'POST', headers: { authorization: SECRETS.authorization, cookie: 'sid=abc' } } },
      'login',
    );
    const out = lines();
    for (const secret of [...Object.values(SECRETS), 'sid=abc']) expect(out).not.toContain(secret);
    const line = JSON.parse(out) as Record<string, unknown> & {
      req: { method: string; headers: Record<string, string> };
    };
    for (const key of Object.keys(SECRETS)) expect(line[key]).toBe('[redacted]');
    expect(line.req.headers.authorization).toBe('[redacted]');
    // What is not secret stays readable.
    expect(line.req.method).toBe('POST');
    expect(line.msg).toBe('login');
  });

  it('censors the same keys one and two levels down (GraphQL inputs, job payloads)', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ input: { email: SECRETS.email, password: SECRETS.password, displayName: 'Amina' } }, 'register');
    logger.info({ variables: { input: { token: SECRETS.token, newPassword: SECRETS.newPassword } } }, 'reset');
    logger.info({ job: { refreshToken: SECRETS.refreshToken, to: SECRETS.to } }, 'job');
    const out = lines();
    for (const secret of Object.values(SECRETS)) expect(out).not.toContain(secret);
    const [register, reset] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, Record<string, Record<string, string>>>);
    expect(register.input).toEqual({ email: '[redacted]', password: '[redacted]', displayName: 'Amina' });
    expect(reset.variables.input).toEqual({ token: '[redacted]', newPassword: '[redacted]' });
  });

  it('censors the values a database error carries (bound parameters, the constraint detail)', () => {
    // What the GraphQL error formatter logs for an unexpected error: the cause under `err`.
    const { logger, lines } = capturingLogger();
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_normalized_key"'),
      {
        code: '23505',
        detail: `Key (email_normalized)=(${SECRETS.email}) already exists.`,
      },
    );
    const err = new QueryFailedError(
      'INSERT INTO "users"("email", "password_hash") VALUES ($1, $2)',
      [SECRETS.email, '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA'],
      driverError,
    );
    logger.error({ errorId: 'error-1', err }, 'unexpected error');
    const out = lines();
    expect(out).not.toContain(SECRETS.email);
    expect(out).not.toContain('$argon2id$');
    // The cause stays diagnosable.
    const line = JSON.parse(out) as { errorId: string; err: { message: string; code: string } };
    expect(line.errorId).toBe('error-1');
    expect(line.err.message).toContain('users_email_normalized_key');
    expect(line.err.code).toBe('23505');
  });
});

describe('PlenaryLogger (Nest logger over pino)', () => {
  it('writes the context, an object’s fields and the message on one line, redacted', () => {
    const { logger, lines } = capturingLogger();
    new PlenaryLogger(logger).error(
      { errorId: 'error-7', input: { email: SECRETS.email } },
      'unexpected error',
      'GraphQL',
    );
    const line = JSON.parse(lines()) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 50, context: 'GraphQL', errorId: 'error-7', msg: 'unexpected error' });
    expect(line.input).toEqual({ email: '[redacted]' });
  });

  it('logs an Error under err, a plain message with its context, and Nest’s (message, stack, context) contract', () => {
    const { logger, lines } = capturingLogger();
    const plenary = new PlenaryLogger(logger);
    plenary.warn(new Error('boom'), 'Worker');
    plenary.log('started', 'NestApplication');
    plenary.error('handler failed', 'Error: handler failed\n    at somewhere (file.js:1:1)', 'ExceptionsHandler');
    plenary.debug('not at info level', 'Quiet');
    const [warn, info, error, ...rest] = lines()
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { level: number; msg?: string; context: string; err?: { message: string; stack: string } },
      );
    expect(rest).toHaveLength(0);
    expect(warn).toMatchObject({ level: 40, context: 'Worker', err: { message: 'boom' } });
    expect(info).toMatchObject({ level: 30, context: 'NestApplication', msg: 'started' });
    expect(error).toMatchObject({ level: 50, context: 'ExceptionsHandler', err: { message: 'handler failed' } });
    expect(error.err?.stack).toContain('at somewhere');
  });
});

describe('httpLogger (one line per request)', () => {
  it('echoes a sane x-request-id, logs the path without its query and never the Authorization header', async () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString('utf8'));
        done();
      },
    });
    const middleware = httpLogger({ LOG_LEVEL: 'info' }, stream);
    const server = createServer((req, res) => middleware(req, res, () => res.end('ok')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const sane = await fetch(`http://127.0.0.1:${port}/reset?token=${SECRETS.token}`, {
        headers: { authorization: SECRETS.authorization, 'x-request-id': 'req-12345678' },
      });
      const insane = await fetch(`http://127.0.0.1:${port}/graphql`, {
        headers: { 'x-request-id': 'bad id with spaces' },
      });
      await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(sane.headers.get('x-request-id')).toBe('req-12345678');
      expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const out = chunks.join('');
    expect(out).not.toContain(SECRETS.token);
    expect(out).not.toContain(SECRETS.authorization);
    const [first, second, ...rest] = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { req: { id: string; method: string; path: string } });
    expect(rest).toHaveLength(0); // /health is not logged
    expect(first.req).toEqual({ id: 'req-12345678', method: 'GET', path: '/reset' });
    expect(second.req.path).toBe('/graphql');
    expect(second.req.id).not.toContain('bad');
  });

  it('logs at most 200 characters of an attacker-chosen path', async () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString('utf8'));
        done();
      },
    });
    const middleware = httpLogger({ LOG_LEVEL: 'info' }, stream);
    const server = createServer((req, res) => middleware(req, res, () => res.end('ok')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await fetch(`http://127.0.0.1:${port}/digests/${'z'.repeat(8_000)}/files/pdf`);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    const line = JSON.parse(chunks.join('').trim()) as { req: { path: string } };
    expect(line.req.path.startsWith('/digests/zzz')).toBe(true);
    expect(line.req.path.length).toBeLessThanOrEqual(201);
    expect(chunks.join('')).not.toContain('z'.repeat(1000));
  });
});

describe('log format (readable for a person at a terminal, JSON otherwise)', () => {
  it.each([
    [{ LOG_FORMAT: 'auto', NODE_ENV: 'development' }, true, true],
    [{ LOG_FORMAT: 'auto', NODE_ENV: 'development' }, false, false],
    [{ LOG_FORMAT: 'auto', NODE_ENV: 'production' }, true, false],
    [{ LOG_FORMAT: 'json', NODE_ENV: 'development' }, true, false],
    [{ LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, false, true],
  ] as const)('%j at a terminal: %s → readable %s', (config, terminal, readable) => {
    expect(wantsReadableLogs(config, terminal)).toBe(readable);
  });

  it('writes readable lines that hide the same values as the JSON ones', () => {
    const chunks: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString('utf8'));
        done();
      },
    });
    const pretty = pinoPretty({
      destination,
      sync: true,
      colorize: false,
      singleLine: true,
    });
    const logger = httpLogger({ LOG_LEVEL: 'info' }, pretty).logger;
    logger.info({ email: SECRETS.email, context: 'AuthService' }, 'login failed');
    const out = chunks.join('');
    expect(out).toMatch(/INFO.*login failed/);
    expect(out).toContain('[redacted]');
    expect(out).not.toContain(SECRETS.email);
    expect(() => JSON.parse(out)).toThrow(); // a line for a person, not JSON
  });
});
