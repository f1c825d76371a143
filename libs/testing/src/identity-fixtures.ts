import { randomUUID } from 'node:crypto';
import { MemberRole, MembershipEntity, normaliseEmail, UserEntity } from '@app/identity';
import { PlatformRole } from '@app/platform';
import { TestPlenary } from './test-plenary';

/**
 * A person row without a password hash or a session: for people a test acts upon (a member to
 * remove, a user to grant a role to) but who never log in. Skips argon2, which costs ~50 ms.
 */
export async function insertPerson(
  plenary: TestPlenary,
  options: { roles?: PlatformRole[]; email?: string; name?: string } = {},
): Promise<UserEntity> {
  const email = options.email ?? `person-${randomUUID().slice(0, 8)}@example.org`;
  const repo = plenary.dataSource.getRepository(UserEntity);
  return repo.save(
    repo.create({
      email,
      emailNormalized: normaliseEmail(email),
      displayName: options.name ?? 'Person',
      passwordHash: 'no-login',
      roles: options.roles ?? [],
    }),
  );
}

/** Makes `userId` a member of the organisation directly in the database (no invitation). */
export async function addMember(
  plenary: TestPlenary,
  organisationId: string,
  userId: string,
  role: MemberRole = MemberRole.MEMBER,
): Promise<void> {
  await plenary.dataSource.getRepository(MembershipEntity).insert({ organisationId, userId, role });
}

const TOKEN_IN_LINK = /[#?]token=([A-Za-z0-9_-]+)/;

/** The `#token=` (or `?token=`) of the newest outbox email to `address` (read from the outbox table, no worker needed). */
export async function latestEmailToken(plenary: TestPlenary, address: string): Promise<string> {
  const rows: { text_body: string }[] = await plenary.dataSource.query(
    `SELECT text_body FROM email_messages WHERE lower(to_address) = lower($1) ORDER BY created_at DESC, id DESC LIMIT 1`,
    [address],
  );
  const token = rows[0] && TOKEN_IN_LINK.exec(rows[0].text_body)?.[1];
  if (!token) throw new Error(`no email with a token to ${address}`);
  return token;
}

/** Row counts of the given tables, e.g. to assert that a refused mutation wrote nothing. */
export async function rowCounts(plenary: TestPlenary, tables: readonly string[]): Promise<Record<string, number>> {
  const rows: { t: string; n: string }[] = await plenary.dataSource.query(
    tables.map((t, i) => `SELECT $${i + 1}::text AS t, count(*) AS n FROM "${t}"`).join(' UNION ALL '),
    [...tables],
  );
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

export interface VerifiedAccount {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string | null; displayName: string };
}

/**
 * Registers over GraphQL as a person would, then uses the verification link from the email
 * outbox (no worker needed): the account is verified and logged in.
 */
export async function registerAndVerify(
  plenary: TestPlenary,
  input: { email: string; password: string; displayName: string },
  headers: Record<string, string> = {},
): Promise<VerifiedAccount> {
  const registered = await plenary.gql<{ register: { message: string } }>(
    'mutation($i: RegisterInput!) { register(input: $i) { message } }',
    { i: input },
    undefined,
    headers,
  );
  if (!registered.data) throw new Error(`register failed: ${JSON.stringify(registered.errors)}`);
  const token = await latestEmailToken(plenary, input.email);
  const verified = await plenary.gql<{ verifyEmail: VerifiedAccount }>(
    'mutation($t: String!) { verifyEmail(token: $t) { accessToken refreshToken user { id email displayName } } }',
    { t: token },
  );
  if (!verified.data) throw new Error(`verifyEmail failed: ${JSON.stringify(verified.errors)}`);
  return verified.data.verifyEmail;
}
