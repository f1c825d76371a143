import { describe, expect, it } from 'vitest';
import { decisionBlock, defaultReason } from './decision';

const ready = { status: 'UNDER_REVIEW', holding: true, tagsDirty: false, reviewDone: true };

describe('why a decision cannot be taken yet', () => {
  it('allows every decision to the holder of a reviewed item', () => {
    expect(decisionBlock('APPROVE', ready)).toBeNull();
    expect(decisionBlock('REJECT', ready)).toBeNull();
    expect(decisionBlock('REQUEST_CHANGES', ready)).toBeNull();
  });

  it('keeps approval until the gender and human-rights review is recorded and saved', () => {
    expect(decisionBlock('APPROVE', { ...ready, reviewDone: false })).toBe('reviewMissing');
    expect(decisionBlock('APPROVE', { ...ready, tagsDirty: true })).toBe('unsavedReview');
    // Rejecting or asking for changes needs no review.
    expect(decisionBlock('REJECT', { ...ready, reviewDone: false })).toBeNull();
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
