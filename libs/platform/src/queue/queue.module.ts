import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';
import { QueueRegistry } from './queue-registry.service';

@Global()
@Module({
  providers: [QueueRegistry, OutboxRelay],
  exports: [QueueRegistry, OutboxRelay],
})
export class QueueModule {}
