import { GraphqlResult, TestPlenary } from '@app/testing';

/** The account operations as a client sends them (PRODUCT.md section 5). */
export const REGISTER = `mutation Register($i: RegisterInput!) { register(input: $i) { message } }`;
export const VERIFY = `mutation Verify($t: String!) {
  verifyEmail(token: $t) { accessToken refreshToken user { id email displayName } }
}`;
export const RESEND = 'mutation Resend($e: String!) { resendVerification(email: $e) }';
export const LOGIN = `mutation Login($i: LoginInput!) {
  login(input: $i) { accessToken refreshToken user { id email displayName } }
}`;
export const REFRESH = `mutation Refresh($t: String!) {
  refreshSession(refreshToken: $t) { accessToken refreshToken user { id } }
}`;
export const LOGOUT = 'mutation Logout($t: String!) { logout(refreshToken: $t) }';
export const REQUEST_RESET = 'mutation RequestReset($e: String!) { requestPasswordReset(email: $e) }';
export const RESET = 'mutation Reset($i: ResetPasswordInput!) { resetPassword(input: $i) }';
export const ME = '{ me { id email displayName } }';

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string | null; displayName: string };
}

export const register = (
  p: TestPlenary,
  input: { email: string; password: string; displayName: string },
  headers: Record<string, string> = {},
) => p.gql<{ register: { message: string } }>(REGISTER, { i: input }, undefined, headers);

export const verifyEmail = (p: TestPlenary, token: string) => p.gql<{ verifyEmail: AuthPayload }>(VERIFY, { t: token });

export const login = (p: TestPlenary, email: string, password: string, headers: Record<string, string> = {}) =>
  p.gql<{ login: AuthPayload }>(LOGIN, { i: { email, password } }, undefined, headers);

export const refresh = (p: TestPlenary, refreshToken: string) =>
  p.gql<{ refreshSession: AuthPayload }>(REFRESH, { t: refreshToken });

export const logout = (p: TestPlenary, refreshToken: string) => p.gql<{ logout: boolean }>(LOGOUT, { t: refreshToken });

export const me = (p: TestPlenary, accessToken: string) =>
  p.gql<{ me: { id: string; email: string | null; displayName: string } }>(ME, {}, accessToken);

/** The data of a result that must have succeeded (fails with the errors otherwise). */
export function dataOf<T>(res: GraphqlResult<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The single error of a result that must have failed. */
export function errorOf(res: GraphqlResult<unknown>): NonNullable<GraphqlResult['errors']>[number] {
  const errors = res.errors ?? [];
  expect(errors).toHaveLength(1);
  return errors[0];
}

/** The names of the fields an error says are at fault. */
export const faultyFields = (res: GraphqlResult<unknown>): string[] =>
  (res.errors ?? []).flatMap((e) => (e.extensions?.fields ?? []).map((f) => f.field));

export const uniqueEmail = (label: string): string => `${label}-${Math.random().toString(36).slice(2, 10)}@example.org`;
