import { Region } from '@app/identity';
import { Clock } from '@app/platform';
import { Disclosure, SubmissionCommandService } from '@app/submissions';
import { randomUUID } from 'node:crypto';
import { GraphqlResult, TestPlenary } from './test-plenary';

const HOUR = 3600 * 1000;

/** The data of a GraphQL answer, or a test failure that shows the errors. */
function dataOf<T>(res: GraphqlResult<T>, what: string): T {
  if (!res.data || res.errors?.length) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export interface OpenRound {
  sessionId: string;
  roundId: string;
  region: Region;
}

/**
 * Staff make a negotiation session (or reuse `sessionId`) and a SCHEDULED round for `region` that
 * the plenary's clock finds open (opened an hour ago, closes in a week), all over GraphQL.
 */
export async function createSessionAndOpenRound(
  plenary: TestPlenary,
  staffToken: string,
  options: {
    region: Region;
    sessionId?: string;
    title?: string;
    languages?: string[];
    wordLimit?: number;
    /** Default: a week from the clock's now. */
    closesAt?: Date;
  },
): Promise<OpenRound> {
  const now = plenary.get(Clock).now().getTime();
  let sessionId = options.sessionId;
  if (!sessionId) {
    const session = await plenary.gql<{ createNegotiationSession: { id: string } }>(
      'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
      {
        i: {
          title: `Session ${randomUUID().slice(0, 6)}`,
          processName: 'Ad Hoc Committee on Cybercrime',
          location: 'Vienna',
          startsAt: new Date(now + 30 * 24 * HOUR).toISOString(),
          endsAt: new Date(now + 40 * 24 * HOUR).toISOString(),
        },
      },
      staffToken,
    );
    sessionId = dataOf(session, 'createNegotiationSession').createNegotiationSession.id;
  }
  const round = await plenary.gql<{ createConsultationRound: { id: string } }>(
    'mutation($i: CreateConsultationRoundInput!) { createConsultationRound(input: $i) { id } }',
    {
      i: {
        sessionId,
        region: options.region,
        title: options.title ?? `Consultation ${options.region} ${randomUUID().slice(0, 6)}`,
        opensAt: new Date(now - HOUR).toISOString(),
        closesAt: (options.closesAt ?? new Date(now + 7 * 24 * HOUR)).toISOString(),
        ...(options.languages ? { languages: options.languages } : {}),
        ...(options.wordLimit ? { wordLimit: options.wordLimit } : {}),
      },
    },
    staffToken,
  );
  const roundId = dataOf(round, 'createConsultationRound').createConsultationRound.id;
  dataOf(
    await plenary.gql('mutation($id: ID!) { scheduleConsultationRound(id: $id) { id } }', { id: roundId }, staffToken),
    'scheduleConsultationRound',
  );
  return { sessionId, roundId, region: options.region };
}

export interface SubmissionFields {
  roundId: string;
  organisationId: string;
  disclosure: Disclosure;
  title?: string;
  summary?: string;
  body?: string;
  language?: string;
  provisionIds?: string[];
  suggestedTagIds?: string[];
}

export interface SubmissionRef {
  id: string;
  /** Pass as expectedVersion to the next change. */
  version: number;
  status: string;
}

/** A DRAFT made over GraphQL by a member of the organisation; defaults fill what the test does not care about. */
export async function createSubmission(
  plenary: TestPlenary,
  token: string,
  fields: SubmissionFields,
): Promise<SubmissionRef> {
  const res = await plenary.gql<{ createSubmission: SubmissionRef }>(
    'mutation($i: CreateSubmissionInput!) { createSubmission(input: $i) { id version status } }',
    {
      i: {
        title: 'Safeguards for cross-border evidence',
        summary: 'Procedural powers need judicial oversight.',
        body: 'Procedural powers must be subject to independent judicial authorisation.',
        language: 'en',
        ...fields,
      },
    },
    token,
  );
  return dataOf(res, 'createSubmission').createSubmission;
}

/** Submits (or re-submits) over GraphQL. */
export async function submit(
  plenary: TestPlenary,
  token: string,
  ref: Pick<SubmissionRef, 'id' | 'version'>,
): Promise<SubmissionRef> {
  const res = await plenary.gql<{ submitSubmission: SubmissionRef }>(
    'mutation($i: SubmitSubmissionInput!) { submitSubmission(input: $i) { id version status } }',
    { i: { id: ref.id, expectedVersion: ref.version } },
    token,
  );
  return dataOf(res, 'submitSubmission').submitSubmission;
}

/** SUBMITTED → UNDER_REVIEW → APPROVED through the submission service (until moderation has its own test helpers). */
export async function approveSubmission(plenary: TestPlenary, id: string): Promise<void> {
  const service = plenary.get(SubmissionCommandService);
  await plenary.dataSource.transaction((m) => service.transition(m, id, 'startReview', null));
  await plenary.dataSource.transaction((m) => service.transition(m, id, 'approve', null));
}

/** The submitting organisation invites `organisationId`; that organisation's ADMIN accepts with `disclosure`. */
export async function cosign(
  plenary: TestPlenary,
  tokens: { submitter: string; cosignerAdmin: string },
  input: { submissionId: string; organisationId: string; disclosure: Disclosure },
): Promise<string> {
  const invited = await plenary.gql<{ inviteCosigner: { id: string } }>(
    'mutation($i: InviteCosignerInput!) { inviteCosigner(input: $i) { id } }',
    { i: { submissionId: input.submissionId, organisationId: input.organisationId } },
    tokens.submitter,
  );
  const cosignatureId = dataOf(invited, 'inviteCosigner').inviteCosigner.id;
  const answered = await plenary.gql(
    'mutation($i: RespondToCosignatureInput!) { respondToCosignature(input: $i) { id status } }',
    { i: { cosignatureId, accept: true, disclosure: input.disclosure } },
    tokens.cosignerAdmin,
  );
  dataOf(answered, 'respondToCosignature');
  return cosignatureId;
}
