import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Region } from '@app/identity';
import { ConnectionType } from '@app/platform';
import {
  CertificateStatus,
  EventFormat,
  EventOutcomeEntity,
  EventRegistrationEntity,
  EventStatus,
  EventType,
  GenderIdentity,
  ProgrammeEventEntity,
  PublicationKind,
  PublicationStatus,
  RegistrationMode,
  RegistrationStatus,
} from '../entities';

@ObjectType('TrainingModule', {
  description: 'A module of the training curriculum, covered by TRAINING events. Public.',
})
export class TrainingModuleObject {
  @Field(() => ID, { description: 'Stable id of the module.' })
  id!: string;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field({ description: 'What it teaches, in a few sentences.' })
  summary!: string;

  @Field({ description: 'Materials (reading, slides, exercises) as Markdown.' })
  materials!: string;

  @Field({ description: 'The materials rendered to sanitised HTML.' })
  materialsHtml!: string;

  @Field(() => [String], { description: 'Languages (ISO 639-1) the materials exist in.' })
  languages!: string[];

  @Field(() => Int, { description: 'Its place in the curriculum (1 first).' })
  position!: number;

  @Field({ description: 'Whether it is part of the curriculum today.' })
  active!: boolean;

  @Field(() => Int, { description: 'Pass as expectedVersion to updateTrainingModule.' })
  version!: number;
}

@ObjectType('CompletedTrainingModule', {
  description: 'A curriculum module the caller completed by attending a training.',
})
export class CompletedTrainingModuleObject {
  @Field(() => TrainingModuleObject, { description: 'The module.' })
  module!: TrainingModuleObject;

  @Field(() => ID, { description: 'The (latest) training the caller attended that covered it.' })
  eventId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When that training ended.' })
  completedAt!: Date;
}

@ObjectType('ProgrammeEvent', {
  description:
    'A training, Track 1.5/2 side meeting, regional meeting or outreach forum. Public, except its online link (staff and people holding a confirmed place) and who registered (staff).',
})
export class ProgrammeEventObject {
  /** The row behind the object, for field resolvers; never exposed as a field. */
  record!: ProgrammeEventEntity;

  @Field(() => ID, { description: 'Stable id of the event.' })
  id!: string;

  @Field(() => EventType, { description: 'What kind of event it is.' })
  type!: EventType;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field({ description: 'What it is about, as Markdown.' })
  description!: string;

  @Field({ description: 'The description rendered to sanitised HTML.' })
  descriptionHtml!: string;

  @Field(() => ID, { nullable: true, description: 'The negotiation session it runs beside, if any.' })
  sessionId!: string | null;

  @Field(() => [Region], { description: 'The UN regions it is for; empty means every region.' })
  regions!: Region[];

  @Field(() => GraphQLISODateTime, { description: 'When it starts.' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it ends.' })
  endsAt!: Date;

  @Field({ description: 'IANA time zone its times are announced in (e.g. Europe/Vienna).' })
  timeZone!: string;

  @Field(() => EventFormat, { description: 'In person, online or both.' })
  format!: EventFormat;

  @Field(() => String, { nullable: true, description: 'The venue (in-person and hybrid events).' })
  venue!: string | null;

  @Field({
    description: 'Whether the event has an online link (the link itself is in onlineLink, for those who may see it).',
  })
  hasOnlineLink!: boolean;

  @Field(() => [String], { description: 'Languages spoken (ISO 639-1).' })
  languages!: string[];

  @Field(() => [String], { description: 'Languages interpreted into (ISO 639-1).' })
  interpretation!: string[];

  @Field(() => Int, { nullable: true, description: 'Places; null for no limit.' })
  capacity!: number | null;

  @Field(() => RegistrationMode, { description: 'Who may register.' })
  registrationMode!: RegistrationMode;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Registrations are accepted until this moment.' })
  registrationDeadline!: Date | null;

  @Field({ description: 'Whether it takes a registration right now (from the clock, the deadline and its status).' })
  acceptingRegistrations!: boolean;

  @Field({ description: 'Held under the Chatham House Rule: its outcome names nobody.' })
  chathamHouse!: boolean;

  @Field(() => EventStatus, { description: 'Whether it goes ahead.' })
  status!: EventStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when it was.' })
  cancellationReason!: string | null;

  @Field({ description: 'Path of its iCalendar file (e.g. to add it to a calendar).' })
  icsPath!: string;

  @Field(() => Int, { description: 'Pass as expectedVersion to updateEvent.' })
  version!: number;
}

@ObjectType('EventParticipant', {
  description: 'The person behind a registration: shown to staff and to the person only.',
})
export class EventParticipantObject {
  @Field(() => ID, { nullable: true, description: 'Their user id; null once they deleted their account.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'Their display name; null once they deleted their account.' })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: 'Their email address; null once they deleted their account.' })
  email!: string | null;
}

@ObjectType('EventRegistration', {
  description:
    'One person’s registration for an event. Seen by that person and by staff only; nobody else learns who registered.',
})
export class EventRegistrationObject {
  record!: EventRegistrationEntity;

  @Field(() => ID, { description: 'Stable id of the registration.' })
  id!: string;

  @Field(() => ID, { description: 'The event.' })
  eventId!: string;

  @Field(() => RegistrationStatus, { description: 'Confirmed place, waiting list, or cancelled.' })
  status!: RegistrationStatus;

  @Field(() => ID, { nullable: true, description: 'The organisation registered on behalf of, if any.' })
  organisationId!: string | null;

  @Field(() => Region, { nullable: true, description: 'That organisation’s region when registering.' })
  region!: Region | null;

  @Field({ description: 'Accessibility and other needs, in the person’s words.' })
  needs!: string;

  @Field(() => GenderIdentity, { nullable: true, description: 'Self-described gender identity, if given.' })
  genderIdentity!: GenderIdentity | null;

  @Field(() => String, { nullable: true, description: 'In the person’s own words, with SELF_DESCRIBED.' })
  genderSelfDescription!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the person consented to these answers being kept.' })
  consentedAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Whether the person attended (null until staff mark it).' })
  attended!: boolean | null;

  @Field(() => GraphQLISODateTime, { description: 'When the person registered.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Increases with every change.' })
  version!: number;
}

@ObjectType('EventInvitation', { description: 'An emailed invitation to an event (staff).' })
export class EventInvitationObject {
  @Field(() => ID, { description: 'Stable id of the invitation.' })
  id!: string;

  @Field(() => ID, { description: 'The event.' })
  eventId!: string;

  @Field({ description: 'The address it was sent to (lower-cased).' })
  email!: string;

  @Field(() => GraphQLISODateTime, { description: 'The link works until then (the event’s start).' })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was used to register.' })
  acceptedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt!: Date;
}

@ObjectType('EventInvitationPreview', {
  description: 'What an invitation link is for, shown to whoever holds the link.',
})
export class EventInvitationPreviewObject {
  @Field(() => ProgrammeEventObject, { description: 'The event it invites to.' })
  event!: ProgrammeEventObject;

  @Field(() => GraphQLISODateTime, { description: 'The link works until then.' })
  expiresAt!: Date;

  @Field({ description: 'Whether it was used already.' })
  used!: boolean;
}

@ObjectType('EventOutcome', {
  description:
    'What an event produced: key messages, tags (with the gender and human-rights review) and treaty provisions. Public; enters the session’s digest.',
})
export class EventOutcomeObject {
  record!: EventOutcomeEntity;
  /** The event's Chatham House flag: speakers are never shown when it is set. */
  chathamHouse!: boolean;

  @Field(() => ID, { description: 'The event.' })
  eventId!: string;

  @Field({ description: 'Key messages, as Markdown.' })
  keyMessages!: string;

  @Field({ description: 'The key messages rendered to sanitised HTML.' })
  keyMessagesHtml!: string;

  @Field(() => [ID], { description: 'Ids of its tags (see tags).' })
  tagIds!: string[];

  @Field(() => [String], { description: 'Ids of the treaty provisions it concerns (see provisions).' })
  provisionIds!: string[];

  @Field({ description: 'Reviewed: no gender considerations (instead of a GENDER tag).' })
  noGenderConsiderations!: boolean;

  @Field({ description: 'Reviewed: no human-rights considerations (instead of a HUMAN_RIGHTS tag).' })
  noHumanRightsConsiderations!: boolean;

  @Field(() => [String], {
    description: 'Speakers who agreed to be named; always empty for a Chatham House event.',
  })
  speakers!: string[];

  @Field(() => GraphQLISODateTime, { description: 'When it was last recorded.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Pass as expectedVersion to recordEventOutcome to change it.' })
  version!: number;
}

@ObjectType('BalanceCount', {
  description:
    'One count of a balance breakdown. Outside the staff console a count from 1 to 4 is withheld (“fewer than 5”), and so is the smallest other count when it would give such a count away.',
})
export class BalanceCountObject {
  @Field({ description: 'What is counted: a region, an organisation type, a gender, NONE/NOT_STATED, or TOTAL.' })
  key!: string;

  @Field(() => Int, { nullable: true, description: 'The count; null when withheld.' })
  count!: number | null;

  @Field({ description: 'True when the count is from 1 to 4.' })
  fewerThanFive!: boolean;

  @Field({ description: 'True when the count is not shown.' })
  withheld!: boolean;
}

@ObjectType('BalanceGroup', {
  description: 'Counts of one group of people (registrants or attendees), broken down three ways.',
})
export class BalanceGroupObject {
  @Field(() => BalanceCountObject, { description: 'Everyone in the group.' })
  total!: BalanceCountObject;

  @Field(() => [BalanceCountObject], { description: 'By UN region of the organisation registered for (NONE: none).' })
  byRegion!: BalanceCountObject[];

  @Field(() => [BalanceCountObject], { description: 'By organisation type (NONE: no organisation).' })
  byOrganisationType!: BalanceCountObject[];

  @Field(() => [BalanceCountObject], {
    description: 'By self-described gender (NOT_STATED: not given or preferred not to say).',
  })
  byGender!: BalanceCountObject[];
}

@ObjectType('EventBalance', {
  description: 'Registrants and attendees by region, organisation type and gender, for an event, a session or a year.',
})
export class EventBalanceObject {
  @Field({ description: 'True for staff: every count exact.' })
  exact!: boolean;

  @Field(() => BalanceGroupObject, { description: 'People registered (confirmed or waiting) at events not cancelled.' })
  registrants!: BalanceGroupObject;

  @Field(() => BalanceGroupObject, { description: 'People staff marked as having attended.' })
  attendees!: BalanceGroupObject;
}

@ObjectType('Certificate', { description: 'A certificate of attendance as PDF (the person and staff).' })
export class CertificateObject {
  @Field(() => ID, { description: 'Stable id of the certificate.' })
  id!: string;

  @Field(() => ID, { description: 'The registration it certifies.' })
  registrationId!: string;

  @Field({ description: 'Its language: one of the six UN languages.' })
  language!: string;

  @Field(() => CertificateStatus, { description: 'Whether it is printed yet.' })
  status!: CertificateStatus;

  @Field(() => String, { nullable: true, description: 'Where to download it (with the access token) once READY.' })
  path!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was asked for.' })
  requestedAt!: Date;
}

@ObjectType('Publication', {
  description: 'A report, journal article or brief of the programme. Published ones are public; drafts are staff only.',
})
export class PublicationObject {
  @Field(() => ID, { description: 'Stable id of the publication.' })
  id!: string;

  @Field(() => PublicationKind, { description: 'Report, journal article or brief.' })
  kind!: PublicationKind;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field(() => [String], { description: 'Authors, each of whom agreed to be named.' })
  authors!: string[];

  @Field({ description: 'Its abstract.' })
  abstract!: string;

  @Field({ description: 'Its language (ISO 639-1).' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'Its DOI, if any.' })
  doi!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is published elsewhere, if anywhere.' })
  url!: string | null;

  @Field(() => ID, { nullable: true, description: 'The negotiation session it informs (its digest cites it).' })
  sessionId!: string | null;

  @Field(() => [ID], { description: 'Ids of its tags.' })
  tagIds!: string[];

  @Field(() => [String], { description: 'Ids of the treaty provisions it concerns.' })
  provisionIds!: string[];

  @Field(() => PublicationStatus, { description: 'DRAFT (staff only) or PUBLISHED.' })
  status!: PublicationStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was published.' })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Path of its open-access file, when it has one.' })
  filePath!: string | null;

  @Field(() => String, { nullable: true, description: 'The file’s name.' })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: 'The file’s media type.' })
  fileType!: string | null;

  @Field(() => Int, { nullable: true, description: 'The file’s size in bytes.' })
  fileBytes!: number | null;

  @Field(() => String, { nullable: true, description: 'The file’s SHA-256, hex.' })
  fileSha256!: string | null;

  @Field(() => Int, { description: 'Pass as expectedVersion to updatePublication.' })
  version!: number;
}

export const ProgrammeEventConnection = ConnectionType(ProgrammeEventObject, 'ProgrammeEvent', 'programme events');
export const EventRegistrationConnection = ConnectionType(
  EventRegistrationObject,
  'EventRegistration',
  'event registrations',
);
export const PublicationConnection = ConnectionType(PublicationObject, 'Publication', 'publications');
