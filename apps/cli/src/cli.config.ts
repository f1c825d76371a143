import { IsInt, Max, Min } from 'class-validator';
import { PlatformConfig } from '@app/platform';

export class CliConfig extends PlatformConfig {
  /** The api's port, for the URL `up` and `seed:demo` print (the api reads the same variable). */
  @IsInt() @Min(0) @Max(65535)
  PORT = 3000;
}
