import { IsBoolean, IsInt, IsString, Max, Min } from 'class-validator';
import { PlatformConfig } from '@app/platform';

export class ApiConfig extends PlatformConfig {
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Introspection and "did you mean" hints are off unless set on (Apollo would turn them on outside production). */
  @IsBoolean()
  GRAPHQL_INTROSPECTION = false;

  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  @IsInt()
  @Min(0)
  @Max(500)
  GRAPHQL_MAX_ALIASES = 30;

  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COST = 5000;

  /** Express `trust proxy`: set to the number of proxies in front of the api, so rate limits see client IPs. */
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY = 0;

  /** The built web client (index.html + assets/), served at `/`. Missing: the api serves GraphQL only. */
  @IsString()
  WEB_DIR = 'dist/web';
}
