import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { PlatformConfig } from '@app/platform';

export class WorkerConfig extends PlatformConfig {
  /** smtp://user:password@host:587 — when unset, emails are written as .eml files to MAIL_DIR. */
  @IsOptional() @Matches(/^smtps?:\/\//, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL: string | undefined = undefined;

  @IsString() @MinLength(1)
  MAIL_DIR = 'var/mail';

  @IsString() @MinLength(3)
  MAIL_FROM = 'Plenary <no-reply@plenary.local>';

  /** Jobs run at once per queue by this process. */
  @IsInt() @Min(1) @Max(64)
  WORKER_CONCURRENCY = 5;
}
