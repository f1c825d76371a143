export * from './rate-limit.store';
export * from './rate-limit-counter.entity';
export * from './postgres-rate-limit.store';
