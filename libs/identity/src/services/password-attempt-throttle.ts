import { Injectable } from '@nestjs/common';
import { PlatformConfig, RateLimit, RateLimiter } from '@app/platform';
import { hashSecretToken } from './secret-token';

/** Rungs of the ladder: the first window doubled nine times (60 s → 8.5 h with the defaults). */
const LADDER_RUNGS = 10;

/**
 * How password guesses are slowed (issue 10, finding 6): the policy lives here, the counting in
 * the platform's RateLimiter (whatever stores it).
 *
 * - Per (account, client address) pair, progressive: LOGIN_FAILURES_BEFORE_DELAY attempts are
 *   free, then each further one must wait about twice as long as the one before (a ladder of
 *   fixed windows, rung i allowing free + i attempts per firstDelay × 2^i seconds). Attempts are
 *   counted before the password is checked, atomically, so parallel requests cannot slip past the
 *   count; refused attempts count too (hammering only lengthens one's own wait). A correct
 *   password clears the pair. So whoever guesses slows only themselves: the owner, from another
 *   address, still gets in — there is deliberately no per-account limit that anyone could fill.
 * - Per client address, across accounts: LOGIN_MAX_PER_IP per LOGIN_WINDOW_SECONDS (a guesser
 *   who sprays many accounts from one address).
 *
 * Every password check counts: login (each aliased field too) and deleteMyAccount.
 */
@Injectable()
export class PasswordAttemptThrottle {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: PlatformConfig,
  ) {}

  /** Counts one attempt; throws RATE_LIMITED (with retryAfterSeconds) when this address must wait. */
  async attempt(emailNormalized: string, ip: string): Promise<void> {
    await this.limiter.consume(
      { key: `login:ip:${ip}`, limit: this.config.LOGIN_MAX_PER_IP, windowSeconds: this.config.LOGIN_WINDOW_SECONDS },
      ...this.ladder(emailNormalized, ip),
    );
  }

  /** The right password from this address: its earlier failures no longer count. */
  async succeeded(emailNormalized: string, ip: string): Promise<void> {
    await Promise.all(this.ladder(emailNormalized, ip).map((rung) => this.limiter.reset(rung.key)));
  }

  private ladder(emailNormalized: string, ip: string): RateLimit[] {
    // Hashed: neither the email nor the address belongs in a storage key.
    const pair = hashSecretToken(`${emailNormalized}\n${ip}`);
    const free = this.config.LOGIN_FAILURES_BEFORE_DELAY;
    const first = this.config.LOGIN_FIRST_DELAY_SECONDS;
    return Array.from({ length: LADDER_RUNGS }, (_, i) => ({
      key: `pw:pair:${pair}:${i}`,
      limit: free + i,
      windowSeconds: first * 2 ** i,
    }));
  }
}
