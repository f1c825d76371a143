import { OrganisationStatus, Region } from '@app/identity';
import { errorCatalogue, refuse } from '@app/platform';
import { SubmissionStatus } from './entities';

/** Every way the submissions context (drafts, submits, co-signatures, the status machine) refuses. */
export const SubmissionErrors = errorCatalogue('submissions', {
  /** No such submission, or one the caller may not see: one answer for both. */
  SUBMISSION_NOT_FOUND: (field?: string) => refuse.notFound('Submission', field),
  /** The round named is unknown, or a DRAFT one the caller may not see. */
  ROUND_NOT_FOUND: () => refuse.notFound('Consultation round', 'roundId'),
  ROUND_OF_OTHER_REGION: (roundRegion: Region, organisationName: string, organisationRegion: Region) =>
    refuse.badInput('roundId', `this round is for ${roundRegion}; ${organisationName} is in ${organisationRegion}`),
  /** The round is not taking drafts, submissions or revisions at this moment (its dates decide). */
  ROUND_NOT_ACCEPTING: () =>
    refuse.conflict('The consultation round is not accepting this now', 'roundId', 'is closed for this'),
  ONLY_DRAFTS_MOVE: () => refuse.badInput('roundId', 'only a draft can move to another round'),
  ROUND_OF_OTHER_SESSION: () => refuse.badInput('roundId', 'belongs to another negotiation session'),
  ROUND_FOR_OTHER_REGION: () => refuse.badInput('roundId', 'is for another region'),
  NOT_EDITABLE: (status: SubmissionStatus) => refuse.conflict(`A ${status} submission cannot be edited`),
  /** A move the status machine does not have (PRODUCT.md section 3). */
  TRANSITION_NOT_ALLOWED: (from: SubmissionStatus, action: string) =>
    refuse.conflict(`A submission that is ${from} cannot be moved by "${action}"`),
  LANGUAGE_NOT_ACCEPTED: (languages: readonly string[]) =>
    refuse.badInput('language', `this round accepts ${languages.join(', ')}`),
  TOO_MANY_WORDS: (field: 'body' | 'summary', words: number, limit: number) =>
    refuse.badInput(field, `has ${words} words; the limit is ${limit}`),
  /** Unknown, or not VERIFIED and the caller is not a member. */
  ORGANISATION_NOT_FOUND: () => refuse.notFound('Organisation', 'organisationId'),
  NOT_A_MEMBER: () =>
    refuse.forbidden('You are not a member of this organisation', 'organisationId', 'you are not a member'),
  ORGANISATION_NOT_VERIFIED: (status: OrganisationStatus) =>
    refuse.forbidden(`Only VERIFIED organisations can submit; this one is ${status}`, 'organisationId', `is ${status}`),
  /** The caller may see the submission but is not of the submitting organisation. */
  NOT_THE_SUBMITTER: () => refuse.forbidden('Only members of the submitting organisation can do this'),

  // Co-signatures
  NOT_GATHERING_COSIGNATURES: (status: SubmissionStatus) =>
    refuse.conflict(`A ${status} submission cannot gather co-signatures`),
  COSIGNER_NOT_FOUND: () => refuse.notFound('Organisation', 'organisationId', 'is not a verified organisation'),
  COSIGNER_IS_SUBMITTER: () => refuse.badInput('organisationId', 'is the submitting organisation itself'),
  ALREADY_INVITED: () => refuse.badInput('organisationId', 'has already been invited to co-sign'),
  /** No such co-signature, or not one of the caller's organisations' (or its submission is hidden). */
  COSIGNATURE_NOT_FOUND: (field?: string) => refuse.notFound('Co-signature', field),
  COSIGN_NEEDS_ADMIN: () => refuse.forbidden('Only an ADMIN of the invited organisation can answer'),
  COSIGNER_NOT_VERIFIED: () => refuse.forbidden('Only VERIFIED organisations can co-sign'),
  NOT_COSIGNABLE: (status: SubmissionStatus) => refuse.conflict(`A ${status} submission cannot be co-signed`),
  DISCLOSURE_REQUIRED: () => refuse.badInput('disclosure', 'is required to accept'),
});
