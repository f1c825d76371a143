import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Region } from '@app/identity';
import { Trim } from '@app/platform';
import { SubmissionStatus } from '@app/submissions';
import { TagCategory } from '@app/taxonomy';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AppealResolution, ModerationDecision, ReasonCode } from '../entities';

@InputType({ description: 'Narrows the moderation queue; every given field must match.' })
export class ModerationQueueFilter {
  @Field(() => ID, { nullable: true, description: 'Only items of this negotiation session.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => ID, { nullable: true, description: 'Only items of this round.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;

  @Field(() => Region, { nullable: true, description: 'Only items of this UN regional group.' })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field(() => SubmissionStatus, {
    nullable: true,
    description:
      'SUBMITTED, UNDER_REVIEW or APPEALED (default: all three, the items waiting); APPROVED, REJECTED or CHANGES_REQUESTED list decided items, read-only.',
  })
  @IsOptional()
  @IsEnum(SubmissionStatus)
  status?: SubmissionStatus;

  @Field({ nullable: true, description: 'Only items in this language (ISO 639-1).' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'must be an ISO 639-1 code such as "en"' })
  language?: string;

  @Field(() => [ID], { nullable: true, description: 'Only items carrying all of these tags (at most 10).' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  tagIds?: string[];

  @Field({ nullable: true, description: 'Only items nobody holds a live claim on.' })
  @IsOptional()
  @IsBoolean()
  unclaimed?: boolean;

  @Field({ nullable: true, description: 'Only items the caller holds a live claim on.' })
  @IsOptional()
  @IsBoolean()
  claimedByMe?: boolean;

  @Field({ nullable: true, description: 'Only items whose gender and human-rights review is not recorded yet.' })
  @IsOptional()
  @IsBoolean()
  needsTagReview?: boolean;

  @Field({ nullable: true, description: 'Only items with a near-duplicate (see similarSubmissions).' })
  @IsOptional()
  @IsBoolean()
  hasSimilar?: boolean;

  @Field(() => TagCategory, {
    nullable: true,
    description: 'Only items carrying no tag of this category (e.g. approved items without a GENDER tag).',
  })
  @IsOptional()
  @IsEnum(TagCategory)
  missingTagCategory?: TagCategory;
}

@InputType({
  description:
    'A submission’s tags and its gender and human-rights review, replacing what was recorded: with a decision (decideSubmission) or alone (setSubmissionTags).',
})
export class TagReviewInput {
  @Field(() => [ID], { description: 'Up to 30 active tags, replacing the previous ones.' })
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  tagIds!: string[];

  @Field({ defaultValue: false, description: 'The text raises no gender considerations (only without a GENDER tag).' })
  @IsBoolean()
  noGenderConsiderations!: boolean;

  @Field({
    defaultValue: false,
    description: 'The text raises no human-rights considerations (only without a HUMAN_RIGHTS tag).',
  })
  @IsBoolean()
  noHumanRightsConsiderations!: boolean;
}

@InputType({
  description: 'The tags of a submission and its gender and human-rights review, replacing what was recorded.',
})
export class SetSubmissionTagsInput extends TagReviewInput {
  @Field(() => ID, { description: 'The submission (UNDER_REVIEW and claimed by the caller; or APPEALED, for staff).' })
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field(() => Int, { description: 'The version the caller loaded; CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'A moderator’s decision on a submission they hold a claim on.' })
export class DecideSubmissionInput {
  @Field(() => ID, { description: 'The submission (UNDER_REVIEW).' })
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field(() => Int, { description: 'The version the caller loaded; CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => ModerationDecision, { description: 'APPROVE, REJECT or REQUEST_CHANGES.' })
  @IsEnum(ModerationDecision)
  decision!: ModerationDecision;

  @Field(() => ReasonCode, { description: 'Why: one of the reasons the decision accepts (see ReasonCode).' })
  @IsEnum(ReasonCode)
  reasonCode!: ReasonCode;

  @Field({ nullable: true, description: 'To the submitter; required to REJECT or REQUEST_CHANGES.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  message?: string;

  @Field(() => TagReviewInput, {
    nullable: true,
    description:
      'The tags and the review to record with the decision, in the same request and by the same rules as setSubmissionTags (the decision then reads them). Left out, the recorded ones stand.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TagReviewInput)
  tags?: TagReviewInput;
}

@InputType({ description: 'An internal note to add to a submission.' })
export class AddModerationNoteInput {
  @Field(() => ID, { description: 'The submission.' })
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field({ description: 'The note (1 to 5,000 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  body!: string;
}

@InputType({ description: 'An appeal against a rejection.' })
export class AppealDecisionInput {
  @Field(() => ID, { description: 'The REJECTED submission.' })
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field({ description: 'Why the organisation appeals (1 to 5,000 characters); shown to moderators and staff.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  reason!: string;
}

@InputType({ description: 'Staff’s answer to an open appeal.' })
export class ResolveAppealInput {
  @Field(() => ID, { description: 'The APPEALED submission.' })
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field(() => Int, { description: 'The version the caller loaded; CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => AppealResolution, { description: 'UPHOLD or OVERTURN.' })
  @IsEnum(AppealResolution)
  decision!: AppealResolution;

  @Field({ nullable: true, description: 'A message to the submitting organisation (at most 5,000 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  message?: string;
}

@InputType({ description: 'A request to learn which organisation wrote an ANONYMOUS submission.' })
export class RevealSubmitterInput {
  @Field(() => ID, { description: 'The ANONYMOUS submission.' })
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field({ description: 'Why (1 to 2,000 characters); kept in the audit trail.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'a reason is required' })
  @MaxLength(2000)
  reason!: string;
}

@InputType({ description: 'Narrows coverage to some rounds; every given field must match.' })
export class CoverageFilter {
  @Field(() => ID, { nullable: true, description: 'Only rounds of this negotiation session.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this round.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;

  @Field(() => Region, { nullable: true, description: 'Only rounds of this UN regional group.' })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;
}
