/**
 * What a person should do next with a submission, from its status and its round's dates and the
 * clock — the line under each row of the dashboard ("changes requested — revise before 12 March").
 * Like the api, it decides from the dates, never from the round's stored status alone.
 */

export type SubmissionStatusName =
  'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED' | 'CHANGES_REQUESTED' | 'APPEALED' | 'WITHDRAWN';

export interface RoundDates {
  opensAt: string;
  closesAt: string;
  revisionsCloseAt: string;
}

export type NextStep =
  | { kind: 'submitBefore'; deadline: Date; closingSoon: boolean }
  | { kind: 'notOpenYet'; opensAt: Date }
  | { kind: 'roundClosed' }
  | { kind: 'reviseBefore'; deadline: Date; closingSoon: boolean }
  | { kind: 'revisionsClosed' }
  | { kind: 'waitForReview' }
  | { kind: 'published' }
  | { kind: 'approvedInternal' }
  | { kind: 'mayAppeal' }
  | { kind: 'waitForAppeal' }
  | { kind: 'none' };

const SOON_MS = 48 * 3600 * 1000;

export function nextStep(
  submission: { status: SubmissionStatusName; disclosure?: string | null; hasAppeal?: boolean },
  round: RoundDates,
  now: Date,
): NextStep {
  const t = now.getTime();
  const opensAt = new Date(round.opensAt);
  const closesAt = new Date(round.closesAt);
  const revisionsCloseAt = new Date(round.revisionsCloseAt);
  switch (submission.status) {
    case 'DRAFT':
      if (t < opensAt.getTime()) return { kind: 'notOpenYet', opensAt };
      if (t >= closesAt.getTime()) return { kind: 'roundClosed' };
      return { kind: 'submitBefore', deadline: closesAt, closingSoon: closesAt.getTime() - t <= SOON_MS };
    case 'CHANGES_REQUESTED':
      if (t >= revisionsCloseAt.getTime()) return { kind: 'revisionsClosed' };
      return {
        kind: 'reviseBefore',
        deadline: revisionsCloseAt,
        closingSoon: revisionsCloseAt.getTime() - t <= SOON_MS,
      };
    case 'SUBMITTED':
    case 'UNDER_REVIEW':
      return { kind: 'waitForReview' };
    case 'APPROVED':
      return submission.disclosure === 'INTERNAL_ONLY' ? { kind: 'approvedInternal' } : { kind: 'published' };
    case 'REJECTED':
      return submission.hasAppeal ? { kind: 'none' } : { kind: 'mayAppeal' };
    case 'APPEALED':
      return { kind: 'waitForAppeal' };
    case 'WITHDRAWN':
      return { kind: 'none' };
  }
}

/** Whether the round still takes a submit of this status now (the editor warns before Submit when not). */
export function canSubmitNow(status: SubmissionStatusName, round: RoundDates, now: Date): boolean {
  const t = now.getTime();
  if (t < new Date(round.opensAt).getTime()) return false;
  if (status === 'DRAFT') return t < new Date(round.closesAt).getTime();
  if (status === 'CHANGES_REQUESTED') return t < new Date(round.revisionsCloseAt).getTime();
  return false;
}

/** The live word counter's numbers: how many words are left, or how many over the limit. */
export function wordBudget(count: number, limit: number): { remaining: number; over: number } {
  return count > limit ? { remaining: 0, over: count - limit } : { remaining: limit - count, over: 0 };
}
