import { errorCatalogue, refuse } from '@app/platform';
import { RoundStatus } from './entities';

/** Every way the consultations context (sessions, rounds, treaty provisions) refuses. */
export const ConsultationErrors = errorCatalogue('consultations', {
  SESSION_NOT_FOUND: () => refuse.notFound('Negotiation session'),
  /** A round names a session that does not exist. */
  SESSION_UNKNOWN: () => refuse.badInput('sessionId', 'names no negotiation session'),
  SESSION_ENDS_BEFORE_START: () => refuse.badInput('endsAt', 'must not be before startsAt'),
  /** No such round, or a DRAFT one and the caller is not staff. */
  ROUND_NOT_FOUND: () => refuse.notFound('Consultation round'),
  ROUND_CLOSES_BEFORE_OPENING: () => refuse.badInput('closesAt', 'must be after opensAt'),
  REVISIONS_CLOSE_BEFORE_ROUND: () => refuse.badInput('revisionsCloseAt', 'must not be before closesAt'),
  ROUND_NOT_CHANGEABLE: (status: RoundStatus) => refuse.conflict(`A ${status} round cannot be changed`),
  ROUND_ALREADY_OPEN: () => refuse.badInput('opensAt', 'cannot change once the round is open'),
  ROUND_NOT_DRAFT: (status: RoundStatus) =>
    refuse.conflict(`Only a DRAFT round can be scheduled; this one is ${status}`),
  ROUND_CLOSES_IN_PAST: () => refuse.badInput('closesAt', 'is in the past: move it before scheduling'),
  ROUND_NOT_CLOSABLE: (status: RoundStatus) => refuse.conflict(`A ${status} round cannot be closed`),
  UNKNOWN_PROVISION: (field: string) => refuse.badInput(field, 'contains an unknown treaty provision'),
});
