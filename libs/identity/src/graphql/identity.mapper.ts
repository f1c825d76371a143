import { isStaff, MaybeActor } from '@app/platform';
import { InvitationEntity, MembershipEntity, OrganisationEntity, UserEntity } from '../entities';
import { InvitationObject, MembershipObject, OrganisationObject } from './organisation.object';
import { UserObject } from './user.object';

/**
 * The one place identity rows become what a caller may see. A person's email, roles and sign-up
 * date are shown to the person themself and to staff; everyone else sees a display name.
 */
export function toUserObject(user: UserEntity, viewer: MaybeActor): UserObject {
  const private_ = !!viewer && (viewer.userId === user.id || isStaff(viewer));
  return {
    id: user.id,
    displayName: user.displayName,
    email: private_ ? user.email : null,
    roles: private_ ? user.roles : null,
    createdAt: private_ ? user.createdAt : null,
    preferredLanguage: private_ ? user.preferredLanguage : null,
  };
}

/** `showInternals`: the caller is a member or staff (see organisation-access.ts). */
export function toOrganisationObject(org: OrganisationEntity, showInternals: boolean): OrganisationObject {
  return {
    id: org.id,
    name: org.name,
    country: org.country,
    region: org.region,
    type: org.type,
    website: org.website,
    description: org.description,
    status: org.status,
    reviewNote: showInternals ? org.reviewNote : null,
    createdAt: org.createdAt,
    version: org.version,
  };
}

export function toMembershipObject(m: MembershipEntity): MembershipObject {
  return { organisationId: m.organisationId, userId: m.userId, role: m.role, joinedAt: m.createdAt };
}

export function toInvitationObject(inv: InvitationEntity): InvitationObject {
  return {
    id: inv.id,
    organisationId: inv.organisationId,
    email: inv.emailNormalized,
    role: inv.role,
    expiresAt: inv.expiresAt,
  };
}
