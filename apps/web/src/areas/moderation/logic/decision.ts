/**
 * Why a decision cannot be taken yet, as the desk explains it beside the disabled button. The
 * server decides (and refuses with its own reason); this only says in advance what it would
 * refuse, from facts the server gave: the claim, the status and the recorded tag review.
 */

export type Decision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';
export const DECISIONS: readonly Decision[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];

export type DecisionBlock =
  /** Not waiting for a moderator's decision (decided, withdrawn, or an appeal for staff). */
  | 'notWaiting'
  /** The caller does not hold a live claim. */
  | 'notHolding'
  /** The tag review has changes not saved yet (approval reads the saved one). */
  | 'unsavedReview'
  /** No gender and human-rights review recorded (PRODUCT.md: approving needs it). */
  | 'reviewMissing';

export interface DecisionFacts {
  status: string;
  holding: boolean;
  tagsDirty: boolean;
  /** The server's TagReview.done for the saved review. */
  reviewDone: boolean;
}

export function decisionBlock(decision: Decision, facts: DecisionFacts): DecisionBlock | null {
  if (facts.status !== 'UNDER_REVIEW' && facts.status !== 'SUBMITTED') return 'notWaiting';
  if (!facts.holding) return 'notHolding';
  if (decision !== 'APPROVE') return null;
  if (facts.tagsDirty) return 'unsavedReview';
  if (!facts.reviewDone) return 'reviewMissing';
  return null;
}

/** The reason to preselect: the decision's only one, or the one already chosen if it still fits. */
export function defaultReason(reasonCodes: readonly string[], current: string | null): string | null {
  if (current && reasonCodes.includes(current)) return current;
  return reasonCodes.length === 1 ? reasonCodes[0] : null;
}
