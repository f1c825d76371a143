import { Server, ServerResponse } from 'node:http';
import { Injectable, Logger } from '@nestjs/common';

/**
 * The api's way out, so no answer to a committed write is lost:
 * 1. `/health/ready` answers 503 and every response carries `Connection: close`, so the load
 *    balancer stops sending and clients stop reusing their connections;
 * 2. after the grace period the listener closes (idle kept-alive sockets with it);
 * 3. requests still running finish and are answered (with `Connection: close`);
 * 4. only then are the pool and Redis closed and the process exits.
 */
@Injectable()
export class GracefulShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();
  private idle?: () => void;

  get isDraining(): boolean {
    return this.draining;
  }

  /** Counts requests in flight and marks responses sent while draining `Connection: close`. */
  attach(server: Server): void {
    server.on('request', (_req, res: ServerResponse) => {
      this.inFlight.add(res);
      if (this.draining) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.inFlight.delete(res);
        if (this.inFlight.size === 0) this.idle?.();
      });
    });
  }

  /** Runs steps 1–3; resolves when nothing is in flight (or after `maxWaitMs`). */
  async drain(server: Server, graceMs: number, maxWaitMs: number): Promise<void> {
    this.draining = true;
    // Requests already running answer with `Connection: close` too.
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    this.logger.log({ graceMs, inFlight: this.inFlight.size }, 'shutting down: not ready, draining');
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const drained = new Promise<void>((resolve) => {
      if (this.inFlight.size === 0) resolve();
      else this.idle = resolve;
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), maxWaitMs)));
    const outcome = await Promise.race([drained.then(() => closed), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.logger.warn(
        { inFlight: this.inFlight.size },
        'requests still running after the drain timeout; closing anyway',
      );
      server.closeAllConnections();
    }
    this.logger.log('drained: no request in flight');
  }
}
