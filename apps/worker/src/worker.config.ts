import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { PlatformConfig } from '@app/platform';

export class WorkerConfig extends PlatformConfig {
  /** smtp://user:password@host:587 — when unset, emails are written as .eml files to MAIL_DIR. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL: string | undefined = undefined;

  @IsString()
  @MinLength(1)
  MAIL_DIR = 'var/mail';

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Plenary <no-reply@plenary.local>';

  /** Headless Chromium prints digest PDFs (Debian: apt-get install chromium fonts-noto-core fonts-noto-cjk). */
  @IsString()
  @MinLength(1)
  CHROMIUM_PATH = '/usr/bin/chromium';

  @IsInt()
  @Min(1000)
  PDF_TIMEOUT_MS = 10 * 60 * 1000;

  /** How long a job's lock lasts without renewal: after a worker dies, its job is taken over after about this long. */
  @IsInt()
  @Min(1000)
  JOB_LOCK_MS = 30_000;

  /**
   * How often the worker re-derives from PostgreSQL what must be queued (and adds what the queue
   * lost). It also does so at start and whenever Redis comes back.
   */
  @IsInt()
  @Min(1000)
  RECONCILE_INTERVAL_MS = 60_000;

  /** Jobs run at once per queue by this process. */
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 5;
}
