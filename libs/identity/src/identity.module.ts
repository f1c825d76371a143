import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { NotificationsModule } from '@app/notifications';
import { ACTOR_LOADER } from '@app/platform';
import { AuditActorResolver } from './graphql/audit-actor.resolver';
import { AuthResolver } from './graphql/auth.resolver';
import { SessionController } from './http/session.controller';
import { IdentityLoaderFactory } from './graphql/identity-loader.factory';
import { CountryResolver, MembershipResolver, OrganisationResolver } from './graphql/organisation.resolver';
import { UserResolver } from './graphql/user.resolver';
import { AccountDataService } from './services/account-data.service';
import { AuthService } from './services/auth.service';
import { MembershipService } from './services/membership.service';
import { OrganisationService } from './services/organisation.service';
import { PasswordAttemptThrottle } from './services/password-attempt-throttle';
import { PasswordService } from './services/password.service';
import { RoleService } from './services/role.service';
import { UserService } from './services/user.service';

const SERVICES = [
  AuthService,
  PasswordService,
  UserService,
  OrganisationService,
  MembershipService,
  RoleService,
  AccountDataService,
  PasswordAttemptThrottle,
];

/** Users, sessions, organisations, memberships, invitations and platform roles. */
@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [...SERVICES, { provide: ACTOR_LOADER, useExisting: UserService }],
  exports: [...SERVICES, ACTOR_LOADER],
})
export class IdentityModule {}

@Module({
  imports: [IdentityModule],
  providers: [
    IdentityLoaderFactory,
    AuthResolver,
    OrganisationResolver,
    MembershipResolver,
    CountryResolver,
    UserResolver,
    AuditActorResolver,
  ],
  // The web client's cookie-based session refresh (REST: it must read and set an HttpOnly cookie).
  controllers: [SessionController],
  exports: [IdentityLoaderFactory],
})
export class IdentityGraphqlModule {}
