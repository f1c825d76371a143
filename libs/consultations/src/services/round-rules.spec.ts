import { ConsultationRoundEntity, RoundStatus } from '../entities';
import {
  acceptsDrafts,
  acceptsRevisions,
  acceptsSubmissions,
  effectiveStatus,
  isLive,
  isPublicRound,
} from './round-rules';

const DAY = 24 * 3600 * 1000;
const OPENS = new Date('2026-03-10T00:00:00Z');
const CLOSES = new Date(OPENS.getTime() + 10 * DAY);
const REVISIONS_CLOSE = new Date(CLOSES.getTime() + 7 * DAY);

const round = (status: RoundStatus): ConsultationRoundEntity =>
  ({ status, opensAt: OPENS, closesAt: CLOSES, revisionsCloseAt: REVISIONS_CLOSE }) as ConsultationRoundEntity;

/** Moments around the round's dates. */
const MOMENTS = {
  before: new Date(OPENS.getTime() - DAY),
  open: new Date(OPENS.getTime() + DAY),
  closed: new Date(CLOSES.getTime() + DAY),
  past: new Date(REVISIONS_CLOSE.getTime() + DAY),
} as const;
type Moment = keyof typeof MOMENTS;

/**
 * PRODUCT.md's round rules as a table: for each stored status and each moment, the status the clock
 * gives and what the round accepts. A stored SCHEDULED or OPEN round follows its dates, whatever the
 * jobs did; staff's DRAFT, CLOSED and ARCHIVED stand.
 */
const TABLE: Record<
  RoundStatus,
  Record<Moment, [RoundStatus, drafts: boolean, submissions: boolean, revisions: boolean]>
> = {
  [RoundStatus.DRAFT]: {
    before: [RoundStatus.DRAFT, false, false, false],
    open: [RoundStatus.DRAFT, false, false, false],
    closed: [RoundStatus.DRAFT, false, false, false],
    past: [RoundStatus.DRAFT, false, false, false],
  },
  [RoundStatus.SCHEDULED]: {
    before: [RoundStatus.SCHEDULED, true, false, false],
    open: [RoundStatus.OPEN, true, true, true],
    closed: [RoundStatus.CLOSED, false, false, true],
    past: [RoundStatus.CLOSED, false, false, false],
  },
  [RoundStatus.OPEN]: {
    before: [RoundStatus.SCHEDULED, true, false, false],
    open: [RoundStatus.OPEN, true, true, true],
    closed: [RoundStatus.CLOSED, false, false, true],
    past: [RoundStatus.CLOSED, false, false, false],
  },
  [RoundStatus.CLOSED]: {
    before: [RoundStatus.CLOSED, false, false, false],
    open: [RoundStatus.CLOSED, false, false, true],
    closed: [RoundStatus.CLOSED, false, false, true],
    past: [RoundStatus.CLOSED, false, false, false],
  },
  [RoundStatus.ARCHIVED]: {
    before: [RoundStatus.ARCHIVED, false, false, false],
    open: [RoundStatus.ARCHIVED, false, false, false],
    closed: [RoundStatus.ARCHIVED, false, false, false],
    past: [RoundStatus.ARCHIVED, false, false, false],
  },
};

const CASES = (Object.keys(TABLE) as RoundStatus[]).flatMap((stored) =>
  (Object.keys(MOMENTS) as Moment[]).map((moment) => [stored, moment, ...TABLE[stored][moment]] as const),
);

describe('round rules (from the clock and the dates)', () => {
  it.each(CASES)(
    'stored %s, %s the dates: %s; drafts %s, submissions %s, revisions %s',
    (stored, moment, status, drafts, submissions, revisions) => {
      const r = round(stored);
      const now = MOMENTS[moment];
      expect(effectiveStatus(r, now)).toBe(status);
      expect(acceptsDrafts(r, now)).toBe(drafts);
      expect(acceptsSubmissions(r, now)).toBe(submissions);
      expect(acceptsRevisions(r, now)).toBe(revisions);
    },
  );

  it('shows every round but a DRAFT to everyone, and lets the clock decide only SCHEDULED and OPEN ones', () => {
    expect(Object.values(RoundStatus).filter((s) => isPublicRound(round(s)))).toEqual([
      RoundStatus.SCHEDULED,
      RoundStatus.OPEN,
      RoundStatus.CLOSED,
      RoundStatus.ARCHIVED,
    ]);
    expect(Object.values(RoundStatus).filter((s) => isLive(round(s)))).toEqual([
      RoundStatus.SCHEDULED,
      RoundStatus.OPEN,
    ]);
  });
});
