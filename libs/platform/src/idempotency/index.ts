export * from './idempotency-key.entity';
export * from './idempotency-cleanup.processor';
export * from './idempotency.plugin';
export * from './idempotency-scope.interceptor';
