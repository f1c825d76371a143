import Redis from 'ioredis';
import { PlatformConfig, QueueBackendName } from '../config';

const PROBE_TIMEOUT_MS = 1000;

/** Whether a Redis server answers PING at `url` within a second (a server that wants a password counts). */
export async function redisAnswers(url: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined); // the probe's answer is the return value, not a log line
  try {
    await redis.connect();
    await redis.ping();
    return true;
  } catch (error) {
    return /NOAUTH|WRONGPASS/.test((error as Error).message ?? '');
  } finally {
    redis.disconnect();
  }
}

/**
 * Settles QUEUE_BACKEND=auto once, before the process builds its modules: `redis` when REDIS_URL is
 * set (the operator chose Redis; an outage is then an outage) or Redis answers at the default
 * address, `postgres` otherwise. Returns why, for the start-up banner and log.
 */
export async function settleQueueBackend(
  config: PlatformConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ backend: QueueBackendName; reason: string }> {
  if (config.QUEUE_BACKEND !== 'auto') return { backend: config.QUEUE_BACKEND, reason: 'QUEUE_BACKEND is set' };
  if (env.REDIS_URL) {
    config.QUEUE_BACKEND = 'redis';
    return { backend: 'redis', reason: 'REDIS_URL is set' };
  }
  if (await redisAnswers(config.REDIS_URL)) {
    config.QUEUE_BACKEND = 'redis';
    return { backend: 'redis', reason: `Redis answers at ${redactUrl(config.REDIS_URL)}` };
  }
  config.QUEUE_BACKEND = 'postgres';
  return { backend: 'postgres', reason: `no Redis answers at ${redactUrl(config.REDIS_URL)}` };
}

/** The settled backend; building a process with QUEUE_BACKEND still `auto` is a programming error. */
export function queueBackendOf(config: PlatformConfig): QueueBackendName {
  if (config.QUEUE_BACKEND === 'auto')
    throw new Error('QUEUE_BACKEND is still "auto": call settleQueueBackend(config) before building the modules');
  return config.QUEUE_BACKEND;
}

/** A URL without its password, for logs and banners. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
