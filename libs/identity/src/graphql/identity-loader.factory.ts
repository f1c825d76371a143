import { Injectable } from '@nestjs/common';
import { LoaderRegistry } from '@app/platform';
import { MembershipService } from '../services/membership.service';
import { OrganisationService } from '../services/organisation.service';
import { UserService } from '../services/user.service';
import { IdentityLoaders } from './identity.loaders';

@Injectable()
export class IdentityLoaderFactory {
  constructor(
    private readonly users: UserService,
    private readonly organisations: OrganisationService,
    private readonly memberships: MembershipService,
  ) {}

  for(registry: LoaderRegistry): IdentityLoaders {
    return new IdentityLoaders(registry, {
      users: this.users,
      organisations: this.organisations,
      memberships: this.memberships,
    });
  }
}
