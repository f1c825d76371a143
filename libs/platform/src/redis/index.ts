export * from './redis.module';
export * from './rate-limiter.service';
