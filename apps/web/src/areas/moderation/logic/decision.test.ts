import { describe, expect, it } from 'vitest';
import { decisionBlock, defaultReason, reviewDoneInForm } from './decision';

const ready = { status: 'UNDER_REVIEW', holding: true, reviewDone: true };

describe('why a decision cannot be taken yet', () => {
  it('allows every decision to the holder of a reviewed item', () => {
    expect(decisionBlock('APPROVE', ready)).toBeNull();
    expect(decisionBlock('REJECT', ready)).toBeNull();
    expect(decisionBlock('REQUEST_CHANGES', ready)).toBeNull();
  });

  it('keeps approval until the gender and human-rights review is done', () => {
    expect(decisionBlock('APPROVE', { ...ready, reviewDone: false })).toBe('reviewMissing');
    // Rejecting or asking for changes needs no review.
    expect(decisionBlock('REJECT', { ...ready, reviewDone: false })).toBeNull();
  });

  it('takes the review in the form as done when each of GENDER and HUMAN_RIGHTS has a tag or its "no considerations"', () => {
    const categories: Record<string, string> = { g: 'GENDER', h: 'HUMAN_RIGHTS', t: 'THEME' };
    const categoryOf = (id: string) => categories[id];
    const form = (selected: string[], noGender = false, noHumanRights = false) => ({
      selected,
      noGender,
      noHumanRights,
    });
    expect(reviewDoneInForm(form(['g', 'h']), categoryOf)).toBe(true);
    expect(reviewDoneInForm(form(['t'], true, true), categoryOf)).toBe(true);
    expect(reviewDoneInForm(form(['g'], false, true), categoryOf)).toBe(true);
    expect(reviewDoneInForm(form(['g', 't']), categoryOf)).toBe(false);
    expect(reviewDoneInForm(form([], true), categoryOf)).toBe(false);
    // A tag the vocabulary does not list (no category known) counts for nothing.
    expect(reviewDoneInForm(form(['unknown'], true), categoryOf)).toBe(false);
  });

  it('needs a live claim, and an item that waits for a moderator', () => {
    expect(decisionBlock('REJECT', { ...ready, holding: false })).toBe('notHolding');
    expect(decisionBlock('APPROVE', { ...ready, status: 'APPROVED' })).toBe('notWaiting');
    expect(decisionBlock('APPROVE', { ...ready, status: 'APPEALED' })).toBe('notWaiting');
  });

  it('preselects a decision’s only reason, and keeps a chosen one that still fits', () => {
    expect(defaultReason(['IN_SCOPE'], null)).toBe('IN_SCOPE');
    expect(defaultReason(['SPAM', 'DUPLICATE'], null)).toBeNull();
    expect(defaultReason(['SPAM', 'PERSONAL_DATA'], 'PERSONAL_DATA')).toBe('PERSONAL_DATA');
    expect(defaultReason(['IN_SCOPE'], 'SPAM')).toBe('IN_SCOPE');
  });
});
