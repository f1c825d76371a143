import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, PlenaryLogger, settleQueueBackend } from '@app/platform';

import { ApiConfig } from './api.config';
import { ApiModule } from './api.module';

export async function startApi(config: ApiConfig): Promise<NestExpressApplication> {
  const queues = await settleQueueBackend(config);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PlenaryLogger));
  app.get(PlenaryLogger).log(`rate limits on ${queues.backend} (${queues.reason})`);
  app.disable('x-powered-by');
  // SIGTERM/SIGINT: stop accepting connections, finish requests, close the pool and Redis.
  // Exit with code 0 once the hooks have run (Nest would otherwise re-raise the signal).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  await app.listen(config.PORT, config.HOST);
  return app;
}

async function main(): Promise<void> {
  let config: ApiConfig;
  try {
    config = loadConfig(ApiConfig);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`plenary api: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const app = await startApi(config);
  app.get(PlenaryLogger).log(`Plenary api listening on ${await app.getUrl()} (GraphQL at /graphql)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`plenary api failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
