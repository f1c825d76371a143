import { sqlIn } from '@app/platform';
import { RoundStatus } from '../entities';

/**
 * The round rules SQL needs, built from RoundStatus so no query spells a status as a literal.
 * `alias` is the table alias of `consultation_rounds`. Twins in round-rules.ts and RoundService.
 */
export const RoundSql = {
  /** Not a DRAFT: shown to everyone (drafts are staff's). Twin: isPublicRound. */
  public: (alias = 'r'): string => `NOT ${sqlIn(`${alias}.status`, [RoundStatus.DRAFT])}`,

  /** Scheduled and not closed by staff: open or closed by the clock. Twin: isLive. */
  live: (alias = 'r'): string => sqlIn(`${alias}.status`, [RoundStatus.SCHEDULED, RoundStatus.OPEN]),

  /** Closed by staff (or by the close job). Twin: round.status === RoundStatus.CLOSED. */
  closed: (alias = 'r'): string => sqlIn(`${alias}.status`, [RoundStatus.CLOSED]),
} as const;
