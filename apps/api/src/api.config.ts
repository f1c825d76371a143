import { IsBoolean, IsIn, IsInt, IsString, Max, Min } from 'class-validator';
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

  /** Characters of a GraphQL document; longer ones are refused before they are parsed. */
  @IsInt()
  @Min(100)
  @Max(1_000_000)
  GRAPHQL_MAX_DOCUMENT_LENGTH = 20_000;

  /**
   * Bytes of a GraphQL request's JSON body; a larger one is refused with 413 before it is parsed.
   * Sized to the largest input: a submission body of 200,000 characters is up to 600,000 bytes of
   * UTF-8, plus a document of GRAPHQL_MAX_DOCUMENT_LENGTH characters and the other fields.
   */
  @IsInt()
  @Min(10_000)
  @Max(10_000_000)
  GRAPHQL_MAX_BODY_BYTES = 1_000_000;

  /** Tokens the parser reads before it refuses a document. */
  @IsInt()
  @Min(50)
  @Max(100_000)
  GRAPHQL_MAX_TOKENS = 2_000;

  /** Field selections written in a document (duplicates included). */
  @IsInt()
  @Min(10)
  @Max(10_000)
  GRAPHQL_MAX_FIELDS = 500;

  @IsInt()
  @Min(0)
  @Max(1_000)
  GRAPHQL_MAX_DIRECTIVES = 20;

  /** Variables a request may send or an operation declare. */
  @IsInt()
  @Min(1)
  @Max(1_000)
  GRAPHQL_MAX_VARIABLES = 50;

  /**
   * Units of expensive work (full-text search, near-duplicates) each client IP may ask for per
   * window; a search costs 100 units, and more with tag filters.
   */
  @IsInt()
  @Min(1)
  EXPENSIVE_QUERY_BUDGET = 20_000;

  @IsInt()
  @Min(1)
  EXPENSIVE_QUERY_WINDOW_SECONDS = 60;

  /**
   * On SIGTERM, how long /health/ready answers 503 while requests are still served, so a load
   * balancer stops sending before the listener closes.
   */
  @IsInt()
  @Min(0)
  @Max(120_000)
  SHUTDOWN_GRACE_MS = 5_000;

  /** On SIGTERM, the longest the api waits for running requests to finish after the listener closed. */
  @IsInt()
  @Min(100)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 30_000;

  /** Express `trust proxy`: set to the number of proxies in front of the api, so rate limits see client IPs. */
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY = 0;

  /**
   * Anonymous public reads (rounds, approved submissions, published digests) answered from Redis,
   * refreshed by the worker as soon as what they show changes. `auto`: on when Redis is used
   * (QUEUE_BACKEND=redis); `off`: never.
   */
  @IsIn(['auto', 'off'])
  PUBLIC_CACHE: 'auto' | 'off' = 'auto';

  /** The longest a cached public answer is kept (also the most it can be late if no worker runs). */
  @IsInt()
  @Min(1)
  @Max(3600)
  PUBLIC_CACHE_TTL_SECONDS = 60;

  /**
   * Trusted documents: the built web client's operations, by name (its trusted-documents.json).
   * Requests may name one instead of sending a document. `on`: requests from the web origin must
   * (a document that is not the client's own is refused); `auto`: on in production; `off`: never
   * required. API clients with tokens send documents either way.
   */
  @IsIn(['auto', 'on', 'off'])
  TRUSTED_DOCUMENTS: 'auto' | 'on' | 'off' = 'auto';

  /** The built web client (index.html + assets/), served at `/`. Missing: the api serves GraphQL only. */
  @IsString()
  WEB_DIR = 'dist/web';
}
