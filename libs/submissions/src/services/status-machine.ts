import { SubmissionStatus as S } from '../entities';
import { SubmissionErrors } from '../submissions.errors';

/**
 * The submission status machine (PRODUCT.md section 3) as one table: each action, the statuses it
 * may start from, and where it leads. Every other move is refused with CONFLICT.
 */
export const TRANSITIONS = {
  submit: { from: [S.DRAFT, S.CHANGES_REQUESTED], to: S.SUBMITTED },
  withdraw: { from: [S.DRAFT, S.SUBMITTED, S.CHANGES_REQUESTED], to: S.WITHDRAWN },
  startReview: { from: [S.SUBMITTED], to: S.UNDER_REVIEW },
  approve: { from: [S.UNDER_REVIEW], to: S.APPROVED },
  reject: { from: [S.UNDER_REVIEW], to: S.REJECTED },
  requestChanges: { from: [S.UNDER_REVIEW], to: S.CHANGES_REQUESTED },
  appeal: { from: [S.REJECTED], to: S.APPEALED },
  upholdAppeal: { from: [S.APPEALED], to: S.REJECTED },
  overturnAppeal: { from: [S.APPEALED], to: S.APPROVED },
} as const satisfies Record<string, { from: readonly S[]; to: S }>;

export type SubmissionAction = keyof typeof TRANSITIONS;

/** Statuses in which the submitter may still edit the text. */
export const EDITABLE: readonly S[] = [S.DRAFT, S.CHANGES_REQUESTED];

export function canTransition(from: S, action: SubmissionAction): boolean {
  return (TRANSITIONS[action].from as readonly S[]).includes(from);
}

/** The status `action` leads to from `from`, or CONFLICT naming both. */
export function nextStatus(from: S, action: SubmissionAction): S {
  if (!canTransition(from, action)) {
    throw SubmissionErrors.TRANSITION_NOT_ALLOWED(from, action);
  }
  return TRANSITIONS[action].to;
}
