import { ApiConfig } from '../../../../apps/api/src/api.config';
import { ConfigError, loadConfig } from './config.loader';
import { PlatformConfig } from './platform.config';

/** Loads the api's config from exactly `env` and returns the ConfigError it throws (or fails). */
function configErrorFor(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(ApiConfig, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('loads the defaults when the environment sets nothing, and they work on a developer machine', () => {
    const config = loadConfig(ApiConfig, {});
    expect(config).toBeInstanceOf(ApiConfig);
    expect(config).toBeInstanceOf(PlatformConfig);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\/.*127\.0\.0\.1/);
    expect(config.REDIS_URL).toMatch(/^redis:\/\/127\.0\.0\.1/);
    expect(config.PORT).toBe(3000);
    expect(config.GRAPHQL_INTROSPECTION).toBe(false);
    expect(config.GRAPHQL_MAX_DEPTH).toBe(10);
  });

  it('treats an empty variable as unset (keeps the default)', () => {
    expect(loadConfig(ApiConfig, { PORT: '', GRAPHQL_INTROSPECTION: '' })).toMatchObject({
      PORT: 3000,
      GRAPHQL_INTROSPECTION: false,
    });
  });

  it.each([
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '3000.5'],
    ['GRAPHQL_INTROSPECTION', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['REDIS_PREFIX', 'has space'],
    ['DATABASE_POOL_SIZE', '0'],
    ['JWT_SECRET', 'too-short'],
    ['FILE_STORAGE', 'ftp'],
    ['S3_ENDPOINT', 'minio:9000'],
    ['S3_BUCKET', 'Not_A_Bucket'],
    ['S3_FORCE_PATH_STYLE', 'perhaps'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    const error = configErrorFor({ [name]: value });
    expect(error.variables).toEqual([name]);
    expect(error.message).toContain(name);
  });

  it('needs a bucket for s3 storage, and both S3 keys or neither', () => {
    expect(configErrorFor({ FILE_STORAGE: 's3' }).variables).toEqual(['S3_BUCKET']);
    expect(configErrorFor({ FILE_STORAGE: 's3', S3_BUCKET: 'plenary', S3_ACCESS_KEY_ID: 'AKIA' }).variables).toEqual([
      'S3_SECRET_ACCESS_KEY',
    ]);
    expect(
      loadConfig(ApiConfig, { FILE_STORAGE: 's3', S3_BUCKET: 'plenary', S3_ENDPOINT: 'http://127.0.0.1:9000' }),
    ).toMatchObject({ FILE_STORAGE: 's3', S3_BUCKET: 'plenary', S3_FORCE_PATH_STYLE: true, S3_REGION: 'us-east-1' });
  });

  it('names every bad variable at once', () => {
    const error = configErrorFor({ DATABASE_URL: 'mysql://x', PORT: 'abc' });
    expect(error.variables.sort()).toEqual(['DATABASE_URL', 'PORT']);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).toContain('PORT');
  });

  it('does not repeat the bad value in the message (it may be a secret)', () => {
    const secret = 's3cr3t-value';
    const error = configErrorFor({ JWT_SECRET: secret, DATABASE_URL: `mysql://admin:${secret}@db/x` });
    expect(error.message).not.toContain(secret);
  });

  it('coerces numbers and booleans from their string form', () => {
    const config = loadConfig(ApiConfig, {
      PORT: '8080',
      GRAPHQL_MAX_DEPTH: ' 7 ',
      GRAPHQL_INTROSPECTION: 'true',
      DATABASE_POOL_SIZE: '3',
    });
    expect(config.PORT).toBe(8080);
    expect(config.GRAPHQL_MAX_DEPTH).toBe(7);
    expect(config.GRAPHQL_INTROSPECTION).toBe(true);
    expect(config.DATABASE_POOL_SIZE).toBe(3);
  });

  it.each([
    ['1', true],
    ['yes', true],
    ['ON', true],
    ['false', false],
    ['0', false],
    ['off', false],
  ])('reads the boolean %s as %s', (value, expected) => {
    expect(loadConfig(ApiConfig, { GRAPHQL_INTROSPECTION: value }).GRAPHQL_INTROSPECTION).toBe(expected);
  });

  it('refuses the development JWT_SECRET default when NODE_ENV=production', () => {
    const error = configErrorFor({ NODE_ENV: 'production' });
    expect(error.variables).toEqual(['JWT_SECRET']);
    expect(error.message).toContain('JWT_SECRET');
  });

  it('accepts production with a JWT_SECRET of its own', () => {
    const config = loadConfig(ApiConfig, { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48) });
    expect(config.isProduction).toBe(true);
    expect(config.JWT_SECRET).toBe('x'.repeat(48));
  });

  it('ignores variables the config does not know', () => {
    const config = loadConfig(ApiConfig, { SOMETHING_ELSE: 'value' });
    expect(config).not.toHaveProperty('SOMETHING_ELSE');
  });
});
