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

@InputType()
export class CreateNegotiationSessionInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsDisplayName()
  processName!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsDisplayName()
  location!: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;
}

@InputType()
export class UpdateNegotiationSessionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsDisplayName()
  processName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsDisplayName()
  location?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date;
}

@InputType({ isAbstract: true })
class RoundFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @IsNotEmpty({ each: true })
  guidingQuestions?: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default: closesAt + 7 days.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  revisionsCloseAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Default 2,000 (the AHC rule).' })
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(20000)
  wordLimit?: number;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes; default the six UN languages.' })
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

@InputType()
export class CreateConsultationRoundInput extends RoundFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field(() => Region)
  @IsEnum(Region)
  region!: Region;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title!: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  opensAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  closesAt!: Date;
}

@InputType()
export class UpdateConsultationRoundInput extends RoundFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a round id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  opensAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  closesAt?: Date;
}

@InputType()
export class ConsultationRoundFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field(() => RoundStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RoundStatus)
  status?: RoundStatus;
}
