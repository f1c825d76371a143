import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { LANGUAGE_CODES, TIME_ZONES } from '@app/consultations';
import { Region } from '@app/identity';
import { HasVisibleText, IsDisplayName, Trim } from '@app/platform';
import { UN_LANGUAGES } from '@app/text';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  EventFormat,
  EventType,
  GenderIdentity,
  PublicationKind,
  PublicationStatus,
  RegistrationMode,
  RegistrationStatus,
} from '../entities';

const HTTPS_URL = { protocols: ['https'], require_protocol: true };

/** Fields an event may be created or changed with (all optional here; create requires its own). */
@InputType({ isAbstract: true })
class EventFieldsInput {
  @Field({ nullable: true, description: 'What it is about, as Markdown (at most 20,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The negotiation session it runs beside (null clears it on update).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string | null;

  @Field(() => [Region], { nullable: true, description: 'The UN regions it is for; empty for every region.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(Region, { each: true })
  regions?: Region[];

  @Field({ nullable: true, description: 'IANA time zone its times are announced in; default UTC.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsIn([...TIME_ZONES], { message: 'must be an IANA time zone such as Europe/Vienna' })
  timeZone?: string;

  @Field(() => String, { nullable: true, description: 'The venue (needed for in-person and hybrid events).' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsDisplayName()
  venue?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The https link to join online: shown to staff and to people holding a confirmed place only.',
  })
  @IsOptional()
  @Trim()
  @MaxLength(2000)
  @IsUrl(HTTPS_URL, { message: 'must be an https URL' })
  onlineUrl?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages spoken (ISO 639-1); default English.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES, { each: true, message: 'each must be a supported ISO 639-1 language code' })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'Languages interpreted into (ISO 639-1).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES, { each: true, message: 'each must be a supported ISO 639-1 language code' })
  interpretation?: string[];

  @Field(() => Int, { nullable: true, description: 'Places; absent or null for no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Registrations close then (at the latest at the start).',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  registrationDeadline?: Date | null;

  @Field({ nullable: true, description: 'Held under the Chatham House Rule (default false).' })
  @IsOptional()
  @IsBoolean()
  chathamHouse?: boolean;

  @Field(() => [ID], { nullable: true, description: 'Training modules it covers (TRAINING events only).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a training module id' })
  moduleIds?: string[];
}

@InputType({ description: 'A new event (staff).' })
export class CreateEventInput extends EventFieldsInput {
  @Field(() => EventType, { description: 'What kind of event.' })
  @IsEnum(EventType)
  type!: EventType;

  @Field({ description: 'Its title (at most 300 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it starts.' })
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it ends (after it starts).' })
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;

  @Field(() => EventFormat, { description: 'In person, online or both.' })
  @IsEnum(EventFormat)
  format!: EventFormat;

  @Field(() => RegistrationMode, { description: 'Who may register.' })
  @IsEnum(RegistrationMode)
  registrationMode!: RegistrationMode;
}

@InputType({
  description:
    'Changes to an event (staff): absent fields stay; null clears session, venue, link, capacity or deadline.',
})
export class UpdateEventInput extends EventFieldsInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale one answers CONFLICT.' })
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

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A new start.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A new end.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date;

  @Field(() => EventFormat, { nullable: true, description: 'A new format.' })
  @IsOptional()
  @IsEnum(EventFormat)
  format?: EventFormat;

  @Field(() => RegistrationMode, { nullable: true, description: 'A new registration mode.' })
  @IsOptional()
  @IsEnum(RegistrationMode)
  registrationMode?: RegistrationMode;
}

@InputType({ description: 'Cancelling an event (staff): everyone registered or waiting is told.' })
export class CancelEventInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  id!: string;

  @Field({ nullable: true, description: 'Why, in a sentence or two; sent to registrants.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@InputType({ description: 'Which events to list.' })
export class EventFilter {
  @Field(() => ID, { nullable: true, description: 'Events beside this negotiation session.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => Region, { nullable: true, description: 'Events for this region (events for every region included).' })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field(() => EventType, { nullable: true, description: 'Events of this kind.' })
  @IsOptional()
  @IsEnum(EventType)
  type?: EventType;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events that end after this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events that start before this moment.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@InputType({ description: 'Registering for an event.' })
export class RegisterForEventInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation you come for (you must be a member of it).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId?: string;

  @Field({ nullable: true, description: 'Accessibility or other needs, in your words. Seen by staff only.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  needs?: string;

  @Field(() => GenderIdentity, {
    nullable: true,
    description: 'Optional; used only in aggregates. Seen by staff only.',
  })
  @IsOptional()
  @IsEnum(GenderIdentity)
  genderIdentity?: GenderIdentity;

  @Field({ nullable: true, description: 'In your own words, with genderIdentity SELF_DESCRIBED.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  genderSelfDescription?: string;

  @Field({ description: 'You agree that these answers are kept for the event (must be true).' })
  @IsBoolean()
  consent!: boolean;

  @Field({ nullable: true, description: 'The token of your invitation link (INVITATION_ONLY events).' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'is not an invitation token' })
  invitationToken?: string;
}

@InputType({ description: 'Inviting people to an event by email (staff), with or without an account.' })
export class InviteToEventInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId!: string;

  @Field(() => [String], { description: 'Email addresses (1 to 100).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsEmail({}, { each: true, message: 'each must be an email address' })
  @MaxLength(320, { each: true })
  emails!: string[];
}

@InputType({ description: 'One person’s attendance.' })
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'A confirmed registration for the event.' })
  @IsUUID('all', { message: 'must be a registration id' })
  registrationId!: string;

  @Field({ description: 'Whether they attended.' })
  @IsBoolean()
  attended!: boolean;
}

@InputType({ description: 'Recording who attended (staff), once the event has started.' })
export class MarkAttendanceInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId!: string;

  @Field(() => [AttendanceEntryInput], { description: 'One entry per person (1 to 100).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries!: AttendanceEntryInput[];
}

@InputType({
  description:
    'An event’s outcome (staff): recorded once the event has taken place, then changed with expectedVersion.',
})
export class RecordEventOutcomeInput {
  @Field(() => ID, { description: 'The event.' })
  @IsUUID('all', { message: 'must be an event id' })
  eventId!: string;

  @Field(() => Int, { nullable: true, description: 'The outcome’s version when changing it; absent the first time.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @Field({ description: 'Key messages, as Markdown (at most 20,000 characters).' })
  @IsString()
  @HasVisibleText()
  @MaxLength(20_000)
  keyMessages!: string;

  @Field(() => [ID], { description: 'Tags from the vocabulary.' })
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a tag id' })
  tagIds!: string[];

  @Field({ description: 'Reviewed: no gender considerations (instead of a GENDER tag).' })
  @IsBoolean()
  noGenderConsiderations!: boolean;

  @Field({ description: 'Reviewed: no human-rights considerations (instead of a HUMAN_RIGHTS tag).' })
  @IsBoolean()
  noHumanRightsConsiderations!: boolean;

  @Field(() => [String], { description: 'Treaty provisions it concerns.' })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  provisionIds!: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Speakers who agreed to be named (refused for a Chatham House event).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @IsDisplayName({ each: true })
  speakers?: string[];
}

@InputType({ description: 'Whose balance: exactly one of an event, a session or a year.' })
export class EventBalanceFilter {
  @Field(() => ID, { nullable: true, description: 'One event.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an event id' })
  eventId?: string;

  @Field(() => ID, { nullable: true, description: 'Every event beside one negotiation session.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => Int, { nullable: true, description: 'Every event starting in this calendar year (UTC).' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

@InputType({ isAbstract: true })
class TrainingModuleFieldsInput {
  @Field({ nullable: true, description: 'Materials as Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  materials?: string;

  @Field(() => [String], { nullable: true, description: 'Languages the materials exist in (ISO 639-1).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES, { each: true, message: 'each must be a supported ISO 639-1 language code' })
  languages?: string[];

  @Field(() => Int, { nullable: true, description: 'Its place in the curriculum.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  position?: number;

  @Field({ nullable: true, description: 'Whether it is part of the curriculum.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType({ description: 'A new curriculum module (staff).' })
export class CreateTrainingModuleInput extends TrainingModuleFieldsInput {
  @Field({ description: 'Its title.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  @IsDisplayName()
  title!: string;

  @Field({ description: 'What it teaches.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary!: string;
}

@InputType({ description: 'Changes to a curriculum module (staff).' })
export class UpdateTrainingModuleInput extends TrainingModuleFieldsInput {
  @Field(() => ID, { description: 'The module.' })
  @IsUUID('all', { message: 'must be a training module id' })
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale one answers CONFLICT.' })
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

  @Field({ nullable: true, description: 'A new summary.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary?: string;
}

@InputType({ description: 'Asking for a certificate of attendance.' })
export class RequestCertificateInput {
  @Field(() => ID, { description: 'Your registration, marked attended.' })
  @IsUUID('all', { message: 'must be a registration id' })
  registrationId!: string;

  @Field({ description: 'One of the six UN languages: ar, zh, en, fr, ru, es.' })
  @IsIn([...UN_LANGUAGES], { message: 'must be one of ar, zh, en, fr, ru, es' })
  language!: string;
}

@InputType({ isAbstract: true })
class PublicationFieldsInput {
  @Field(() => [String], { nullable: true, description: 'Authors, each of whom agreed to be named.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  @IsDisplayName({ each: true })
  authors?: string[];

  @Field({ nullable: true, description: 'True once every author named agreed to be (needed to name any).' })
  @IsOptional()
  @IsBoolean()
  authorsConsented?: boolean;

  @Field({ nullable: true, description: 'The abstract (at most 5,000 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  abstract?: string;

  @Field(() => String, { nullable: true, description: 'Its DOI, e.g. 10.1234/abcd (null clears it on update).' })
  @IsOptional()
  @Trim()
  @Matches(/^10\.\d{4,9}\/\S{1,200}$/, { message: 'must be a DOI such as 10.1234/abcd' })
  doi?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is published elsewhere (https; null clears it).' })
  @IsOptional()
  @Trim()
  @MaxLength(2000)
  @IsUrl(HTTPS_URL, { message: 'must be an https URL' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'The negotiation session it informs (null clears it).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Tags from the vocabulary.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each must be a tag id' })
  tagIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Treaty provisions it concerns.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  provisionIds?: string[];
}

@InputType({ description: 'A new publication (staff), as a DRAFT.' })
export class CreatePublicationInput extends PublicationFieldsInput {
  @Field(() => PublicationKind, { description: 'Report, journal article or brief.' })
  @IsEnum(PublicationKind)
  kind!: PublicationKind;

  @Field({ description: 'Its title.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsDisplayName()
  title!: string;

  @Field({ description: 'Its language (ISO 639-1).' })
  @IsIn(LANGUAGE_CODES, { message: 'must be a supported ISO 639-1 language code' })
  language!: string;
}

@InputType({ description: 'Changes to a publication (staff).' })
export class UpdatePublicationInput extends PublicationFieldsInput {
  @Field(() => ID, { description: 'The publication.' })
  @IsUUID('all', { message: 'must be a publication id' })
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale one answers CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => PublicationKind, { nullable: true, description: 'A new kind.' })
  @IsOptional()
  @IsEnum(PublicationKind)
  kind?: PublicationKind;

  @Field({ nullable: true, description: 'A new title.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @IsDisplayName()
  title?: string;

  @Field({ nullable: true, description: 'A new language.' })
  @IsOptional()
  @IsIn(LANGUAGE_CODES, { message: 'must be a supported ISO 639-1 language code' })
  language?: string;
}

@InputType({ description: 'Which publications to list.' })
export class PublicationFilter {
  @Field({ nullable: true, description: 'Full-text search in titles, authors and abstracts (as for submissions).' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  search?: string;

  @Field(() => PublicationKind, { nullable: true, description: 'Publications of this kind.' })
  @IsOptional()
  @IsEnum(PublicationKind)
  kind?: PublicationKind;

  @Field({ nullable: true, description: 'Publications in this language.' })
  @IsOptional()
  @IsIn(LANGUAGE_CODES, { message: 'must be a supported ISO 639-1 language code' })
  language?: string;

  @Field(() => ID, { nullable: true, description: 'Publications informing this session.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a session id' })
  sessionId?: string;

  @Field(() => [ID], { nullable: true, description: 'Publications carrying all of these tags.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'each must be a tag id' })
  tagIds?: string[];

  @Field(() => PublicationStatus, {
    nullable: true,
    description: 'Staff: DRAFT or PUBLISHED (others see PUBLISHED only).',
  })
  @IsOptional()
  @IsEnum(PublicationStatus)
  status?: PublicationStatus;
}

export { RegistrationStatus };
