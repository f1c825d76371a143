import { describe, expect, it } from 'vitest';
import { canSubmitNow, nextStep, wordBudget } from './next-step';

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-03-05T12:00:00Z');
const round = {
  opensAt: new Date(now.getTime() - 10 * DAY).toISOString(),
  closesAt: new Date(now.getTime() + 5 * DAY).toISOString(),
  revisionsCloseAt: new Date(now.getTime() + 7 * DAY).toISOString(),
};

describe('nextStep', () => {
  it('asks for a revision before the revisions deadline', () => {
    expect(nextStep({ status: 'CHANGES_REQUESTED' }, round, now)).toEqual({
      kind: 'reviseBefore',
      deadline: new Date(round.revisionsCloseAt),
      closingSoon: false,
    });
    const late = new Date(now.getTime() + 6 * DAY);
    expect(nextStep({ status: 'CHANGES_REQUESTED' }, round, late)).toMatchObject({ closingSoon: true });
    expect(nextStep({ status: 'CHANGES_REQUESTED' }, round, new Date(now.getTime() + 8 * DAY))).toEqual({
      kind: 'revisionsClosed',
    });
  });

  it('tells a draft its deadline, and that the round closed once it has', () => {
    expect(nextStep({ status: 'DRAFT' }, round, now)).toMatchObject({ kind: 'submitBefore', closingSoon: false });
    expect(nextStep({ status: 'DRAFT' }, round, new Date(now.getTime() + 4 * DAY))).toMatchObject({
      closingSoon: true,
    });
    expect(nextStep({ status: 'DRAFT' }, round, new Date(now.getTime() + 5 * DAY))).toEqual({ kind: 'roundClosed' });
    expect(nextStep({ status: 'DRAFT' }, round, new Date(now.getTime() - 11 * DAY))).toMatchObject({
      kind: 'notOpenYet',
    });
  });

  it('covers the other statuses', () => {
    expect(nextStep({ status: 'SUBMITTED' }, round, now).kind).toBe('waitForReview');
    expect(nextStep({ status: 'APPROVED', disclosure: 'NAMED' }, round, now).kind).toBe('published');
    expect(nextStep({ status: 'APPROVED', disclosure: 'INTERNAL_ONLY' }, round, now).kind).toBe('approvedInternal');
    expect(nextStep({ status: 'REJECTED', hasAppeal: false }, round, now).kind).toBe('mayAppeal');
    expect(nextStep({ status: 'REJECTED', hasAppeal: true }, round, now).kind).toBe('none');
    expect(nextStep({ status: 'APPEALED' }, round, now).kind).toBe('waitForAppeal');
    expect(nextStep({ status: 'WITHDRAWN' }, round, now).kind).toBe('none');
  });
});

describe('canSubmitNow', () => {
  it('follows the round’s dates, revisions until revisionsCloseAt', () => {
    expect(canSubmitNow('DRAFT', round, now)).toBe(true);
    expect(canSubmitNow('DRAFT', round, new Date(now.getTime() + 6 * DAY))).toBe(false);
    expect(canSubmitNow('CHANGES_REQUESTED', round, new Date(now.getTime() + 6 * DAY))).toBe(true);
    expect(canSubmitNow('SUBMITTED', round, now)).toBe(false);
  });
});

describe('wordBudget', () => {
  it('says how many remain or how many over', () => {
    expect(wordBudget(212, 2000)).toEqual({ remaining: 1788, over: 0 });
    expect(wordBudget(2212, 2000)).toEqual({ remaining: 0, over: 212 });
    expect(wordBudget(2000, 2000)).toEqual({ remaining: 0, over: 0 });
  });
});
