import { ConsultationRoundEntity, RoundStatus } from '../entities';

/** A round announces its dates in this zone unless staff choose another. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** IANA zone names this runtime knows (Intl's list, plus UTC, which it lists as Etc/UTC or not at all). */
export const TIME_ZONES: ReadonlySet<string> = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** Shown to everyone: staff alone see DRAFT rounds. SQL twin: RoundSql.public. */
export function isPublicRound(round: Pick<ConsultationRoundEntity, 'status'>): boolean {
  return round.status !== RoundStatus.DRAFT;
}

/** Scheduled and not closed by staff: the clock decides whether it is open. SQL twin: RoundSql.live. */
export function isLive(round: Pick<ConsultationRoundEntity, 'status'>): boolean {
  return round.status === RoundStatus.SCHEDULED || round.status === RoundStatus.OPEN;
}

/**
 * Whether a round is open is decided from the clock and its dates, never from whether the worker's
 * open/close job has run yet. The stored status only records staff decisions and what jobs did.
 */
export function effectiveStatus(
  round: Pick<ConsultationRoundEntity, 'status' | 'opensAt' | 'closesAt'>,
  now: Date,
): RoundStatus {
  if (isLive(round)) {
    if (now >= round.closesAt) return RoundStatus.CLOSED;
    if (now >= round.opensAt) return RoundStatus.OPEN;
    return RoundStatus.SCHEDULED;
  }
  return round.status;
}

/** New submissions are accepted in [opensAt, closesAt). */
export function acceptsSubmissions(round: ConsultationRoundEntity, now: Date): boolean {
  return effectiveStatus(round, now) === RoundStatus.OPEN;
}

/** Revisions (after a moderator asked for changes) are accepted until revisionsCloseAt. */
export function acceptsRevisions(round: ConsultationRoundEntity, now: Date): boolean {
  const status = effectiveStatus(round, now);
  return (
    (status === RoundStatus.OPEN || status === RoundStatus.CLOSED) &&
    round.status !== RoundStatus.ARCHIVED &&
    now >= round.opensAt &&
    now < round.revisionsCloseAt
  );
}

/** Drafts can be written once a round is scheduled, until it closes. */
export function acceptsDrafts(round: ConsultationRoundEntity, now: Date): boolean {
  const status = effectiveStatus(round, now);
  return status === RoundStatus.SCHEDULED || status === RoundStatus.OPEN;
}

export { DEFAULT_WORD_LIMIT, UN_LANGUAGES } from '@app/text';
export const DEFAULT_REVISION_DAYS = 7;
/** Reminder to organisations holding drafts, this long before a round closes. */
export const CLOSING_REMINDER_MS = 48 * 3600 * 1000;
