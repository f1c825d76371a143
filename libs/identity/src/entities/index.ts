import { AuthSessionEntity } from './auth-session.entity';
import { EmailVerificationEntity } from './email-verification.entity';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganisationEntity } from './organisation.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export * from './enums';
export {
  AuthSessionEntity,
  EmailVerificationEntity,
  InvitationEntity,
  MembershipEntity,
  OrganisationEntity,
  PasswordResetEntity,
  RefreshTokenEntity,
  UserEntity,
};

export const IDENTITY_ENTITIES = [
  UserEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  PasswordResetEntity,
  EmailVerificationEntity,
  OrganisationEntity,
  MembershipEntity,
  InvitationEntity,
];
