import { AuthService, OrganisationService, OrganisationType, UserEntity } from '@app/identity';
import { Actor, PlatformRole } from '@app/platform';
import { randomUUID } from 'node:crypto';
import { TestPlenary } from './test-plenary';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface TestUser {
  user: UserEntity;
  email: string;
  token: string;
  refreshToken: string;
  actor: Actor;
}

/** A user with a live session (logged in over GraphQL, as a client would). */
export async function createUser(
  plenary: TestPlenary,
  options: { roles?: PlatformRole[]; email?: string; name?: string } = {},
): Promise<TestUser> {
  const email = options.email ?? `user-${randomUUID().slice(0, 8)}@example.org`;
  const user = await plenary.get(AuthService).createAccount({
    email,
    displayName: options.name ?? 'Test User',
    password: TEST_PASSWORD,
    roles: options.roles ?? [],
  });
  const res = await plenary.gql<{ login: { accessToken: string; refreshToken: string } }>(
    'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }',
    { i: { email, password: TEST_PASSWORD } },
  );
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return {
    user,
    email,
    token: res.data.login.accessToken,
    refreshToken: res.data.login.refreshToken,
    actor: { userId: user.id, sessionId: 'test', roles: user.roles },
  };
}

export const createStaff = (p: TestPlenary) => createUser(p, { roles: [PlatformRole.STAFF], name: 'Staff' });
export const createModerator = (p: TestPlenary) =>
  createUser(p, { roles: [PlatformRole.MODERATOR], name: 'Moderator' });

/** An organisation created by `admin` (who becomes its ADMIN), verified by staff unless `status` says otherwise. */
export async function createOrganisation(
  plenary: TestPlenary,
  admin: TestUser,
  options: { verified?: boolean; name?: string; country?: string } = {},
): Promise<{ id: string; name: string }> {
  const orgs = plenary.get(OrganisationService);
  const org = await orgs.create(admin.actor, {
    name: options.name ?? `Org ${randomUUID().slice(0, 6)}`,
    country: options.country ?? 'KE',
    type: OrganisationType.NGO,
  });
  if (options.verified ?? true) {
    await orgs.review(
      { userId: randomUUID(), sessionId: 'test', roles: [PlatformRole.STAFF] },
      { organisationId: org.id, decision: 'VERIFY' },
    );
  }
  return { id: org.id, name: org.name };
}
