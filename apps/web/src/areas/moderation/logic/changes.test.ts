import { describe, expect, it } from 'vitest';
import { itemChanges, type ItemSnapshot } from './changes';

const base: ItemSnapshot = {
  status: 'UNDER_REVIEW',
  version: 4,
  currentVersion: 1,
  title: 'Safeguards',
  tags: [{ id: 't1', label: 'Privacy' }],
  tagReview: null,
  claim: { mine: true, moderator: { displayName: 'Me' } },
  decisions: [],
};

describe('what changed while the moderator worked', () => {
  it('lists nothing for the same item', () => {
    expect(itemChanges(base, base)).toEqual([]);
  });

  it('names tags added and removed, and the review recorded', () => {
    const after: ItemSnapshot = {
      ...base,
      version: 5,
      tags: [{ id: 't2', label: 'Gender-based violence' }],
      tagReview: { done: true, noGenderConsiderations: false, noHumanRightsConsiderations: true },
    };
    expect(itemChanges(base, after)).toEqual([
      { kind: 'tagsAdded', labels: ['Gender-based violence'] },
      { kind: 'tagsRemoved', labels: ['Privacy'] },
      { kind: 'review', field: 'noHumanRights', to: true },
      { kind: 'review', field: 'done', to: true },
    ]);
  });

  it('names a decision someone else took, the new status and the new holder', () => {
    const after: ItemSnapshot = {
      ...base,
      version: 6,
      status: 'REJECTED',
      claim: null,
      decisions: [{ decision: 'REJECT', reasonCode: 'SPAM' }],
    };
    expect(itemChanges(base, after)).toEqual([
      { kind: 'status', from: 'UNDER_REVIEW', to: 'REJECTED' },
      { kind: 'holder', from: { who: 'you' }, to: { who: 'nobody' } },
      { kind: 'decided', decision: 'REJECT', reasonCode: 'SPAM' },
    ]);
    const takenOver = { ...base, version: 5, claim: { mine: false, moderator: { displayName: 'Staff' } } };
    expect(itemChanges(base, takenOver)).toEqual([
      { kind: 'holder', from: { who: 'you' }, to: { who: 'other', name: 'Staff' } },
    ]);
  });

  it('names a revision by the submitter, and says when only something else moved', () => {
    expect(itemChanges(base, { ...base, version: 9, currentVersion: 2, title: 'Safeguards (revised)' })).toEqual([
      { kind: 'revised', from: 1, to: 2 },
      { kind: 'title', from: 'Safeguards', to: 'Safeguards (revised)' },
    ]);
    expect(itemChanges(base, { ...base, version: 5 })).toEqual([{ kind: 'other' }]);
  });
});
