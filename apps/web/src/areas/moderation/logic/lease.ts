/**
 * A moderator's claim is a lease (30 minutes by default): the desk shows what is left, renews it
 * while the moderator works on the item, and says so when it has run out. Framework-free.
 */

const MINUTE = 60_000;

/** Renew when less than this is left… */
export const RENEW_WHEN_LEFT_MS = 10 * MINUTE;
/** …and the moderator did something on the page within this long (an idle tab lets it lapse). */
export const ACTIVE_WITHIN_MS = 10 * MINUTE;

export type LeaseView =
  /** Nobody holds it. */
  | { kind: 'free' }
  /** The caller holds it. */
  | { kind: 'mine'; expiresAt: Date; leftMs: number }
  /** Someone else holds it. */
  | { kind: 'theirs'; holder: string; expiresAt: Date; leftMs: number }
  /** The caller held it on this page and it ran out (the item may be free or someone else's now). */
  | { kind: 'expired'; expiredAt: Date; holder: string | null };

export interface ClaimFacts {
  mine: boolean;
  expiresAt: string;
  moderator: { displayName: string };
}

/**
 * What the claim panel shows. `heldUntil` is the end of the lease the caller last held on this
 * page (null if they did not, or released it): when the server no longer shows it as theirs, or
 * its time has passed, the lease has expired, and the panel says so instead of "free".
 */
export function leaseView(claim: ClaimFacts | null, now: number, heldUntil: number | null): LeaseView {
  const live = claim && new Date(claim.expiresAt).getTime() > now ? claim : null;
  if (live?.mine) {
    const expiresAt = new Date(live.expiresAt);
    return { kind: 'mine', expiresAt, leftMs: expiresAt.getTime() - now };
  }
  if (heldUntil !== null) {
    return {
      kind: 'expired',
      expiredAt: new Date(Math.min(heldUntil, now)),
      holder: live?.moderator.displayName ?? null,
    };
  }
  if (live) {
    const expiresAt = new Date(live.expiresAt);
    return { kind: 'theirs', holder: live.moderator.displayName, expiresAt, leftMs: expiresAt.getTime() - now };
  }
  return { kind: 'free' };
}

/** Whether to renew the caller's lease now: little time left, and the moderator is at work. */
export function shouldRenew(view: LeaseView, now: number, lastActivityAt: number): boolean {
  return view.kind === 'mine' && view.leftMs < RENEW_WHEN_LEFT_MS && now - lastActivityAt < ACTIVE_WITHIN_MS;
}

/** Whole minutes left ("1 minute" until the very end; a lease just taken shows its full 30). */
export const minutesLeft = (ms: number): number => (ms <= 0 ? 0 : Math.max(1, Math.floor(ms / MINUTE)));
