import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';
import { JobReconciler } from './job-reconciler.service';
import { QueueRegistry } from './queue-registry.service';

@Global()
@Module({
  providers: [QueueRegistry, OutboxRelay, JobReconciler],
  exports: [QueueRegistry, OutboxRelay, JobReconciler],
})
export class QueueModule {}
