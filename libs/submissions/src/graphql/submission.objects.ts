import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Region } from '@app/identity';
import { ConnectionType } from '@app/platform';
import { CosignatureEntity, CosignatureStatus, Disclosure, SubmissionEntity, SubmissionStatus } from '../entities';

@ObjectType('Attribution', { description: 'How a submission or co-signature is attributed to this caller.' })
export class AttributionObject {
  @Field({ description: 'The organisation’s name, or “a civil-society organisation from <region>”.' })
  text!: string;

  @Field(() => Region, {
    description: 'The UN regional group of the organisation (shown even when the name is masked).',
  })
  region!: Region;

  @Field({ description: 'True when the organisation is not shown to this caller.' })
  masked!: boolean;
}

@ObjectType('Submission', {
  description:
    'A civil-society position submitted into a consultation round. What a caller sees depends on who they are (PRODUCT.md’s disclosure table): the submitting organisation sees everything; invited co-signers see it; moderators and staff see it once submitted, never the organisation of an ANONYMOUS one; the public sees approved, published ones with masked attribution. A person’s name is shown to their own organisation only.',
})
export class SubmissionObject {
  /** The row behind the object, for field resolvers; never exposed as a field. */
  record!: SubmissionEntity;

  @Field(() => ID, { description: 'Stable id of the submission.' })
  id!: string;

  @Field(() => ID, { description: 'The consultation round it was submitted into.' })
  roundId!: string;

  @Field(() => ID, { description: 'The negotiation session of its round.' })
  sessionId!: string;

  @Field(() => Region, { description: 'The UN regional group of its round (and organisation).' })
  region!: Region;

  @Field({ description: 'Its title (the latest text: a draft’s or the one under revision).' })
  title!: string;

  @Field({ description: 'Its summary, at most 100 words.' })
  summary!: string;

  /** Lists load rows without their bodies; the `body` field resolver loads them when asked for. */
  body!: string | undefined;

  @Field({ description: 'ISO 639-1 code of the language it is written in.' })
  language!: string;

  @Field(() => SubmissionStatus, { description: 'Where it stands in the workflow (see SubmissionStatus).' })
  status!: SubmissionStatus;

  @Field(() => [String], { description: 'Ids of the treaty provisions it cites.' })
  provisionIds!: string[];

  @Field(() => Disclosure, {
    nullable: true,
    description: 'Shown to the submitting organisation, moderators and staff.',
  })
  disclosure!: Disclosure | null;

  @Field(() => [ID], { nullable: true, description: 'Shown to the submitting organisation, moderators and staff.' })
  suggestedTagIds!: string[] | null;

  @Field(() => String, { nullable: true, description: 'Shown to the submitting organisation, moderators and staff.' })
  withdrawalReason!: string | null;

  @Field(() => Int, { description: 'Number of the latest submitted version (0: never submitted).' })
  currentVersion!: number;

  @Field(() => Int, { description: 'Pass as expectedVersion to change it.' })
  version!: number;

  @Field({ description: 'SHA-256 of the current text (title, summary, body, language, provisions).' })
  contentHash!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the draft was started.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was last submitted; null for a draft never submitted.',
  })
  submittedAt!: Date | null;
}

@ObjectType('Cosignature', {
  description:
    'Another VERIFIED organisation’s signature on a submission. It signs one version of the text: an edit sends earlier acceptances back to PENDING. Each co-signer chooses its own disclosure.',
})
export class CosignatureObject {
  record!: CosignatureEntity;
  submission!: SubmissionEntity;

  @Field(() => ID, { description: 'Stable id of the co-signature.' })
  id!: string;

  @Field(() => ID, { description: 'The submission co-signed.' })
  submissionId!: string;

  @Field(() => CosignatureStatus, { description: 'PENDING until the invited organisation’s ADMIN answers.' })
  status!: CosignatureStatus;

  @Field(() => Disclosure, {
    nullable: true,
    description: 'Shown to the co-signing and submitting organisations, moderators and staff.',
  })
  disclosure!: Disclosure | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the invited organisation answered; null while PENDING.',
  })
  respondedAt!: Date | null;
}

@ObjectType('SubmissionVersion', {
  description:
    'An immutable submitted version of a submission: each submit makes one, and a digest cites the exact approved version.',
})
export class SubmissionVersionObject {
  @Field(() => Int, { description: '1 for the first submit, then one more for each revision.' })
  number!: number;

  @Field({ description: 'SHA-256 of this version’s content.' })
  contentHash!: string;

  @Field({ description: 'The title as submitted.' })
  title!: string;

  @Field({ description: 'The summary as submitted.' })
  summary!: string;

  @Field({ description: 'The Markdown body as submitted.' })
  body!: string;

  @Field({ description: 'The language as submitted.' })
  language!: string;

  @Field(() => [String], { description: 'The provisions cited in this version.' })
  provisionIds!: string[];

  @Field(() => GraphQLISODateTime, { description: 'When it was submitted.' })
  createdAt!: Date;
}

export const SubmissionConnection = ConnectionType(SubmissionObject, 'Submission', 'submissions');
