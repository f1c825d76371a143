import { registerEnumType } from '@nestjs/graphql';

export enum PlatformRole {
  MODERATOR = 'MODERATOR',
  STAFF = 'STAFF',
}
registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description:
    'Roles held across the platform (CSO people hold none; a person may hold both). Staff grant and revoke them.',
  valuesMap: {
    MODERATOR: {
      description:
        'Triages the moderation queue: claims, tags and decides submissions, never those of their own organisations.',
    },
    STAFF: {
      description:
        'Programme staff: sessions and rounds, organisations, roles, tags, appeals, digests, the audit trail; also moderates.',
    },
  } satisfies Record<keyof typeof PlatformRole, { description: string }>,
});

/** Who is calling: set by the auth guard from a valid access token, or null for the public. */
export interface Actor {
  userId: string;
  sessionId: string;
  roles: PlatformRole[];
}

export type MaybeActor = Actor | null;

export function hasRole(actor: MaybeActor, role: PlatformRole): boolean {
  return !!actor && actor.roles.includes(role);
}

export const isStaff = (actor: MaybeActor): boolean => hasRole(actor, PlatformRole.STAFF);
export const isModerator = (actor: MaybeActor): boolean => hasRole(actor, PlatformRole.MODERATOR);

/**
 * Turns a verified access-token's claims into an Actor: the identity context checks the user and
 * session still exist and loads current roles (so a revoked role or a logout takes effect at once).
 */
export interface ActorLoader {
  load(userId: string, sessionId: string): Promise<Actor | null>;
}
export const ACTOR_LOADER = Symbol('ACTOR_LOADER');
