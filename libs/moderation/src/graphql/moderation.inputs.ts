import { Field, ID, InputType, Int } from '@nestjs/graphql';
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
} from 'class-validator';
import { AppealResolution, ModerationDecision, ReasonCode } from '../entities';

@InputType()
export class ModerationQueueFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;

  @Field(() => Region, { nullable: true })
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

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'must be an ISO 639-1 code such as "en"' })
  language?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  tagIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  unclaimed?: boolean;

  @Field({ nullable: true })
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

@InputType()
export class SetSubmissionTagsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => [ID])
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  tagIds!: string[];

  @Field({ defaultValue: false })
  @IsBoolean()
  noGenderConsiderations!: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  noHumanRightsConsiderations!: boolean;
}

@InputType()
export class DecideSubmissionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => ModerationDecision)
  @IsEnum(ModerationDecision)
  decision!: ModerationDecision;

  @Field(() => ReasonCode)
  @IsEnum(ReasonCode)
  reasonCode!: ReasonCode;

  @Field({ nullable: true, description: 'To the submitter; required to REJECT or REQUEST_CHANGES.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  message?: string;
}

@InputType()
export class AddModerationNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  body!: string;
}

@InputType()
export class AppealDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  reason!: string;
}

@InputType()
export class ResolveAppealInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => AppealResolution)
  @IsEnum(AppealResolution)
  decision!: AppealResolution;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  message?: string;
}

@InputType()
export class RevealSubmitterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'a reason is required' })
  @MaxLength(2000)
  reason!: string;
}

@InputType()
export class CoverageFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;
}
