import { registerEnumType } from '@nestjs/graphql';

/** What kind of gathering an event is (issue 15). */
export enum EventType {
  TRAINING = 'TRAINING',
  SIDE_MEETING = 'SIDE_MEETING',
  REGIONAL_MEETING = 'REGIONAL_MEETING',
  OUTREACH_FORUM = 'OUTREACH_FORUM',
}

/** Where people meet: a venue, a call, or both. */
export enum EventFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

/** Who may register. */
export enum RegistrationMode {
  OPEN = 'OPEN',
  INVITATION_ONLY = 'INVITATION_ONLY',
  CLOSED = 'CLOSED',
}

export enum EventStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

/**
 * Self-described, optional, and used only in aggregates (issue 15): shown per person to staff and
 * to the person alone.
 */
export enum GenderIdentity {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  NON_BINARY = 'NON_BINARY',
  SELF_DESCRIBED = 'SELF_DESCRIBED',
  PREFER_NOT_TO_SAY = 'PREFER_NOT_TO_SAY',
}

export enum PublicationKind {
  REPORT = 'REPORT',
  JOURNAL_ARTICLE = 'JOURNAL_ARTICLE',
  BRIEF = 'BRIEF',
}

export enum PublicationStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export enum CertificateStatus {
  QUEUED = 'QUEUED',
  READY = 'READY',
  FAILED = 'FAILED',
}

registerEnumType(EventType, {
  name: 'ProgrammeEventType',
  description: 'What kind of programme event this is.',
  valuesMap: {
    OUTREACH_FORUM: {
      description: 'The policy outreach forum: observations turned into follow-up for organisations and states.',
    },
    REGIONAL_MEETING: { description: 'A meeting of one or more UN regions’ organisations.' },
    SIDE_MEETING: { description: 'A Track 1.5/2 meeting beside a negotiation session, with state delegates.' },
    TRAINING: { description: 'A training for civil-society organisations, covering curriculum modules.' },
  },
});
registerEnumType(EventFormat, {
  name: 'EventFormat',
  description: 'Where the event takes place.',
  valuesMap: {
    HYBRID: { description: 'At a venue and online.' },
    IN_PERSON: { description: 'At a venue only.' },
    ONLINE: { description: 'Online only; the link is given to registered participants.' },
  },
});
registerEnumType(RegistrationMode, {
  name: 'RegistrationMode',
  description: 'Who may register for an event.',
  valuesMap: {
    CLOSED: { description: 'Nobody registers (any more).' },
    INVITATION_ONLY: { description: 'Only people staff invited by email.' },
    OPEN: { description: 'Anyone with an account, until the deadline.' },
  },
});
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Whether the event is going ahead.',
  valuesMap: {
    CANCELLED: { description: 'Cancelled by staff; registrants were told.' },
    SCHEDULED: { description: 'Going ahead as announced.' },
  },
});
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'Where a registration stands.',
  valuesMap: {
    CANCELLED: { description: 'Cancelled by the person or by staff.' },
    CONFIRMED: { description: 'The person has a place.' },
    WAITLISTED: { description: 'The event is full; the person moves up when a place frees.' },
  },
});
registerEnumType(GenderIdentity, {
  name: 'GenderIdentity',
  description:
    'Optional and self-described; used only in aggregates. Shown per person to staff and to the person alone.',
  valuesMap: {
    MAN: { description: 'Man.' },
    NON_BINARY: { description: 'Non-binary.' },
    PREFER_NOT_TO_SAY: { description: 'The person prefers not to say.' },
    SELF_DESCRIBED: { description: 'In the person’s own words (genderSelfDescription).' },
    WOMAN: { description: 'Woman.' },
  },
});
registerEnumType(PublicationKind, {
  name: 'PublicationKind',
  description: 'What kind of publication.',
  valuesMap: {
    BRIEF: { description: 'A policy brief.' },
    JOURNAL_ARTICLE: { description: 'An article, e.g. of the open-access journal special issue.' },
    REPORT: { description: 'A report of the programme.' },
  },
});
registerEnumType(PublicationStatus, {
  name: 'PublicationStatus',
  description: 'Whether the public sees a publication.',
  valuesMap: {
    DRAFT: { description: 'Staff only.' },
    PUBLISHED: { description: 'Listed publicly; its file downloads for anyone.' },
  },
});
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'Where a certificate of attendance stands.',
  valuesMap: {
    FAILED: { description: 'It could not be printed; ask again.' },
    QUEUED: { description: 'Being printed by the worker.' },
    READY: { description: 'Ready to download.' },
  },
});
