import { SubmissionStatus } from '@app/submissions';
import { moderationRefusal, ModerationRefusal } from './moderation-access';

/**
 * Who may moderate what, as a table: for every status, a submission never submitted (version 0)
 * and one submitted (version 1), by a moderator outside or inside its organisation.
 */
const EXPECTED: Record<
  SubmissionStatus,
  { unsubmitted: ModerationRefusal; outsider: ModerationRefusal; member: ModerationRefusal }
> = {
  [SubmissionStatus.DRAFT]: { unsubmitted: 'NOT_FOUND', outsider: 'NOT_FOUND', member: 'NOT_FOUND' },
  [SubmissionStatus.SUBMITTED]: { unsubmitted: 'NOT_FOUND', outsider: null, member: 'NOT_THEIRS_TO_MODERATE' },
  [SubmissionStatus.UNDER_REVIEW]: { unsubmitted: 'NOT_FOUND', outsider: null, member: 'NOT_THEIRS_TO_MODERATE' },
  [SubmissionStatus.APPROVED]: { unsubmitted: 'NOT_FOUND', outsider: null, member: 'NOT_THEIRS_TO_MODERATE' },
  [SubmissionStatus.REJECTED]: { unsubmitted: 'NOT_FOUND', outsider: null, member: 'NOT_THEIRS_TO_MODERATE' },
  [SubmissionStatus.CHANGES_REQUESTED]: { unsubmitted: 'NOT_FOUND', outsider: null, member: 'NOT_THEIRS_TO_MODERATE' },
  [SubmissionStatus.APPEALED]: { unsubmitted: 'NOT_FOUND', outsider: null, member: 'NOT_THEIRS_TO_MODERATE' },
  [SubmissionStatus.WITHDRAWN]: { unsubmitted: 'NOT_FOUND', outsider: null, member: 'NOT_THEIRS_TO_MODERATE' },
};

describe('moderation access', () => {
  it.each(Object.entries(EXPECTED) as [SubmissionStatus, (typeof EXPECTED)[SubmissionStatus]][])(
    '%s',
    (status, expected) => {
      expect(moderationRefusal({ status, currentVersion: 0 }, false)).toBe(expected.unsubmitted);
      expect(moderationRefusal({ status, currentVersion: 0 }, true)).toBe(expected.unsubmitted);
      expect(moderationRefusal({ status, currentVersion: 1 }, false)).toBe(expected.outsider);
      expect(moderationRefusal({ status, currentVersion: 1 }, true)).toBe(expected.member);
    },
  );

  it('treats a missing submission as a draft: NOT_FOUND, whoever asks', () => {
    expect(moderationRefusal(null, false)).toBe('NOT_FOUND');
    expect(moderationRefusal(null, true)).toBe('NOT_FOUND');
  });
});
