import { Logger } from '@nestjs/common';

/** An error's name, code and message (EROFS, ECONNREFUSED …), without the bound values a driver error carries. */
export function errorSummary(error: unknown): Record<string, unknown> {
  const e = error as { name?: string; code?: string; syscall?: string; message?: string } | null;
  return { name: e?.name, code: e?.code, ...(e?.syscall ? { syscall: e.syscall } : {}), message: e?.message };
}

/**
 * Something retried in a loop (a poll, a reconnect) that may fail many times in a row during one
 * outage: one line when it starts failing and one when it works again, with how long and how many
 * tries it took, instead of a line per try.
 */
export class OutageLog {
  private since?: number;
  private failures = 0;

  constructor(
    private readonly logger: Logger,
    private readonly failingMessage: string,
    private readonly recoveredMessage: string,
  ) {}

  get failing(): boolean {
    return this.since !== undefined;
  }

  failed(error: unknown, fields: Record<string, unknown> = {}): void {
    this.failures += 1;
    if (this.since !== undefined) return;
    this.since = Date.now();
    this.logger.warn({ ...fields, err: errorSummary(error) }, this.failingMessage);
  }

  ok(fields: Record<string, unknown> = {}): void {
    if (this.since === undefined) return;
    this.logger.log({ ...fields, failures: this.failures, ms: Date.now() - this.since }, this.recoveredMessage);
    this.since = undefined;
    this.failures = 0;
  }
}
