import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
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
    @Inject(REDIS) private readonly redis: Redis,
    private readonly shutdown: GracefulShutdown,
  ) {}

  /** Liveness: the process answers. */
  @Public()
  @Get()
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** Readiness: not shutting down, and PostgreSQL and Redis both answer. */
  @Public()
  @Get('ready')
  @HttpCode(200)
  async ready(): Promise<{ status: string; database: string; redis: string }> {
    if (this.shutdown.isDraining) throw new ServiceUnavailableException({ status: 'shutting-down' });
    const [database, redis] = await Promise.all([
      within(this.dataSource.query('SELECT 1'), CHECK_TIMEOUT_MS).then(
        () => 'ok',
        () => 'down',
      ),
      within(this.redis.ping(), CHECK_TIMEOUT_MS).then(
        () => 'ok',
        () => 'down',
      ),
    ]);
    const body = { status: database === 'ok' && redis === 'ok' ? 'ok' : 'down', database, redis };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }
}
