import { DomainException, PlatformConfig, PlatformErrors, RateLimit, RateLimiter } from '@app/platform';
import { PasswordAttemptThrottle } from './password-attempt-throttle';

/** Fixed windows as the RateLimiter keeps them, on a clock the test moves. */
class WindowedCounter {
  now = 0;
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  consume(...limits: RateLimit[]): Promise<void> {
    let retryAfter = 0;
    for (const l of limits) {
      let w = this.windows.get(l.key);
      if (!w || w.endsAt <= this.now) this.windows.set(l.key, (w = { count: 0, endsAt: this.now + l.windowSeconds }));
      w.count += 1;
      if (w.count > l.limit) retryAfter = Math.max(retryAfter, w.endsAt - this.now);
    }
    return retryAfter > 0 ? Promise.reject(PlatformErrors.RATE_LIMITED(retryAfter)) : Promise.resolve();
  }

  reset(key: string): Promise<void> {
    this.windows.delete(key);
    return Promise.resolve();
  }
}

const retryAfterOf = async (attempt: Promise<void>): Promise<number> => {
  try {
    await attempt;
    return 0;
  } catch (error) {
    return Number((error as DomainException).extra.retryAfterSeconds ?? -1);
  }
};

describe('PasswordAttemptThrottle', () => {
  const config = Object.assign(new PlatformConfig(), {
    LOGIN_FAILURES_BEFORE_DELAY: 5,
    LOGIN_FIRST_DELAY_SECONDS: 60,
    LOGIN_MAX_PER_IP: 1_000_000,
  });

  it('lets five attempts through, then makes a patient guesser wait about twice as long each time', async () => {
    const counter = new WindowedCounter();
    const throttle = new PasswordAttemptThrottle(counter as unknown as RateLimiter, config);
    for (let i = 0; i < 5; i++) expect(await retryAfterOf(throttle.attempt('a@example.org', '203.0.113.1'))).toBe(0);
    // A guesser who retries exactly when told: the time between guesses that get through grows, doubling.
    const allowedAt: number[] = [];
    for (let tries = 0; tries < 100 && allowedAt.length < 6; tries++) {
      const wait = await retryAfterOf(throttle.attempt('a@example.org', '203.0.113.1'));
      if (wait === 0) allowedAt.push(counter.now);
      else counter.now += wait;
    }
    expect(allowedAt).toHaveLength(6);
    const gaps = allowedAt.slice(1).map((t, i) => t - allowedAt[i]);
    expect(allowedAt[0]).toBeGreaterThanOrEqual(60);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1] * 2);
    // Six guesses past the free five take well over an hour.
    expect(allowedAt[5]).toBeGreaterThan(3600);
  });

  it('keeps other addresses and other accounts free, and a success clears the pair', async () => {
    const counter = new WindowedCounter();
    const throttle = new PasswordAttemptThrottle(counter as unknown as RateLimiter, config);
    for (let i = 0; i < 20; i++) await retryAfterOf(throttle.attempt('a@example.org', '203.0.113.1'));
    expect(await retryAfterOf(throttle.attempt('a@example.org', '203.0.113.1'))).toBeGreaterThan(0);
    expect(await retryAfterOf(throttle.attempt('a@example.org', '198.51.100.2'))).toBe(0);
    expect(await retryAfterOf(throttle.attempt('b@example.org', '203.0.113.1'))).toBe(0);

    for (let i = 0; i < 4; i++) await throttle.attempt('c@example.org', '192.0.2.9');
    await throttle.succeeded('c@example.org', '192.0.2.9');
    for (let i = 0; i < 5; i++) expect(await retryAfterOf(throttle.attempt('c@example.org', '192.0.2.9'))).toBe(0);
  });
});
