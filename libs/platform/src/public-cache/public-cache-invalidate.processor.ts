import { Inject, Injectable, Optional } from '@nestjs/common';
import Redis from 'ioredis';
import { JobPayloads } from '../queue/jobs';
import { JobHandler, JobProcessor } from '../queue/job-handler.decorator';
import { REDIS } from '../redis/redis.tokens';
import { PUBLIC_CACHE_GENERATIONS_KEY, PUBLIC_SCOPES } from './public-cache.scopes';

/**
 * Bumps a scope's generation in the public-read cache, so every answer filed under the old one is
 * no longer found (it expires on its own). Without Redis (QUEUE_BACKEND=postgres) there is no
 * cache and nothing to do. Running twice only bumps twice: harmless.
 */
@Injectable()
@JobHandler('public-cache.invalidate')
export class PublicCacheInvalidateProcessor implements JobProcessor<'public-cache.invalidate'> {
  constructor(@Optional() @Inject(REDIS) private readonly redis?: Redis) {}

  async handle(payload: JobPayloads['public-cache.invalidate']): Promise<void> {
    if (!this.redis || !PUBLIC_SCOPES.includes(payload.scope)) return;
    await this.redis.hincrby(PUBLIC_CACHE_GENERATIONS_KEY, payload.scope, 1);
  }
}
