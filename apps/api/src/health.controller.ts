import { Controller, Get, HttpCode, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { Public, REDIS } from '@app/platform';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { GracefulShutdown } from './graceful-shutdown';

const CHECK_TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    /** Absent with QUEUE_BACKEND=postgres: then Redis is not in use and not checked. */
    @Optional() @Inject(REDIS) private readonly redis: Redis | undefined,
    private readonly shutdown: GracefulShutdown,
  ) {}

  /** Liveness: the process answers. */
  @Public()
  @Get()
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Readiness: not shutting down, PostgreSQL answers, and Redis too when it is in use. */
  @Public()
  @Get('ready')
  @HttpCode(200)
  async ready(): Promise<{ status: string; database: string; redis?: string }> {
    if (this.shutdown.isDraining) throw new ServiceUnavailableException({ status: 'shutting-down' });
    const [database, redis] = await Promise.all([
      within(this.dataSource.query('SELECT 1'), CHECK_TIMEOUT_MS).then(
        () => 'ok',
        () => 'down',
      ),
      this.redis
        ? within(this.redis.ping(), CHECK_TIMEOUT_MS).then(
            () => 'ok',
            () => 'down',
          )
        : undefined,
    ]);
    const up = database === 'ok' && (redis === undefined || redis === 'ok');
    const body = { status: up ? 'ok' : 'down', database, ...(redis ? { redis } : {}) };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }
}
