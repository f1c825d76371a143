import { errorCatalogue, refuse } from '@app/platform';
import { SubmissionStatus } from '@app/submissions';
import { ModerationDecision, ReasonCode } from './entities';

/** Every way the moderation context (queue, claims, tags, decisions, appeals, reveals) refuses. */
export const ModerationErrors = errorCatalogue('moderation', {
  /** No submitted submission with this id (drafts included: moderators never see them). */
  SUBMISSION_NOT_FOUND: () => refuse.notFound('Submission', 'submissionId'),
  /** An item of the moderator's own organisation: the refusal never says why. */
  NOT_THEIRS_TO_MODERATE: () => refuse.forbidden('You cannot take this submission; another moderator will'),
  NOT_IN_QUEUE_STATUS: (listable: readonly SubmissionStatus[]) =>
    refuse.badInput('status', `the queue lists ${listable.join(', ')}`),
  NOT_WAITING: (status: SubmissionStatus) => refuse.conflict(`A ${status} submission is not waiting for moderation`),
  CLAIMED_BY_ANOTHER: () =>
    refuse.conflict('Another moderator is working on this submission', 'id', 'is claimed by someone else'),
  NO_CLAIM_TO_RELEASE: () => refuse.conflict('You do not hold a claim on this submission', 'id', 'not claimed by you'),
  CLAIM_REQUIRED: () =>
    refuse.conflict('Claim this submission before working on it', 'submissionId', 'not claimed by you'),
  CLAIM_EXPIRED: () =>
    refuse.conflict('Your claim on this submission has expired; claim it again', 'submissionId', 'claim expired'),
  NOT_TAGGABLE: (status: SubmissionStatus) => refuse.conflict(`A ${status} submission cannot be tagged`),
  /** A "no … considerations" flag beside a tag of its category (tagReviewContradiction says which). */
  REVIEW_CONTRADICTS_TAG: (field: string, message: string) => refuse.badInput(field, message),
  REASON_DOES_NOT_FIT: (decision: ModerationDecision, allowed: readonly ReasonCode[]) =>
    refuse.badInput('reasonCode', `is not a reason for ${decision}; use one of ${allowed.join(', ')}`),
  MESSAGE_REQUIRED: () => refuse.badInput('message', 'tell the submitter why (required to reject or request changes)'),
  /** Approving (or overturning, which approves) needs the gender and human-rights review recorded. */
  TAG_REVIEW_REQUIRED: (to: 'approving' | 'overturning') =>
    refuse.conflict(
      `Record the gender and human-rights review (setSubmissionTags, or tags with the decision) before ${to}`,
      'decision',
      'tag review not done',
    ),
  /** Someone who may see the submission but is not of its organisation. */
  APPEAL_NEEDS_SUBMITTER_ADMIN: () => refuse.forbidden('Only an ADMIN of the submitting organisation can appeal'),
  APPEAL_NEEDS_ADMIN: () => refuse.forbidden('Only an ADMIN of the organisation can appeal'),
  ALREADY_APPEALED: () => refuse.conflict('This decision has already been appealed; a submission is appealed once'),
  NO_OPEN_APPEAL: () => refuse.conflict('There is no open appeal on this submission'),
  NOT_ANONYMOUS: () =>
    refuse.badInput('submissionId', 'is not ANONYMOUS: its organisation is already visible to staff'),
});
