/** One fixed-window counter to bump: its key and how long a window lasts. */
export interface CounterWindow {
  key: string;
  windowSeconds: number;
  /** How much to add (default 1: one attempt; more for a budget of units). */
  units?: number;
}

/** A counter after the bump: attempts in the current window, and seconds until that window ends. */
export interface CounterState {
  count: number;
  ttlSeconds: number;
}

/**
 * Where rate-limit counters live: fixed-window counters with an expiry, shared by every api
 * instance. Redis (INCR + EXPIRE) or PostgreSQL (an upsert on `rate_limit_counters`), as
 * QUEUE_BACKEND says; RateLimiter holds the policy and sees only this.
 */
export abstract class RateLimitStore {
  /**
   * Adds one to each counter (atomically per counter), starting a new window of `windowSeconds`
   * for a counter that has none or whose window ended. Answers in the order asked.
   */
  abstract hit(windows: CounterWindow[]): Promise<CounterState[]>;

  /** Forgets a counter (e.g. after a successful login). */
  abstract reset(key: string): Promise<void>;

  /** Takes back units added to a counter's current window (a refused request spends nothing). */
  abstract refund(key: string, units: number): Promise<void>;
}
