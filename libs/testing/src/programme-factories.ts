import { randomUUID } from 'node:crypto';
import { Clock } from '@app/platform';
import type { PublicationStatus } from '@app/programme';
import { GraphqlResult, TestPlenary } from './test-plenary';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** The data of a GraphQL answer, or a test failure that shows the errors. */
export function gqlData<T>(res: GraphqlResult<T>, what: string): T {
  if (!res.data || res.errors?.length) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export interface EventRef {
  id: string;
  version: number;
}

/**
 * Staff create an event over GraphQL: by default an OPEN hybrid side meeting ten days after the
 * plenary's clock, with an online link, for two hours, deadline the day before.
 */
export async function createProgrammeEvent(
  plenary: TestPlenary,
  staffToken: string,
  overrides: Record<string, unknown> = {},
): Promise<EventRef> {
  const now = plenary.get(Clock).now().getTime();
  const startsAt = (overrides.startsAt as Date | undefined)?.getTime() ?? now + 10 * DAY;
  const res = await plenary.gql<{ createEvent: EventRef }>(
    'mutation($i: CreateEventInput!) { createEvent(input: $i) { id version } }',
    {
      i: {
        type: 'SIDE_MEETING',
        title: `Side meeting ${randomUUID().slice(0, 6)}`,
        description: 'Delegates and civil society on **safeguards**.',
        format: 'HYBRID',
        venue: 'Vienna International Centre, room M3',
        onlineUrl: `https://meet.example.org/${randomUUID()}`,
        registrationMode: 'OPEN',
        registrationDeadline: new Date(startsAt - DAY).toISOString(),
        endsAt: new Date(startsAt + 2 * HOUR).toISOString(),
        timeZone: 'Europe/Vienna',
        ...overrides,
        startsAt: new Date(startsAt).toISOString(),
      },
    },
    staffToken,
  );
  return gqlData(res, 'createEvent').createEvent;
}

export interface RegistrationRef {
  id: string;
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
  version: number;
}

export const REGISTRATION_FIELDS = 'id status version waitlistPosition';

/** registerForEvent over GraphQL, answering the whole result (tests look at refusals too). */
export function registerForEvent(
  plenary: TestPlenary,
  token: string | undefined,
  input: Record<string, unknown>,
): Promise<GraphqlResult<{ registerForEvent: RegistrationRef & { waitlistPosition: number | null } }>> {
  return plenary.gql(
    `mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { ${REGISTRATION_FIELDS} } }`,
    { i: { consent: true, ...input } },
    token,
  );
}

/** The refusal's code and reason (extensions.code, extensions.reason) of a GraphQL answer. */
export function refusalOf(res: GraphqlResult<unknown>): { code?: string; reason?: unknown; fields?: unknown } {
  const e = res.errors?.[0]?.extensions;
  return { code: e?.code, reason: e?.reason, fields: e?.fields };
}

export interface PublicationRef {
  id: string;
  version: number;
  status: PublicationStatus;
}

const PUBLICATION_FIELDS = 'id version status';

/**
 * Staff create a publication over GraphQL (a DRAFT): by default an English report with a DOI, its
 * authors' agreement given. `file` uploads an open-access PDF as staff do (PUT
 * /files/publications/<id>); `publish` then publishes it.
 */
export async function createPublication(
  plenary: TestPlenary,
  staffToken: string,
  overrides: Record<string, unknown> = {},
  options: { file?: { name: string; content: Buffer }; publish?: boolean } = {},
): Promise<PublicationRef> {
  let publication = gqlData(
    await plenary.gql<{ createPublication: PublicationRef }>(
      `mutation($i: CreatePublicationInput!) { createPublication(input: $i) { ${PUBLICATION_FIELDS} } }`,
      {
        i: {
          kind: 'REPORT',
          title: `Report ${randomUUID().slice(0, 6)}`,
          authors: ['Amina Diallo'],
          authorsConsented: true,
          abstract: 'What the consultation showed about safeguards.',
          language: 'en',
          doi: `10.5555/plenary.${randomUUID().slice(0, 8)}`,
          ...overrides,
        },
      },
      staffToken,
    ),
    'createPublication',
  ).createPublication;
  if (options.file) {
    const res = await fetch(
      `${plenary.url}/files/publications/${publication.id}?name=${encodeURIComponent(options.file.name)}`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/pdf', authorization: `Bearer ${staffToken}` },
        body: new Uint8Array(options.file.content),
      },
    );
    if (res.status !== 200) throw new Error(`publication file upload failed: ${res.status} ${await res.text()}`);
    publication = { ...publication, version: ((await res.json()) as { version: number }).version };
  }
  if (options.publish) publication = await publishPublication(plenary, staffToken, publication.id);
  return publication;
}

/** publishPublication over GraphQL (staff). */
export async function publishPublication(
  plenary: TestPlenary,
  staffToken: string,
  id: string,
): Promise<PublicationRef> {
  return gqlData(
    await plenary.gql<{ publishPublication: PublicationRef }>(
      `mutation($id: ID!) { publishPublication(id: $id) { ${PUBLICATION_FIELDS} } }`,
      { id },
      staffToken,
    ),
    'publishPublication',
  ).publishPublication;
}

/** updatePublication over GraphQL (staff), from the version given. */
export async function updatePublication(
  plenary: TestPlenary,
  staffToken: string,
  publication: Pick<PublicationRef, 'id' | 'version'>,
  changes: Record<string, unknown>,
): Promise<PublicationRef> {
  return gqlData(
    await plenary.gql<{ updatePublication: PublicationRef }>(
      `mutation($i: UpdatePublicationInput!) { updatePublication(input: $i) { ${PUBLICATION_FIELDS} } }`,
      { i: { id: publication.id, expectedVersion: publication.version, ...changes } },
      staffToken,
    ),
    'updatePublication',
  ).updatePublication;
}
