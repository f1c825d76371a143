export * from './auth';
export * from './clock';
export * from './config';
export * from './database';
export * from './errors';
export * from './graphql';
export * from './idempotency';
export * from './logging';
export * from './pagination';
export * from './platform.module';
export * from './public-cache';
export * from './queue';
export * from './rate-limit';
export * from './redis';

import { IdempotencyKeyEntity } from './idempotency/idempotency-key.entity';
import { OutboxJobEntity } from './queue';
import { RateLimitCounterEntity } from './rate-limit';
/** The platform's own tables. */
export const PLATFORM_ENTITIES = [OutboxJobEntity, RateLimitCounterEntity, IdempotencyKeyEntity];
export * from './personal-data';
