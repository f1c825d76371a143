import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { ConfigError, loadConfig, PlenaryLogger, settleQueueBackend } from '@app/platform';

import { WorkerConfig } from './worker.config';
import { WorkerModule } from './worker.module';

export async function startWorker(config: WorkerConfig): Promise<INestApplicationContext> {
  const queues = await settleQueueBackend(config);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PlenaryLogger));
  app.get(PlenaryLogger).log(`queues on ${queues.backend} (${queues.reason})`);
  // SIGTERM/SIGINT: stop taking jobs, let running ones finish, close connections.
  // Exit with code 0 once the hooks have run (Nest would otherwise re-raise the signal).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  return app;
}

async function main(): Promise<void> {
  let config: WorkerConfig;
  try {
    config = loadConfig(WorkerConfig);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`plenary worker: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  await startWorker(config);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`plenary worker failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
