import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CounterState, CounterWindow, RateLimitStore } from './rate-limit.store';

const CLEANUP_EVERY_MS = 60_000;

/**
 * Counters in `rate_limit_counters`: one upsert bumps every counter of a call and returns its count
 * and the seconds left in its window; row locks make concurrent hits on one key count each.
 * Ended windows are deleted at most once a minute.
 */
@Injectable()
export class PostgresRateLimitStore extends RateLimitStore {
  private lastCleanup = 0;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async hit(windows: CounterWindow[]): Promise<CounterState[]> {
    if (windows.length === 0) return [];
    // The same key twice in one call counts twice, as two INCRs would (one row per key in the upsert).
    const byKey = new Map<string, { windowSeconds: number; hits: number }>();
    for (const w of windows) {
      const seen = byKey.get(w.key);
      byKey.set(w.key, { windowSeconds: w.windowSeconds, hits: (seen?.hits ?? 0) + (w.units ?? 1) });
    }
    const keys = [...byKey.keys()];
    const rows: { key: string; count: number; ttl: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters AS c (key, count, expires_at)
       SELECT k, n, now() + make_interval(secs => w)
         FROM unnest($1::text[], $2::int[], $3::int[]) AS t(k, w, n)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN c.expires_at <= now() THEN excluded.count ELSE c.count + excluded.count END,
         expires_at = CASE WHEN c.expires_at <= now() THEN excluded.expires_at ELSE c.expires_at END
       RETURNING key, count, GREATEST(1, ceil(extract(epoch FROM expires_at - now())))::int AS ttl`,
      [keys, keys.map((k) => byKey.get(k)?.windowSeconds), keys.map((k) => byKey.get(k)?.hits)],
    );
    await this.cleanup();
    const state = new Map(rows.map((r) => [r.key, { count: Number(r.count), ttlSeconds: Number(r.ttl) }]));
    return windows.map((w) => state.get(w.key) ?? { count: 0, ttlSeconds: w.windowSeconds });
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_counters WHERE key = $1', [key]);
  }

  async refund(key: string, units: number): Promise<void> {
    await this.dataSource.query('UPDATE rate_limit_counters SET count = count - $2 WHERE key = $1', [key, units]);
  }

  private async cleanup(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    await this.dataSource.query('DELETE FROM rate_limit_counters WHERE expires_at < now()');
  }
}
