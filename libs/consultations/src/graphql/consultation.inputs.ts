import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Region } from '@app/identity';
import { IsDisplayName, Trim } from '@app/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { RoundStatus } from '../entities';
import { TIME_ZONES } from '../services/round-rules';

/** ISO 639-1 codes a round may accept (the six UN languages first). */
export const LANGUAGE_CODES = [
  'ar',
  'zh',
  'en',
  'fr',
  'ru',
  'es',
  'pt',
  'de',
  'it',
  'tr',
  'sw',
  'hi',
  'id',
  'ja',
  'ko',
  'uk',
  'fa',
  'ur',
  'bn',
  'am',
  'ha',
  'ka',
  'hy',
  'kk',
  'uz',
  'vi',
  'th',
  'ms',
  'tl',
  'nl',
  'pl',
  'ro',
  'sr',
  'hr',
  'bs',
  'sq',
  'mk',
  'bg',
  'el',
  'he',
];

@InputType({ description: 'A negotiation session to create.' })
export class CreateNegotiationSessionInput {
  @Field({ description: 'Its title (1 to 300 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title!: string;

  @Field({ description: 'The negotiation process (1 to 500 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsDisplayName()
  processName!: string;

  @Field({ description: 'Where it meets (1 to 200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsDisplayName()
  location!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it opens.' })
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it ends: not before startsAt.' })
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;
}

@InputType({ description: 'Changes to a negotiation session: only the fields given change.' })
export class UpdateNegotiationSessionInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID('all', { message: 'must be a session id' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller loaded; CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'A new title.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title?: string;

  @Field({ nullable: true, description: 'A new process name.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsDisplayName()
  processName?: string;

  @Field({ nullable: true, description: 'A new location.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsDisplayName()
  location?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A new start.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A new end: not before the start.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date;
}

@InputType({ isAbstract: true })
class RoundFieldsInput {
  @Field({ nullable: true, description: 'What the round is about (at most 10,000 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Up to 20 questions submitters are asked to address (each at most 1,000 characters).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @IsNotEmpty({ each: true })
  guidingQuestions?: string[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Revisions are accepted until then: not before closesAt; default closesAt + 7 days.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  revisionsCloseAt?: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'The most words a body may have, 50 to 20,000; default 2,000 (the AHC rule).',
  })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(20000)
  wordLimit?: number;

  @Field(() => [String], {
    nullable: true,
    description:
      '1 to 40 ISO 639-1 codes submissions may be written in; default the six UN languages (ar, zh, en, fr, ru, es).',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES, { each: true, message: 'each must be a supported ISO 639-1 language code' })
  languages?: string[];

  @Field({ nullable: true, description: 'IANA time zone in which the round announces its dates; default UTC.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsIn([...TIME_ZONES], { message: 'must be an IANA time zone such as Europe/Vienna' })
  timeZone?: string;
}

@InputType({
  description: 'A consultation round to create. It starts as a DRAFT, visible to staff only, until scheduled.',
})
export class CreateConsultationRoundInput extends RoundFieldsInput {
  @Field(() => ID, { description: 'The negotiation session it prepares.' })
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field(() => Region, { description: 'The UN regional group whose organisations submit in it.' })
  @IsEnum(Region)
  region!: Region;

  @Field({ description: 'Its title (1 to 300 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When submissions open.' })
  @Type(() => Date)
  @IsDate()
  opensAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When submissions close: after opensAt.' })
  @Type(() => Date)
  @IsDate()
  closesAt!: Date;
}

@InputType({
  description:
    'Changes to a round that has not closed: only the fields given change; new dates reschedule its open and close jobs.',
})
export class UpdateConsultationRoundInput extends RoundFieldsInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID('all', { message: 'must be a round id' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller loaded; CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'A new title.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A new opening (not once the round is open).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A new closing: after opensAt.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  closesAt?: Date;
}

@InputType({ description: 'Narrows the rounds list; every given field must match.' })
export class ConsultationRoundFilter {
  @Field(() => ID, { nullable: true, description: 'Only rounds of this negotiation session.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => Region, { nullable: true, description: 'Only rounds of this UN regional group.' })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field(() => RoundStatus, {
    nullable: true,
    description: 'Only rounds in this status, as the clock gives it (an OPEN round past closesAt counts as CLOSED).',
  })
  @IsOptional()
  @IsEnum(RoundStatus)
  status?: RoundStatus;
}
