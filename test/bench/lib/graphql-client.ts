/** A GraphQL client as a browser would be: JSON over HTTP POST, bearer token, keep-alive (Node's fetch). */
export interface GraphqlError {
  message: string;
  extensions?: { code?: string };
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphqlError[];
}

export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: T | null; errors?: GraphqlError[] };
  return { status: res.status, data: body.data ?? null, errors: body.errors };
}

/** The data of a response that must succeed; throws with the GraphQL errors otherwise. */
export async function gqlOk<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await gql<T>(url, query, variables, token);
  if (res.status !== 200 || res.errors?.length || !res.data) {
    throw new Error(
      `GraphQL ${res.status}: ${res.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') ?? 'no data'}`,
    );
  }
  return res.data;
}

export async function login(url: string, email: string, password: string): Promise<{ token: string; userId: string }> {
  const data = await gqlOk<{ login: { accessToken: string; user: { id: string } } }>(
    url,
    'mutation Login($input: LoginInput!) { login(input: $input) { accessToken user { id } } }',
    { input: { email, password } },
  );
  return { token: data.login.accessToken, userId: data.login.user.id };
}

/** Logs many people in, a few at a time (each login is an argon2 verification on the api). */
export async function loginAll(
  url: string,
  emails: readonly string[],
  password: string,
  concurrency = 4,
): Promise<Map<string, { token: string; userId: string }>> {
  const out = new Map<string, { token: string; userId: string }>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < emails.length) {
        const email = emails[next];
        next += 1;
        out.set(email, await login(url, email, password));
      }
    }),
  );
  return out;
}

/** What the benchmarks ask of the api: the same operations a client of the contract sends. */
export const QUERIES = {
  /** A moderator's queue page: what the triage screen shows (no bodies: those open with the item). */
  moderationQueue: `query Queue($first: Int, $after: String, $filter: ModerationQueueFilter) {
    moderationQueue(first: $first, after: $after, filter: $filter) {
      edges { cursor node { waitingSince submission {
        id title summary language status region version submittedAt
        attribution { text masked }
        organisation { id name country }
        tags { id category slug label }
        round { id title region closesAt }
      } } }
      pageInfo { hasNextPage endCursor }
    } }`,
  createSubmission: `mutation Create($input: CreateSubmissionInput!) { createSubmission(input: $input) { id version status } }`,
  submitSubmission: `mutation Submit($input: SubmitSubmissionInput!) { submitSubmission(input: $input) { id version status currentVersion } }`,
  claimSubmission: `mutation Claim($id: ID!) { claimSubmission(id: $id) { id version status } }`,
  setSubmissionTags: `mutation Tag($input: SetSubmissionTagsInput!) { setSubmissionTags(input: $input) { id version } }`,
  decideSubmission: `mutation Decide($input: DecideSubmissionInput!) { decideSubmission(input: $input) { id version status } }`,
  submissions: `query Submissions($first: Int, $after: String, $filter: SubmissionFilterInput) {
    submissions(first: $first, after: $after, filter: $filter) {
      edges { cursor node { id title summary language status region submittedAt attribution { text masked } tags { id label } round { id title } } }
      pageInfo { hasNextPage endCursor }
    } }`,
  consultationRounds: `query Rounds($first: Int, $after: String) {
    consultationRounds(first: $first, after: $after) {
      edges { cursor node { id title region status opensAt closesAt wordLimit languages } }
      pageInfo { hasNextPage endCursor }
    } }`,
} as const;
