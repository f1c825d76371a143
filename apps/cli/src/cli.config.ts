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
}
