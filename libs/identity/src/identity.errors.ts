import { ErrorCode, errorCatalogue, refuse } from '@app/platform';
import { OrganisationStatus } from './entities';

/**
 * The one answer to every refused login: an unknown email, a wrong password and an account whose
 * address is not verified yet are told apart by nobody (issue 10, finding 3).
 */
export const BAD_CREDENTIALS =
  'Wrong email or password, or the account is not verified yet — check your inbox for the verification link';

/** Every way the identity context (accounts, organisations, memberships, roles) refuses. */
export const IdentityErrors = errorCatalogue('identity', {
  // Accounts and sessions
  BAD_CREDENTIALS: () => refuse.unauthenticated(BAD_CREDENTIALS),
  /** A refresh token that is unknown, used, expired or of a revoked session. */
  SESSION_ENDED: () => refuse.unauthenticated('Your session has ended; log in again'),
  /** A verification or reset link that is unknown, used or expired. */
  LINK_INVALID: () => refuse.badInput('token', 'is invalid or has expired'),
  /** A token argument of impossible length, refused before it is looked up. */
  TOKEN_MALFORMED: (field: string) => refuse.badInput(field, 'is not a valid token'),
  NOT_AN_EMAIL: () => refuse.badInput('email', 'must be an email address'),
  /** `weakness` says why (too short, too common, made of the email). */
  WEAK_PASSWORD: (field: 'password' | 'newPassword', weakness: string) => refuse.badInput(field, weakness),
  /** The current password, asked again to confirm (deleteMyAccount). */
  WRONG_PASSWORD: () => ({
    code: ErrorCode.BAD_USER_INPUT,
    message: 'The password is not correct',
    fields: [{ field: 'password', message: 'is not correct' }],
  }),
  /** A password argument longer than any password can be, refused before it is hashed. */
  PASSWORD_TOO_LONG: () => refuse.badInput('password', 'is not correct'),
  /** createAccount (operators) for an address that has an account. */
  EMAIL_TAKEN: () => refuse.conflict('An account with this email already exists'),
  /** /auth/refresh and /auth/logout are the web client's (its cookie): other clients use the mutations. */
  WEB_CLIENT_ONLY: () => refuse.forbidden('X-Plenary-Client: web is required'),
  PROFILE_UNCHANGED: () => refuse.badInput('input', 'must change displayName or preferredLanguage'),
  /** Erasing the last ADMIN of an organisation: it must keep one. */
  LAST_ADMIN_OF: (organisationNames: readonly string[]) =>
    refuse.conflict(`You are the last ADMIN of ${organisationNames.join(', ')}; make someone else ADMIN first`),

  // Organisations
  ORGANISATION_NOT_FOUND: () => refuse.notFound('Organisation'),
  UNKNOWN_COUNTRY: () => refuse.badInput('country', 'is not an ISO 3166-1 country code'),
  REGION_REQUIRED: () => refuse.badInput('region', 'this country belongs to no UN regional group: choose the region'),
  REVIEW_NOTE_REQUIRED: () => refuse.badInput('note', 'is required to reject or suspend'),
  REVIEW_NOT_ALLOWED: (status: OrganisationStatus, decision: string) =>
    refuse.conflict(`An organisation that is ${status} cannot be given the decision ${decision}`),

  // Memberships and invitations
  INVITE_NEEDS_ADMIN: () => refuse.forbidden('Only an ADMIN of the organisation can invite members'),
  INVITE_NEEDS_VERIFIED: (status: OrganisationStatus) =>
    refuse.forbidden(
      status === OrganisationStatus.PENDING
        ? 'An organisation can invite members once staff have verified it'
        : `A ${status} organisation cannot invite members`,
    ),
  ALREADY_MEMBER_EMAIL: () => refuse.badInput('email', 'already belongs to a member of this organisation'),
  INVITATIONS_USED_UP: (retryAfterSeconds: number) => refuse.rateLimited(retryAfterSeconds),
  /** Unknown, used, expired, for another address, or of a rejected organisation: one answer. */
  INVITATION_NOT_FOUND: () => refuse.notFound('Invitation'),
  ALREADY_MEMBER: () => refuse.conflict('You are already a member of this organisation'),
  REMOVE_NEEDS_ADMIN: () => refuse.forbidden('Only an ADMIN of the organisation can remove members'),
  MEMBER_NOT_FOUND: () => refuse.notFound('Member'),
  LAST_ADMIN: () =>
    refuse.conflict(
      'An organisation must keep at least one ADMIN; make someone else ADMIN first',
      'userId',
      'is the last ADMIN',
    ),

  // Platform roles
  USER_NOT_FOUND: () => refuse.notFound('User'),
  LAST_STAFF: () => refuse.conflict('Plenary must keep at least one STAFF user'),
});
