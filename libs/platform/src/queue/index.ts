export * from './enqueue';
export * from './job-handler.decorator';
export * from './jobs';
export * from './outbox.entity';
export * from './outbox-relay.service';
export * from './queue-registry.service';
export * from './queue.module';
export * from './queue-backend';
