import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationObject, Region, UserObject } from '@app/identity';
import { ConnectionType } from '@app/platform';
import { SubmissionObject, SubmissionStatus } from '@app/submissions';
import { AppealResolution, ModerationDecision, ReasonCode } from '../entities';

@ObjectType('Claim')
export class ClaimObject {
  @Field(() => UserObject)
  moderator!: UserObject;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field({ description: 'Whether the caller holds it.' })
  mine!: boolean;
}

@ObjectType('TagReview')
export class TagReviewObject {
  @Field()
  noGenderConsiderations!: boolean;

  @Field()
  noHumanRightsConsiderations!: boolean;

  @Field({
    description: 'A GENDER tag or “no gender considerations”, and the same for HUMAN_RIGHTS: approving needs it.',
  })
  done!: boolean;

  @Field(() => GraphQLISODateTime)
  reviewedAt!: Date;
}

@ObjectType('ModerationItem')
export class ModerationItemObject {
  @Field(() => SubmissionObject)
  submission!: SubmissionObject;

  @Field(() => GraphQLISODateTime, { description: 'When it was last submitted.' })
  waitingSince!: Date;
}

@ObjectType('StatusCount')
export class StatusCountObject {
  @Field(() => SubmissionStatus)
  status!: SubmissionStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Coverage', {
  description: 'One consultation round: counts by status and tag coverage of its approved submissions.',
})
export class CoverageObject {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID)
  roundId!: string;

  @Field(() => Region)
  region!: Region;

  @Field(() => [StatusCountObject])
  counts!: StatusCountObject[];

  @Field(() => Int)
  approved!: number;

  @Field(() => Int)
  approvedWithGenderTag!: number;

  @Field(() => Int)
  approvedWithHumanRightsTag!: number;

  @Field(() => Int)
  approvedTagReviewed!: number;

  @Field(() => Float, { nullable: true, description: 'approvedWithGenderTag / approved (null when none approved).' })
  genderShare!: number | null;

  @Field(() => Float, { nullable: true })
  humanRightsShare!: number | null;

  @Field(() => Float, { nullable: true })
  tagReviewedShare!: number | null;
}

@ObjectType('ModerationNote')
export class ModerationNoteObject {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field(() => ID, { nullable: true })
  authorId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('ModerationDecisionRecord', {
  description: 'A decision as the submitter sees it (the moderator is not named).',
})
export class DecisionRecordObject {
  @Field(() => ModerationDecision)
  decision!: ModerationDecision;

  @Field(() => ReasonCode)
  reasonCode!: ReasonCode;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => Int)
  versionNumber!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('Appeal')
export class AppealObject {
  @Field()
  reason!: string;

  @Field(() => AppealResolution, { nullable: true })
  resolution!: AppealResolution | null;

  @Field(() => String, { nullable: true })
  resolutionMessage!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt!: Date | null;
}

@ObjectType('SimilarSubmission')
export class SimilarSubmissionObject {
  @Field(() => SubmissionObject)
  submission!: SubmissionObject;

  @Field(() => Float, { description: 'Trigram similarity, 0 to 1.' })
  score!: number;
}

@ObjectType('SubmitterReveal')
export class SubmitterRevealObject {
  @Field(() => OrganisationObject)
  organisation!: OrganisationObject;

  @Field(() => GraphQLISODateTime)
  revealedAt!: Date;
}

@ObjectType('DecisionReasons', {
  description: 'Which reason codes a decision accepts, and whether it needs a message to the submitter.',
})
export class DecisionReasonsObject {
  @Field(() => ModerationDecision)
  decision!: ModerationDecision;

  @Field(() => [ReasonCode])
  reasonCodes!: ReasonCode[];

  @Field({ description: 'True where the decision needs a message to the submitter (REJECT, REQUEST_CHANGES).' })
  messageRequired!: boolean;
}

export const ModerationQueueConnection = ConnectionType(ModerationItemObject, 'ModerationQueue');
