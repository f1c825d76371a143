import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Region } from '@app/identity';
import { ConnectionType } from '@app/platform';
import { CosignatureEntity, CosignatureStatus, Disclosure, SubmissionEntity, SubmissionStatus } from '../entities';

@ObjectType('Attribution', { description: 'How a submission or co-signature is attributed to this caller.' })
export class AttributionObject {
  @Field({ description: 'The organisation’s name, or “a civil-society organisation from <region>”.' })
  text!: string;

  @Field(() => Region)
  region!: Region;

  @Field({ description: 'True when the organisation is not shown to this caller.' })
  masked!: boolean;
}

@ObjectType('Submission')
export class SubmissionObject {
  /** The row behind the object, for field resolvers; never exposed as a field. */
  record!: SubmissionEntity;

  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roundId!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => Region)
  region!: Region;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  /** Lists load rows without their bodies; the `body` field resolver loads them when asked for. */
  body!: string | undefined;

  @Field()
  language!: string;

  @Field(() => SubmissionStatus)
  status!: SubmissionStatus;

  @Field(() => [String])
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

  @Field()
  contentHash!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType('Cosignature')
export class CosignatureObject {
  record!: CosignatureEntity;
  submission!: SubmissionEntity;

  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  submissionId!: string;

  @Field(() => CosignatureStatus)
  status!: CosignatureStatus;

  @Field(() => Disclosure, {
    nullable: true,
    description: 'Shown to the co-signing and submitting organisations, moderators and staff.',
  })
  disclosure!: Disclosure | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt!: Date | null;
}

@ObjectType('SubmissionVersion')
export class SubmissionVersionObject {
  @Field(() => Int)
  number!: number;

  @Field()
  contentHash!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  body!: string;

  @Field()
  language!: string;

  @Field(() => [String])
  provisionIds!: string[];

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

export const SubmissionConnection = ConnectionType(SubmissionObject, 'Submission');
