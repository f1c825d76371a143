/**
 * Why a decision cannot be taken yet, as the desk explains it beside the disabled button. The
 * server decides (and refuses with its own reason); this only says in advance what it would
 * refuse, from facts the server gave (the claim, the status, the recorded tag review) and the tag
 * review in the form, which goes with the decision when it has changes not saved yet.
 */

export type Decision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';
export const DECISIONS: readonly Decision[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];

export type DecisionBlock =
  /** Not waiting for a moderator's decision (decided, withdrawn, or an appeal for staff). */
  | 'notWaiting'
  /** The caller does not hold a live claim. */
  | 'notHolding'
  /** No gender and human-rights review, recorded or sent with the decision (PRODUCT.md: approving needs it). */
  | 'reviewMissing';

export interface DecisionFacts {
  status: string;
  holding: boolean;
  /** The review the decision goes with is complete: reviewDoneInForm with unsaved changes, else the server's TagReview.done. */
  reviewDone: boolean;
}

export function decisionBlock(decision: Decision, facts: DecisionFacts): DecisionBlock | null {
  if (facts.status !== 'UNDER_REVIEW' && facts.status !== 'SUBMITTED') return 'notWaiting';
  if (!facts.holding) return 'notHolding';
  if (decision !== 'APPROVE') return null;
  if (!facts.reviewDone) return 'reviewMissing';
  return null;
}

/**
 * Whether the tag review in the form is complete, as the server's TagReview.done will say once it
 * is recorded: for GENDER and HUMAN_RIGHTS each, a tag of that category or its "no considerations".
 */
export function reviewDoneInForm(
  form: { selected: readonly string[]; noGender: boolean; noHumanRights: boolean },
  categoryOf: (tagId: string) => string | undefined,
): boolean {
  const has = (category: string) => form.selected.some((id) => categoryOf(id) === category);
  return (has('GENDER') || form.noGender) && (has('HUMAN_RIGHTS') || form.noHumanRights);
}

/** The reason to preselect: the decision's only one, or the one already chosen if it still fits. */
export function defaultReason(reasonCodes: readonly string[], current: string | null): string | null {
  if (current && reasonCodes.includes(current)) return current;
  return reasonCodes.length === 1 ? reasonCodes[0] : null;
}
