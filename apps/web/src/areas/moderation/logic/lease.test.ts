import { describe, expect, it } from 'vitest';
import { leaseView, minutesLeft, shouldRenew } from './lease';

const MIN = 60_000;
const now = Date.parse('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();
const claim = (mine: boolean, inMs: number) => ({ mine, expiresAt: at(inMs), moderator: { displayName: 'Leila' } });

describe('the lease a claim is', () => {
  it('is the caller’s, with the time left', () => {
    expect(leaseView(claim(true, 25 * MIN), now, now + 25 * MIN)).toEqual({
      kind: 'mine',
      expiresAt: new Date(now + 25 * MIN),
      leftMs: 25 * MIN,
    });
  });

  it('names another holder and when their lease ends', () => {
    expect(leaseView(claim(false, 12 * MIN), now, null)).toMatchObject({
      kind: 'theirs',
      holder: 'Leila',
      leftMs: 12 * MIN,
    });
  });

  it('is free when nobody holds it, or a stranger’s lease has run out', () => {
    expect(leaseView(null, now, null)).toEqual({ kind: 'free' });
    expect(leaseView(claim(false, -MIN), now, null)).toEqual({ kind: 'free' });
  });

  it('has expired when the caller held it on this page and it ran out or went to someone else', () => {
    expect(leaseView(claim(true, -2 * MIN), now, now - 2 * MIN)).toEqual({
      kind: 'expired',
      expiredAt: new Date(now - 2 * MIN),
      holder: null,
    });
    // The server no longer shows it (expired by the server's clock first).
    expect(leaseView(null, now, now + 5 * MIN)).toMatchObject({ kind: 'expired', holder: null });
    expect(leaseView(claim(false, 20 * MIN), now, now - MIN)).toMatchObject({ kind: 'expired', holder: 'Leila' });
  });

  it('is renewed only near its end and while the moderator is at work', () => {
    const mine = (left: number) => leaseView(claim(true, left), now, now + left);
    expect(shouldRenew(mine(5 * MIN), now, now - MIN)).toBe(true);
    expect(shouldRenew(mine(20 * MIN), now, now - MIN)).toBe(false);
    expect(shouldRenew(mine(5 * MIN), now, now - 15 * MIN)).toBe(false);
    expect(shouldRenew(leaseView(claim(false, 5 * MIN), now, null), now, now)).toBe(false);
  });

  it('counts whole minutes, and "1 minute" until the end', () => {
    expect(minutesLeft(30 * MIN + 400)).toBe(30);
    expect(minutesLeft(29 * MIN + 59_000)).toBe(29);
    expect(minutesLeft(1)).toBe(1);
    expect(minutesLeft(-5)).toBe(0);
  });
});
