import { DomainException, ErrorCode, FieldError } from '@app/platform';

/**
 * Why the programme refused a request, in `extensions.reason` beside the GraphQL code, so a client
 * can say exactly what happened ("the deadline has passed", not just CONFLICT).
 */
export enum ProgrammeRefusal {
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  EVENT_STARTED = 'EVENT_STARTED',
  EVENT_NOT_STARTED = 'EVENT_NOT_STARTED',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  REGISTRATION_DEADLINE_PASSED = 'REGISTRATION_DEADLINE_PASSED',
  INVITATION_REQUIRED = 'INVITATION_REQUIRED',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  REGISTRATION_CANCELLED = 'REGISTRATION_CANCELLED',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
  NOT_ATTENDED = 'NOT_ATTENDED',
  REVIEW_INCOMPLETE = 'REVIEW_INCOMPLETE',
  CHATHAM_HOUSE = 'CHATHAM_HOUSE',
  CAPACITY_BELOW_CONFIRMED = 'CAPACITY_BELOW_CONFIRMED',
  ALREADY_PUBLISHED = 'ALREADY_PUBLISHED',
}

/** The code each refusal answers with (one table, so a reason never changes code between operations). */
const REFUSAL_CODES: Record<ProgrammeRefusal, ErrorCode> = {
  [ProgrammeRefusal.EVENT_CANCELLED]: ErrorCode.CONFLICT,
  [ProgrammeRefusal.EVENT_STARTED]: ErrorCode.CONFLICT,
  [ProgrammeRefusal.EVENT_NOT_STARTED]: ErrorCode.CONFLICT,
  [ProgrammeRefusal.REGISTRATION_CLOSED]: ErrorCode.CONFLICT,
  [ProgrammeRefusal.REGISTRATION_DEADLINE_PASSED]: ErrorCode.CONFLICT,
  [ProgrammeRefusal.INVITATION_REQUIRED]: ErrorCode.FORBIDDEN,
  [ProgrammeRefusal.ALREADY_REGISTERED]: ErrorCode.CONFLICT,
  [ProgrammeRefusal.NOT_A_MEMBER]: ErrorCode.FORBIDDEN,
  [ProgrammeRefusal.CONSENT_REQUIRED]: ErrorCode.BAD_USER_INPUT,
  [ProgrammeRefusal.REGISTRATION_CANCELLED]: ErrorCode.CONFLICT,
  [ProgrammeRefusal.NOT_CONFIRMED]: ErrorCode.BAD_USER_INPUT,
  [ProgrammeRefusal.NOT_ATTENDED]: ErrorCode.CONFLICT,
  [ProgrammeRefusal.REVIEW_INCOMPLETE]: ErrorCode.BAD_USER_INPUT,
  [ProgrammeRefusal.CHATHAM_HOUSE]: ErrorCode.BAD_USER_INPUT,
  [ProgrammeRefusal.CAPACITY_BELOW_CONFIRMED]: ErrorCode.BAD_USER_INPUT,
  [ProgrammeRefusal.ALREADY_PUBLISHED]: ErrorCode.CONFLICT,
};

/** The programme's refusals: the code its reason answers with, a sentence for the client, the field at fault. */
export class ProgrammeException extends DomainException {
  constructor(
    override readonly reason: ProgrammeRefusal,
    message: string,
    fields: FieldError[] = [],
  ) {
    super(REFUSAL_CODES[reason], message, fields, { reason });
  }

  /** Refuses with `reason`; `field` names the input at fault (the message is repeated for it). */
  static refuse(reason: ProgrammeRefusal, message: string, field?: string): ProgrammeException {
    return new ProgrammeException(reason, message, field ? [{ field, message }] : []);
  }
}
