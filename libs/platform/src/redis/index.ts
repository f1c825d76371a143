export * from './redis.module';
export * from './rate-limiter.service';
export * from './redis-rate-limit.store';
