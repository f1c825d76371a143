import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Region } from '@app/identity';
import { HasVisibleText, IsDisplayName, Trim } from '@app/platform';
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
import { Disclosure, SubmissionStatus } from '../entities';

const LANGUAGE = /^[a-z]{2,3}$/;

@InputType({ description: 'A draft position to start in a round of the organisation’s region.' })
export class CreateSubmissionInput {
  @Field(() => ID, { description: 'The round (SCHEDULED or OPEN) of the organisation’s region.' })
  @IsUUID('all', { message: 'must be a round id' })
  roundId!: string;

  @Field(() => ID, { description: 'The caller’s VERIFIED organisation that submits it.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field({ description: 'Its title (1 to 300 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  @IsDisplayName()
  title!: string;

  @Field({ description: 'At most 100 words (counted for the language) and 2,000 characters.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  summary!: string;

  @Field({ description: 'Markdown (rendered sanitised), within the round’s word limit counted for the language.' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200_000)
  @HasVisibleText()
  body!: string;

  @Field({ description: 'ISO 639-1 code, among the round’s languages.' })
  @Trim()
  @Matches(LANGUAGE, { message: 'must be an ISO 639-1 code such as "en"' })
  language!: string;

  @Field(() => Disclosure, { description: 'Who may learn that this organisation wrote it (see Disclosure).' })
  @IsEnum(Disclosure)
  disclosure!: Disclosure;

  @Field(() => [String], {
    nullable: true,
    description: 'Up to 50 treaty provision ids it cites (e.g. `article-23`); each must exist.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  provisionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Up to 20 active tags the submitter suggests to moderators.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  suggestedTagIds?: string[];
}

@InputType({
  description:
    'Changes to a DRAFT or CHANGES_REQUESTED submission: only the fields given change. A change of text sends accepted co-signatures back to PENDING.',
})
export class UpdateSubmissionInput {
  @Field(() => ID, { description: 'The submission.' })
  @IsUUID('all', { message: 'must be a submission id' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller loaded; CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'Move a draft to another round of the same session and region.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;

  @Field({ nullable: true, description: 'A new title (1 to 300 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  @IsDisplayName()
  title?: string;

  @Field({ nullable: true, description: 'A new summary (at most 100 words).' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  summary?: string;

  @Field({ nullable: true, description: 'A new Markdown body, within the round’s word limit.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200_000)
  @HasVisibleText()
  body?: string;

  @Field({ nullable: true, description: 'A new language, among the round’s.' })
  @IsOptional()
  @Trim()
  @Matches(LANGUAGE, { message: 'must be an ISO 639-1 code such as "en"' })
  language?: string;

  @Field(() => Disclosure, { nullable: true, description: 'A new disclosure.' })
  @IsOptional()
  @IsEnum(Disclosure)
  disclosure?: Disclosure;

  @Field(() => [String], { nullable: true, description: 'The provisions cited, replacing the previous list.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  provisionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'The suggested tags, replacing the previous list.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  suggestedTagIds?: string[];
}

@InputType({ description: 'A submission to submit (or re-submit after changes were requested).' })
export class SubmitSubmissionInput {
  @Field(() => ID, { description: 'The submission.' })
  @IsUUID('all', { message: 'must be a submission id' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller loaded; CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'A submission to withdraw, with the reason.' })
export class WithdrawSubmissionInput {
  @Field(() => ID, { description: 'The submission.' })
  @IsUUID('all', { message: 'must be a submission id' })
  id!: string;

  @Field({ description: 'Why (at most 2,000 characters); shown to the submitting organisation, moderators and staff.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  reason!: string;
}

@InputType({ description: 'An invitation to another organisation to co-sign.' })
export class InviteCosignerInput {
  @Field(() => ID, { description: 'The caller’s organisation’s submission.' })
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field(() => ID, { description: 'The VERIFIED organisation invited (not the submitting one).' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;
}

@InputType({ description: 'An invited organisation’s answer to a co-signing invitation.' })
export class RespondToCosignatureInput {
  @Field(() => ID, { description: 'The invitation (a Cosignature’s id).' })
  @IsUUID('all', { message: 'must be a co-signature id' })
  cosignatureId!: string;

  @Field({ description: 'True to co-sign the current text, false to decline.' })
  @IsBoolean()
  accept!: boolean;

  @Field(() => Disclosure, {
    nullable: true,
    description: 'Required to accept: how the co-signing organisation is shown.',
  })
  @IsOptional()
  @IsEnum(Disclosure)
  disclosure?: Disclosure;
}

@InputType({
  description: 'Narrows the submissions list; every given field must match. It never widens what the caller may see.',
})
export class SubmissionFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only submissions of this round.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;

  @Field(() => ID, { nullable: true, description: 'Only submissions of this negotiation session’s rounds.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only this organisation’s submissions, among those whose organisation the caller may learn (so the filter cannot unmask an ANONYMOUS or REGION_ONLY one).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @Field(() => Region, { nullable: true, description: 'Only submissions of this UN regional group.' })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field(() => ID, { nullable: true, description: 'Submissions that cite this treaty provision (e.g. "article-23").' })
  @IsOptional()
  @Matches(/^(chapter|article)-[0-9]{1,3}$/, { message: 'must be a provision id such as "article-23"' })
  provisionId?: string;

  @Field(() => SubmissionStatus, { nullable: true, description: 'Only submissions in this status.' })
  @IsOptional()
  @IsEnum(SubmissionStatus)
  status?: SubmissionStatus;

  @Field(() => [ID], { nullable: true, description: 'Submissions carrying all of these tags.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  tagIds?: string[];

  @Field({ nullable: true, description: 'Only submissions in this language (ISO 639-1); search then stems in it.' })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be an ISO 639-1 code such as "en"' })
  language?: string;

  @Field({ nullable: true, description: 'Full-text search, ranked; stems words in the submission’s language.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  search?: string;
}
