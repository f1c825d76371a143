import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import {
  DynamicModule,
  Inject,
  Injectable,
  LoggerService,
  MiddlewareConsumer,
  Module,
  NestModule,
} from '@nestjs/common';
import type { DestinationStream, Level, Logger as Pino } from 'pino';
import pinoHttp, { HttpLogger } from 'pino-http';
import { PlatformConfig } from '../config';

/**
 * Anything that can identify a person or open an account is censored wherever it appears in a log
 * line: passwords, tokens, emails and the Authorization header — and the values a database error
 * carries (TypeORM's bound `parameters`, PostgreSQL's `detail` such as "Key (email)=(…)"), which
 * the error formatter logs with an unexpected error.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...[
    'password',
    'newPassword',
    'token',
    'accessToken',
    'refreshToken',
    'email',
    'to',
    'authorization',
    'parameters',
    'detail',
  ].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

function clipPath(path: string | undefined): string | undefined {
  return path && path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

const HTTP_LOGGER = Symbol('HTTP_LOGGER');
const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * pino-http with the redaction above: one JSON line per request with its id (taken from a sane
 * `x-request-id` or made up, and sent back in the same header), and the root logger of the process.
 */
export function httpLogger(
  config: Pick<PlatformConfig, 'LOG_LEVEL'> & Partial<Pick<PlatformConfig, 'LOG_FORMAT' | 'NODE_ENV'>>,
  destination: DestinationStream | undefined = readableDestination(config),
): HttpLogger {
  return pinoHttp(
    {
      level: config.LOG_LEVEL,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Query strings can carry tokens (links from emails); log the path only, and at most 200
      // characters of it (a path is attacker-chosen: /digests/<100 KB>/files/pdf).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: clipPath(req.url?.split('?')[0]),
        }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
    },
    destination,
  );
}

/** Whether log lines are for a person at a terminal rather than for a log collector. */
export function wantsReadableLogs(
  config: Partial<Pick<PlatformConfig, 'LOG_FORMAT' | 'NODE_ENV'>>,
  isTerminal = process.stdout.isTTY === true,
): boolean {
  const format = config.LOG_FORMAT ?? 'json';
  if (format !== 'auto') return format === 'pretty';
  return isTerminal && config.NODE_ENV !== 'production';
}

/**
 * A person running `npm start` reads one short coloured line per event (time, level, message,
 * then the fields); redaction happens before formatting, so it hides the same values as JSON.
 */
function readableDestination(
  config: Partial<Pick<PlatformConfig, 'LOG_FORMAT' | 'NODE_ENV'>>,
): DestinationStream | undefined {
  if (!wantsReadableLogs(config)) return undefined;
  // Loaded only when wanted: production images log JSON and never pay for the formatter.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({
    sync: true,
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
    singleLine: true,
  });
}

/**
 * Nest's logger over pino: `new Logger('Context').error({ errorId, err }, 'message')` writes one
 * JSON line with `context`, the object's fields and the message.
 *
 * Deliberately without a per-request context (nestjs-pino keeps one in an AsyncLocalStorage): that
 * puts a hook on every promise the process makes, which cost ≈ 40 % of the api's throughput on a
 * 50-item queue page. The request id is on the request's own line; an unexpected error's line carries
 * the error id the client was given.
 */
@Injectable()
export class PlenaryLogger implements LoggerService {
  constructor(@Inject(ROOT_LOGGER) private readonly pino: Pino) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last; Nest's own exception handlers pass (message, stack, context). */
  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const rest = params.length > 0 ? params.slice(0, -1) : [];
    if (params.length > 0) fields.context = params[params.length - 1];
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, ...(rest as []));
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ ...fields, ...message }, ...(rest as []));
    } else if (typeof rest[0] === 'string' && /\n\s*at /.test(rest[0])) {
      const err = Object.assign(new Error(String(message)), { stack: rest[0] });
      this.pino[level]({ ...fields, err });
    } else {
      this.pino[level](fields, String(message), ...(rest as []));
    }
  }
}

/** JSON logs: a line per HTTP request (api) and Nest's logger over the same pino instance (every process). */
@Module({})
export class LoggingModule implements NestModule {
  constructor(@Inject(HTTP_LOGGER) private readonly http: HttpLogger) {}

  static forRoot(): DynamicModule {
    return {
      module: LoggingModule,
      providers: [
        { provide: HTTP_LOGGER, inject: [PlatformConfig], useFactory: (config: PlatformConfig) => httpLogger(config) },
        { provide: ROOT_LOGGER, inject: [HTTP_LOGGER], useFactory: (http: HttpLogger) => http.logger },
        PlenaryLogger,
      ],
      exports: [PlenaryLogger],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.http).forRoutes('{*path}');
  }
}
