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

@InputType()
export class CreateSubmissionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a round id' })
  roundId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  @IsDisplayName()
  title!: string;

  @Field({ description: 'At most 100 words.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  summary!: string;

  @Field({ description: 'Markdown, within the round’s word limit.' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200_000)
  @HasVisibleText()
  body!: string;

  @Field({ description: 'ISO 639-1 code, among the round’s languages.' })
  @Trim()
  @Matches(LANGUAGE, { message: 'must be an ISO 639-1 code such as "en"' })
  language!: string;

  @Field(() => Disclosure)
  @IsEnum(Disclosure)
  disclosure!: Disclosure;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  provisionIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  suggestedTagIds?: string[];
}

@InputType()
export class UpdateSubmissionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'Move a draft to another round of the same session and region.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  @IsDisplayName()
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  summary?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200_000)
  @HasVisibleText()
  body?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @Matches(LANGUAGE, { message: 'must be an ISO 639-1 code such as "en"' })
  language?: string;

  @Field(() => Disclosure, { nullable: true })
  @IsOptional()
  @IsEnum(Disclosure)
  disclosure?: Disclosure;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  provisionIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  suggestedTagIds?: string[];
}

@InputType()
export class SubmitSubmissionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class WithdrawSubmissionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  id!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  reason!: string;
}

@InputType()
export class InviteCosignerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a submission id' })
  submissionId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;
}

@InputType()
export class RespondToCosignatureInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a co-signature id' })
  cosignatureId!: string;

  @Field()
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

@InputType()
export class SubmissionFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a round id' })
  roundId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field(() => ID, { nullable: true, description: 'Submissions that cite this treaty provision (e.g. "article-23").' })
  @IsOptional()
  @Matches(/^(chapter|article)-[0-9]{1,3}$/, { message: 'must be a provision id such as "article-23"' })
  provisionId?: string;

  @Field(() => SubmissionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SubmissionStatus)
  status?: SubmissionStatus;

  @Field(() => [ID], { nullable: true, description: 'Submissions carrying all of these tags.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be tag ids' })
  tagIds?: string[];

  @Field({ nullable: true })
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
