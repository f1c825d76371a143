import { DomainException, ErrorCode } from '@app/platform';
import { SubmissionStatus as S } from '../entities';
import { canTransition, nextStatus, SubmissionAction, TRANSITIONS } from './status-machine';

/**
 * The submission status machine of PRODUCT.md section 3, written out here independently of
 * TRANSITIONS: for each status, the actions that may start from it and where they lead. Every pair
 * not listed must be refused with CONFLICT.
 *
 *   DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED | REJECTED | CHANGES_REQUESTED
 *   CHANGES_REQUESTED → SUBMITTED (a revision)
 *   REJECTED → APPEALED → APPROVED | REJECTED (staff decide appeals)
 *   DRAFT, SUBMITTED, CHANGES_REQUESTED → WITHDRAWN
 */
const EXPECTED: Record<S, Partial<Record<SubmissionAction, S>>> = {
  [S.DRAFT]: { submit: S.SUBMITTED, withdraw: S.WITHDRAWN },
  [S.SUBMITTED]: { startReview: S.UNDER_REVIEW, withdraw: S.WITHDRAWN },
  [S.UNDER_REVIEW]: { approve: S.APPROVED, reject: S.REJECTED, requestChanges: S.CHANGES_REQUESTED },
  [S.CHANGES_REQUESTED]: { submit: S.SUBMITTED, withdraw: S.WITHDRAWN },
  [S.REJECTED]: { appeal: S.APPEALED },
  [S.APPEALED]: { overturnAppeal: S.APPROVED, upholdAppeal: S.REJECTED },
  [S.APPROVED]: {},
  [S.WITHDRAWN]: {},
};

const STATUSES: S[] = [
  S.DRAFT,
  S.SUBMITTED,
  S.UNDER_REVIEW,
  S.APPROVED,
  S.REJECTED,
  S.CHANGES_REQUESTED,
  S.APPEALED,
  S.WITHDRAWN,
];
const ACTIONS: SubmissionAction[] = [
  'submit',
  'withdraw',
  'startReview',
  'approve',
  'reject',
  'requestChanges',
  'appeal',
  'upholdAppeal',
  'overturnAppeal',
];

const PAIRS = STATUSES.flatMap((from) =>
  ACTIONS.map((action) => ({ from, action, to: EXPECTED[from][action] ?? null })),
);
const ALLOWED = PAIRS.filter((p) => p.to !== null);
const REFUSED = PAIRS.filter((p) => p.to === null);

/** Runs `fn` and returns the DomainException it throws (fails the test if it throws nothing else). */
function domainErrorOf(fn: () => unknown): DomainException {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error('expected a DomainException, but nothing was thrown');
}

describe('submission status machine', () => {
  it('covers every status and action the code knows, and nothing more', () => {
    expect([...STATUSES].sort()).toEqual(Object.values(S).sort());
    expect([...ACTIONS].sort()).toEqual(Object.keys(TRANSITIONS).sort());
    expect(PAIRS).toHaveLength(8 * 9);
    expect(ALLOWED).toHaveLength(12);
  });

  it.each(ALLOWED)('$from --$action--> $to', ({ from, action, to }) => {
    expect(canTransition(from, action)).toBe(true);
    expect(nextStatus(from, action)).toBe(to);
  });

  it.each(REFUSED)('refuses $action from $from with CONFLICT', ({ from, action }) => {
    expect(canTransition(from, action)).toBe(false);
    const error = domainErrorOf(() => nextStatus(from, action));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    // The message names both, so a client can tell the person what happened.
    expect(error.message).toContain(from);
    expect(error.message).toContain(action);
  });

  it('has no way out of APPROVED or WITHDRAWN', () => {
    for (const action of ACTIONS) {
      expect(canTransition(S.APPROVED, action)).toBe(false);
      expect(canTransition(S.WITHDRAWN, action)).toBe(false);
    }
  });
});
