import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { ConfigError } from './config.loader';

const DEV_JWT_SECRET = 'plenary-development-secret-change-me-0123456789';

/**
 * Where a developer machine's PostgreSQL and Redis are looked for when DATABASE_URL and REDIS_URL
 * are unset. PLENARY_DEFAULT_DATABASE_URL / PLENARY_DEFAULT_REDIS_URL move them (tests point them at
 * closed ports to play a machine that has neither).
 */
export const DEFAULT_DATABASE_URL =
  process.env.PLENARY_DEFAULT_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/plenary';
export const DEFAULT_REDIS_URL = process.env.PLENARY_DEFAULT_REDIS_URL || 'redis://127.0.0.1:6379';

/** Where BullMQ keeps jobs and the api its rate-limit counters. `auto` is settled at start (see settleQueueBackend). */
export const QUEUE_BACKEND_CHOICES = ['auto', 'redis', 'postgres'] as const;
export type QueueBackendName = Exclude<(typeof QUEUE_BACKEND_CHOICES)[number], 'auto'>;

/**
 * Settings every process shares: where the database and Redis are, and how tokens are signed.
 * Each app extends it with its own settings (see apps/api and apps/worker).
 */
export class PlatformConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Matches(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' })
  DATABASE_URL = DEFAULT_DATABASE_URL;

  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsInt()
  @Min(100)
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  @IsInt()
  @Min(100)
  DATABASE_STATEMENT_TIMEOUT_MS = 30000;

  @Matches(/^rediss?:\/\//, { message: 'must be a redis:// URL' })
  REDIS_URL = DEFAULT_REDIS_URL;

  /**
   * `redis` or `postgres` (BullMQ's PostgreSQL backend, in the `bullmq` schema of DATABASE_URL).
   * `auto`: redis when REDIS_URL is set or Redis answers at the default address, postgres otherwise.
   */
  @IsIn(QUEUE_BACKEND_CHOICES)
  QUEUE_BACKEND: (typeof QUEUE_BACKEND_CHOICES)[number] = 'auto';

  /** Every Redis key (BullMQ included) starts with this, so several installations or test runs can share one Redis. */
  @Matches(/^[a-zA-Z0-9_.-]+$/, { message: 'letters, digits, dot, dash and underscore only' })
  REDIS_PREFIX = 'plenary';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * `json`: one JSON object per line (for log collectors). `pretty`: one readable, coloured line
   * per event. `auto`: pretty when a person is watching (standard output is a terminal) outside
   * production, JSON otherwise.
   */
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  @IsString()
  @MinLength(32)
  JWT_SECRET = DEV_JWT_SECRET;

  /** Where people open links sent by email (password reset, invitations). */
  @Matches(/^https?:\/\//, { message: 'must be an http(s) URL' })
  PUBLIC_URL = 'http://localhost:3000';

  /**
   * Password attempts (login, deleteMyAccount) per account and client address before each further
   * one waits (LOGIN_FIRST_DELAY_SECONDS, then about twice as long each time). There is no
   * per-account limit: an attacker would fill it and lock the owner out.
   */
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_FAILURES_BEFORE_DELAY = 5;

  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_FIRST_DELAY_SECONDS = 60;

  /** Password attempts allowed per client IP, across accounts, in each LOGIN_WINDOW_SECONDS. */
  @IsInt()
  @Min(1)
  LOGIN_MAX_PER_IP = 100;

  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 900;

  /** Invitations an organisation may send in any 24 hours (each is an email to any address). */
  @IsInt()
  @Min(1)
  @Max(10_000)
  INVITATIONS_PER_ORG_PER_DAY = 50;

  /** How long a moderator's claim on a submission lasts. */
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  MODERATION_LEASE_MINUTES = 30;

  /**
   * How long an Idempotency-Key stays held by a request that has not answered, renewed while it
   * runs. A request whose api died (SIGKILL) loses the key after this long: a repeat then runs it
   * again if nothing was committed, or is told that it was carried out and its answer lost.
   */
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  IDEMPOTENCY_LEASE_MS = 30_000;

  /** Where digest files are stored: `disk` (FILE_STORAGE_DIR) or `s3` (an S3-compatible object store, S3_*). */
  @IsIn(['disk', 's3'])
  FILE_STORAGE: 'disk' | 's3' = 'disk';

  /** The folder of `disk` storage (every api and worker host must see the same one). */
  @IsString()
  @MinLength(1)
  FILE_STORAGE_DIR = 'var/files';

  /** `s3` storage: the bucket (must exist). */
  @Matches(/^$|^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name' })
  S3_BUCKET = '';

  /** `s3` storage: the endpoint of an S3-compatible store; empty for AWS S3 itself. */
  @Matches(/^$|^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  S3_ENDPOINT = '';

  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be a region name such as us-east-1' })
  S3_REGION = 'us-east-1';

  /** `s3` storage: both or neither; neither uses the SDK's credential chain (instance or task role). */
  @IsString()
  S3_ACCESS_KEY_ID = '';

  @IsString()
  S3_SECRET_ACCESS_KEY = '';

  /** Path-style URLs (`host/bucket/key`), which most S3-compatible stores need. */
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  /** Put in front of every object key, so several installations can share a bucket. */
  @Matches(/^$|^[A-Za-z0-9!_.*'()/-]{1,200}$/, { message: "letters, digits and !_.*'()/- only" })
  S3_KEY_PREFIX = '';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Cross-field rules that decorators cannot say. */
  check(): void {
    if (this.isProduction && this.JWT_SECRET === DEV_JWT_SECRET) {
      throw new ConfigError(['JWT_SECRET'], ['JWT_SECRET: must be set in production']);
    }
    if (this.FILE_STORAGE === 's3' && !this.S3_BUCKET) {
      throw new ConfigError(['S3_BUCKET'], ['S3_BUCKET: must be set when FILE_STORAGE is s3']);
    }
    if (!this.S3_ACCESS_KEY_ID !== !this.S3_SECRET_ACCESS_KEY) {
      const missing = this.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
      throw new ConfigError([missing], [`${missing}: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together`]);
    }
  }
}
