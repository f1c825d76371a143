import 'reflect-metadata';
import { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, PlenaryLogger, settleQueueBackend } from '@app/platform';

import { ApiConfig } from './api.config';
import { API_APPLICATION_OPTIONS, ApiModule } from './api.module';
import { GracefulShutdown } from './graceful-shutdown';

export async function startApi(config: ApiConfig): Promise<NestExpressApplication> {
  const queues = await settleQueueBackend(config);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    ...API_APPLICATION_OPTIONS,
    bufferLogs: true,
  });
  app.useLogger(app.get(PlenaryLogger));
  app.get(PlenaryLogger).log(`rate limits on ${queues.backend} (${queues.reason})`);
  app.disable('x-powered-by');
  const server = app.getHttpServer() as Server;
  const shutdown = app.get(GracefulShutdown);
  shutdown.attach(server);
  // SIGTERM/SIGINT: not ready, a grace period, the listener closes, running requests finish and are
  // answered (Connection: close), then the pool and Redis close and the process exits with code 0.
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    app.get(PlenaryLogger).log({ signal }, 'api stopping');
    shutdown
      .drain(server, config.SHUTDOWN_GRACE_MS, config.SHUTDOWN_TIMEOUT_MS)
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.get(PlenaryLogger).error({ err: error }, 'api shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
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
