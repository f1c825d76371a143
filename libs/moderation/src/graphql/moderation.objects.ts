import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationObject, Region, UserObject } from '@app/identity';
import { ConnectionType } from '@app/platform';
import { SubmissionObject, SubmissionStatus } from '@app/submissions';
import { AppealResolution, ModerationDecision, ReasonCode } from '../entities';

@ObjectType('Claim', {
  description:
    'A moderator’s lease on a submission (default 30 minutes): only the holder tags and decides while it lives; staff may take over.',
})
export class ClaimObject {
  @Field(() => UserObject, { description: 'Who holds it.' })
  moderator!: UserObject;

  @Field(() => GraphQLISODateTime, { description: 'When the lease ends and the item is free again.' })
  expiresAt!: Date;

  @Field({ description: 'Whether the caller holds it.' })
  mine!: boolean;
}

@ObjectType('TagReview', {
  description: 'The gender and human-rights review recorded on a submission; approving needs it done.',
})
export class TagReviewObject {
  @Field({
    description: 'The moderator recorded that the text raises no gender considerations (instead of a GENDER tag).',
  })
  noGenderConsiderations!: boolean;

  @Field({
    description:
      'The moderator recorded that the text raises no human-rights considerations (instead of a HUMAN_RIGHTS tag).',
  })
  noHumanRightsConsiderations!: boolean;

  @Field({
    description: 'A GENDER tag or “no gender considerations”, and the same for HUMAN_RIGHTS: approving needs it.',
  })
  done!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When the review was last recorded.' })
  reviewedAt!: Date;
}

@ObjectType('ModerationItem', { description: 'An item of the moderation queue.' })
export class ModerationItemObject {
  @Field(() => SubmissionObject, {
    description: 'The submission waiting (as moderators see it: never the organisation of an ANONYMOUS one).',
  })
  submission!: SubmissionObject;

  @Field(() => GraphQLISODateTime, { description: 'When it was last submitted.' })
  waitingSince!: Date;
}

@ObjectType('StatusCount', { description: 'How many submissions are in one status.' })
export class StatusCountObject {
  @Field(() => SubmissionStatus, { description: 'The status.' })
  status!: SubmissionStatus;

  @Field(() => Int, { description: 'How many submissions are in it.' })
  count!: number;
}

@ObjectType('Coverage', {
  description: 'One consultation round: counts by status and tag coverage of its approved submissions.',
})
export class CoverageObject {
  @Field(() => ID, { description: 'The round’s negotiation session.' })
  sessionId!: string;

  @Field(() => ID, { description: 'The round.' })
  roundId!: string;

  @Field(() => Region, { description: 'The round’s UN regional group.' })
  region!: Region;

  @Field(() => [StatusCountObject], { description: 'Submissions per status (drafts left out).' })
  counts!: StatusCountObject[];

  @Field(() => Int, { description: 'Approved submissions.' })
  approved!: number;

  @Field(() => Int, { description: 'Approved submissions carrying at least one GENDER tag.' })
  approvedWithGenderTag!: number;

  @Field(() => Int, { description: 'Approved submissions carrying at least one HUMAN_RIGHTS tag.' })
  approvedWithHumanRightsTag!: number;

  @Field(() => Int, { description: 'Approved submissions whose gender and human-rights review is done.' })
  approvedTagReviewed!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The share of approved submissions with a GENDER tag, 0 to 1 (null when none is approved).',
  })
  genderShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The share of approved submissions with a HUMAN_RIGHTS tag, 0 to 1 (null when none is approved).',
  })
  humanRightsShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The share of approved submissions whose review is done, 0 to 1 (null when none is approved).',
  })
  tagReviewedShare!: number | null;
}

@ObjectType('ModerationNote', { description: 'An internal note on a submission: moderators and staff only.' })
export class ModerationNoteObject {
  @Field(() => ID, { description: 'Stable id of the note.' })
  id!: string;

  @Field({ description: 'The note’s text.' })
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The moderator or staff member who wrote it (null once their account is erased).',
  })
  authorId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was written.' })
  createdAt!: Date;
}

@ObjectType('ModerationDecisionRecord', {
  description: 'A decision as the submitter sees it (the moderator is not named).',
})
export class DecisionRecordObject {
  @Field(() => ModerationDecision, { description: 'What was decided.' })
  decision!: ModerationDecision;

  @Field(() => ReasonCode, { description: 'Why.' })
  reasonCode!: ReasonCode;

  @Field(() => String, {
    nullable: true,
    description: 'The moderators’ message to the submitter (given for REJECT and REQUEST_CHANGES).',
  })
  message!: string | null;

  @Field(() => Int, { description: 'The submitted version the decision was about.' })
  versionNumber!: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was decided.' })
  createdAt!: Date;
}

@ObjectType('Appeal', {
  description: 'The submitting organisation’s appeal against a rejection (one per submission), and staff’s answer.',
})
export class AppealObject {
  @Field({ description: 'Why the organisation appeals.' })
  reason!: string;

  @Field(() => AppealResolution, { nullable: true, description: 'Staff’s answer; null while the appeal is open.' })
  resolution!: AppealResolution | null;

  @Field(() => String, { nullable: true, description: 'Staff’s message with the answer.' })
  resolutionMessage!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the appeal was filed.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When staff answered; null while open.' })
  resolvedAt!: Date | null;
}

@ObjectType('SimilarSubmission', { description: 'A near-duplicate of a submission.' })
export class SimilarSubmissionObject {
  @Field(() => SubmissionObject, { description: 'The similar submission.' })
  submission!: SubmissionObject;

  @Field(() => Float, { description: 'Trigram similarity, 0 to 1.' })
  score!: number;
}

@ObjectType('SubmitterReveal', {
  description: 'The organisation behind an ANONYMOUS submission, revealed to staff (audited).',
})
export class SubmitterRevealObject {
  @Field(() => OrganisationObject, { description: 'The organisation that wrote it.' })
  organisation!: OrganisationObject;

  @Field(() => GraphQLISODateTime, { description: 'When it was revealed.' })
  revealedAt!: Date;
}

@ObjectType('DecisionReasons', {
  description: 'Which reason codes a decision accepts, and whether it needs a message to the submitter.',
})
export class DecisionReasonsObject {
  @Field(() => ModerationDecision, { description: 'The decision.' })
  decision!: ModerationDecision;

  @Field(() => [ReasonCode], { description: 'The reason codes it accepts.' })
  reasonCodes!: ReasonCode[];

  @Field({ description: 'True where the decision needs a message to the submitter (REJECT, REQUEST_CHANGES).' })
  messageRequired!: boolean;
}

export const ModerationQueueConnection = ConnectionType(
  ModerationItemObject,
  'ModerationQueue',
  'items waiting in the moderation queue',
);
