import { renderMarkdown } from '@app/text';
import {
  CertificateEntity,
  CertificateStatus,
  EventInvitationEntity,
  EventOutcomeEntity,
  EventRegistrationEntity,
  ProgrammeEventEntity,
  PublicationEntity,
  TrainingModuleEntity,
} from '../entities';
import { acceptsRegistrations, outcomeSpeakers } from '../services/event-rules';
import { publicationFilePath } from '../services/publication.service';
import {
  CertificateObject,
  EventInvitationObject,
  EventOutcomeObject,
  EventRegistrationObject,
  ProgrammeEventObject,
  PublicationObject,
  TrainingModuleObject,
} from './programme.objects';

/**
 * The mappers are where private fields are left out: an event object carries no online link (the
 * `onlineLink` field resolver decides who gets it), a registration object is only ever built for
 * its person or staff, an outcome's speakers go through outcomeSpeakers.
 */
export function toEventObject(e: ProgrammeEventEntity, now: Date): ProgrammeEventObject {
  return {
    record: e,
    id: e.id,
    type: e.type,
    title: e.title,
    description: e.description,
    descriptionHtml: renderMarkdown(e.description),
    sessionId: e.sessionId,
    regions: e.regions,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    format: e.format,
    venue: e.venue,
    hasOnlineLink: !!e.onlineUrl,
    languages: e.languages,
    interpretation: e.interpretation,
    capacity: e.capacity,
    registrationMode: e.registrationMode,
    registrationDeadline: e.registrationDeadline,
    acceptingRegistrations: acceptsRegistrations(e, now),
    chathamHouse: e.chathamHouse,
    status: e.status,
    cancellationReason: e.cancellationReason,
    icsPath: `/calendar/events/${e.id}.ics`,
    version: e.version,
  };
}

export function toRegistrationObject(r: EventRegistrationEntity): EventRegistrationObject {
  return {
    record: r,
    id: r.id,
    eventId: r.eventId,
    status: r.status,
    organisationId: r.organisationId,
    region: r.region,
    needs: r.needs,
    genderIdentity: r.genderIdentity,
    genderSelfDescription: r.genderSelfDescription,
    consentedAt: r.consentedAt,
    attended: r.attended,
    createdAt: r.createdAt,
    version: r.version,
  };
}

export function toOutcomeObject(
  o: EventOutcomeEntity,
  event: Pick<ProgrammeEventEntity, 'chathamHouse'>,
): EventOutcomeObject {
  return {
    record: o,
    chathamHouse: event.chathamHouse,
    eventId: o.eventId,
    keyMessages: o.keyMessages,
    keyMessagesHtml: renderMarkdown(o.keyMessages),
    tagIds: o.tagIds,
    provisionIds: o.provisionIds,
    noGenderConsiderations: o.noGenderConsiderations,
    noHumanRightsConsiderations: o.noHumanRightsConsiderations,
    speakers: outcomeSpeakers(event, o),
    updatedAt: o.updatedAt,
    version: o.version,
  };
}

export function toModuleObject(m: TrainingModuleEntity): TrainingModuleObject {
  return {
    id: m.id,
    title: m.title,
    summary: m.summary,
    materials: m.materials,
    materialsHtml: renderMarkdown(m.materials),
    languages: m.languages,
    position: m.position,
    active: m.active,
    version: m.version,
  };
}

export function toInvitationObject(i: EventInvitationEntity): EventInvitationObject {
  return {
    id: i.id,
    eventId: i.eventId,
    email: i.emailNormalized,
    expiresAt: i.expiresAt,
    acceptedAt: i.acceptedAt,
    createdAt: i.createdAt,
  };
}

export function toCertificateObject(c: CertificateEntity): CertificateObject {
  return {
    id: c.id,
    registrationId: c.registrationId,
    language: c.language,
    status: c.status,
    path: c.status === CertificateStatus.READY ? `/files/certificates/${c.id}` : null,
    requestedAt: c.requestedAt,
  };
}

export function toPublicationObject(p: PublicationEntity): PublicationObject {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    authors: p.authors,
    abstract: p.abstract,
    language: p.language,
    doi: p.doi,
    url: p.url,
    sessionId: p.sessionId,
    tagIds: p.tagIds,
    provisionIds: p.provisionIds,
    status: p.status,
    publishedAt: p.publishedAt,
    filePath: p.fileKey ? publicationFilePath(p.id) : null,
    fileName: p.fileName,
    fileType: p.fileType,
    fileBytes: p.fileBytes === null ? null : Number(p.fileBytes),
    fileSha256: p.fileSha256,
    version: p.version,
  };
}
