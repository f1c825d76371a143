import { Actor, isModerator, isStaff, MaybeActor } from '@app/platform';
import { MemberRole, OrganisationEntity, OrganisationStatus } from '../entities';

/**
 * Who may see and manage an organisation — the one place these rules live.
 * - Staff and moderators see every organisation.
 * - Any logged-in person sees VERIFIED organisations (to find co-signers).
 * - Members see their own organisation in any status.
 * - The public sees none through this API.
 */
export function canSeeOrganisation(actor: MaybeActor, org: OrganisationEntity, myRole: MemberRole | null): boolean {
  if (!actor) return false;
  if (isStaff(actor) || isModerator(actor) || myRole) return true;
  return org.status === OrganisationStatus.VERIFIED;
}

/** Members' names, roles and the review note: the organisation's own members and staff. */
export function canSeeOrganisationInternals(actor: Actor, myRole: MemberRole | null): boolean {
  return isStaff(actor) || myRole !== null;
}

/** Inviting and removing members: the organisation's ADMINs and staff. */
export function canManageMembers(actor: Actor, myRole: MemberRole | null): boolean {
  return isStaff(actor) || myRole === MemberRole.ADMIN;
}

/** Review transitions (PRODUCT.md section 2): PENDING → VERIFIED | REJECTED; VERIFIED ⇄ SUSPENDED. */
export const REVIEW_TRANSITIONS: Record<
  'VERIFY' | 'REJECT' | 'SUSPEND',
  { from: OrganisationStatus[]; to: OrganisationStatus }
> = {
  VERIFY: { from: [OrganisationStatus.PENDING, OrganisationStatus.SUSPENDED], to: OrganisationStatus.VERIFIED },
  REJECT: { from: [OrganisationStatus.PENDING], to: OrganisationStatus.REJECTED },
  SUSPEND: { from: [OrganisationStatus.VERIFIED], to: OrganisationStatus.SUSPENDED },
};
