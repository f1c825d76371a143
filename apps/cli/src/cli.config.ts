import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { PlatformConfig } from '@app/platform';

export class CliConfig extends PlatformConfig {
  /** The api's port, for the URL `up` and `seed:demo` print (the api reads the same variable). */
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Chromium prints the demo digest's PDF (the worker reads the same variable). */
  @IsString()
  @MinLength(1)
  CHROMIUM_PATH = '/usr/bin/chromium';

  /**
   * `up` with no DATABASE_URL and no PostgreSQL answering at the default address starts an embedded
   * one: its data folder (kept between runs) and its port on 127.0.0.1.
   */
  @IsString()
  @MinLength(1)
  EMBEDDED_DATABASE_DIR = 'var/postgres';

  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_DATABASE_PORT = 54329;
}
