/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An internal note to add to a submission. */
export type AddModerationNoteInput = {
  /** The note (1 to 5,000 characters). */
  body: string;
  /** The submission. */
  submissionId: string | number;
};

/** An appeal against a rejection. */
export type AppealDecisionInput = {
  /** Why the organisation appeals (1 to 5,000 characters); shown to moderators and staff. */
  reason: string;
  /** The REJECTED submission. */
  submissionId: string | number;
};

/** Staff’s answer to an appeal against a rejection. */
export type AppealResolution =
  /** The rejection is overturned: the submission is APPROVED. */
  | 'OVERTURN'
  /** The rejection stands (REJECTED, final). */
  | 'UPHOLD';

/** One person’s attendance. */
export type AttendanceEntryInput = {
  /** Whether they attended. */
  attended: boolean;
  /** A confirmed registration for the event. */
  registrationId: string | number;
};

/** Narrows the audit trail; every given field must match. */
export type AuditEventFilter = {
  /** Only events of this action. */
  action?: string | null | undefined;
  /** Only events by this person (sealed events are never matched). */
  actorId?: string | number | null | undefined;
  /** Only events on this entity. */
  entityId?: string | null | undefined;
  /** Only events on this kind of entity. */
  entityType?: string | null | undefined;
  /** Events at or after this time. */
  from?: string | null | undefined;
  /** Events before this time. */
  to?: string | null | undefined;
};

/** Cancelling an event (staff): everyone registered or waiting is told. */
export type CancelEventInput = {
  /** The event. */
  id: string | number;
  /** Why, in a sentence or two; sent to registrants. */
  reason?: string | null | undefined;
};

/** Where a certificate of attendance stands. */
export type CertificateStatus =
  /** It could not be printed; ask again. */
  | 'FAILED'
  /** Being printed by the worker. */
  | 'QUEUED'
  /** Ready to download. */
  | 'READY';

/** What to compile: a session’s digest in one edition. */
export type CompileDigestInput = {
  /** PUBLIC or INTERNAL. */
  edition: DigestEdition;
  /** The negotiation session. */
  sessionId: string | number;
};

/** Where a co-signing invitation stands. */
export type CosignatureStatus =
  /** Co-signed, for the current text. */
  | 'ACCEPTED'
  /** The invited organisation declined. */
  | 'DECLINED'
  /** Waiting for the invited organisation’s answer (again, after the text changed). */
  | 'PENDING';

/** Narrows coverage to some rounds; every given field must match. */
export type CoverageFilter = {
  /** Only rounds of this UN regional group. */
  region?: Region | null | undefined;
  /** Only this round. */
  roundId?: string | number | null | undefined;
  /** Only rounds of this negotiation session. */
  sessionId?: string | number | null | undefined;
};

/** A consultation round to create. It starts as a DRAFT, visible to staff only, until scheduled. */
export type CreateConsultationRoundInput = {
  /** When submissions close: after opensAt. */
  closesAt: string;
  /** What the round is about (at most 10,000 characters). */
  description?: string | null | undefined;
  /** Up to 20 questions submitters are asked to address (each at most 1,000 characters). */
  guidingQuestions?: Array<string> | null | undefined;
  /** 1 to 40 ISO 639-1 codes submissions may be written in; default the six UN languages (ar, zh, en, fr, ru, es). */
  languages?: Array<string> | null | undefined;
  /** When submissions open. */
  opensAt: string;
  /** The UN regional group whose organisations submit in it. */
  region: Region;
  /** Revisions are accepted until then: not before closesAt; default closesAt + 7 days. */
  revisionsCloseAt?: string | null | undefined;
  /** The negotiation session it prepares. */
  sessionId: string | number;
  /** IANA time zone in which the round announces its dates; default UTC. */
  timeZone?: string | null | undefined;
  /** Its title (1 to 300 characters). */
  title: string;
  /** The most words a body may have, 50 to 20,000; default 2,000 (the AHC rule). */
  wordLimit?: number | null | undefined;
};

/** A new event (staff). */
export type CreateEventInput = {
  /** Places; absent or null for no limit. */
  capacity?: number | null | undefined;
  /** Held under the Chatham House Rule (default false). */
  chathamHouse?: boolean | null | undefined;
  /** What it is about, as Markdown (at most 20,000 characters). */
  description?: string | null | undefined;
  /** When it ends (after it starts). */
  endsAt: string;
  /** In person, online or both. */
  format: EventFormat;
  /** Languages interpreted into (ISO 639-1). */
  interpretation?: Array<string> | null | undefined;
  /** Languages spoken (ISO 639-1); default English. */
  languages?: Array<string> | null | undefined;
  /** Training modules it covers (TRAINING events only). */
  moduleIds?: Array<string | number> | null | undefined;
  /** The https link to join online: shown to staff and to people holding a confirmed place only. */
  onlineUrl?: string | null | undefined;
  /** The UN regions it is for; empty for every region. */
  regions?: Array<Region> | null | undefined;
  /** Registrations close then (at the latest at the start). */
  registrationDeadline?: string | null | undefined;
  /** Who may register. */
  registrationMode: RegistrationMode;
  /** The negotiation session it runs beside (null clears it on update). */
  sessionId?: string | number | null | undefined;
  /** When it starts. */
  startsAt: string;
  /** IANA time zone its times are announced in; default UTC. */
  timeZone?: string | null | undefined;
  /** Its title (at most 300 characters). */
  title: string;
  /** What kind of event. */
  type: ProgrammeEventType;
  /** The venue (needed for in-person and hybrid events). */
  venue?: string | null | undefined;
};

/** A negotiation session to create. */
export type CreateNegotiationSessionInput = {
  /** When it ends: not before startsAt. */
  endsAt: string;
  /** Where it meets (1 to 200 characters). */
  location: string;
  /** The negotiation process (1 to 500 characters). */
  processName: string;
  /** When it opens. */
  startsAt: string;
  /** Its title (1 to 300 characters). */
  title: string;
};

/** A civil-society organisation to create; it starts PENDING until staff verify it. */
export type CreateOrganisationInput = {
  /** ISO 3166-1 alpha-2 code, e.g. "KE" */
  country: string;
  /** What it does (at most 5,000 characters); shown to whoever may see the organisation. */
  description?: string | null | undefined;
  /** The organisation’s name (1 to 200 characters), as digests and co-signers show it. */
  name: string;
  /** Only used where the country belongs to no UN regional group. */
  region?: Region | null | undefined;
  /** What kind of organisation it is. */
  type: OrganisationType;
  /** Its website: an http(s) URL of at most 300 characters. */
  website?: string | null | undefined;
};

/** A new publication (staff), as a DRAFT. */
export type CreatePublicationInput = {
  /** The abstract (at most 5,000 characters). */
  abstract?: string | null | undefined;
  /** Authors, each of whom agreed to be named. */
  authors?: Array<string> | null | undefined;
  /** True once every author named agreed to be (needed to name any). */
  authorsConsented?: boolean | null | undefined;
  /** Its DOI, e.g. 10.1234/abcd (null clears it on update). */
  doi?: string | null | undefined;
  /** Report, journal article or brief. */
  kind: PublicationKind;
  /** Its language (ISO 639-1). */
  language: string;
  /** Treaty provisions it concerns. */
  provisionIds?: Array<string> | null | undefined;
  /** The negotiation session it informs (null clears it). */
  sessionId?: string | number | null | undefined;
  /** Tags from the vocabulary. */
  tagIds?: Array<string | number> | null | undefined;
  /** Its title. */
  title: string;
  /** Where it is published elsewhere (https; null clears it). */
  url?: string | null | undefined;
};

/** A draft position to start in a round of the organisation’s region. */
export type CreateSubmissionInput = {
  /** Markdown (rendered sanitised), within the round’s word limit counted for the language. */
  body: string;
  /** Who may learn that this organisation wrote it (see Disclosure). */
  disclosure: Disclosure;
  /** ISO 639-1 code, among the round’s languages. */
  language: string;
  /** The caller’s VERIFIED organisation that submits it. */
  organisationId: string | number;
  /** Up to 50 treaty provision ids it cites (e.g. `article-23`); each must exist. */
  provisionIds?: Array<string> | null | undefined;
  /** The round (SCHEDULED or OPEN) of the organisation’s region. */
  roundId: string | number;
  /** Up to 20 active tags the submitter suggests to moderators. */
  suggestedTagIds?: Array<string | number> | null | undefined;
  /** At most 100 words (counted for the language) and 2,000 characters. */
  summary: string;
  /** Its title (1 to 300 characters). */
  title: string;
};

/** A tag to add to the vocabulary. */
export type CreateTagInput = {
  /** Its category. */
  category: TagCategory;
  /** What it means (at most 2,000 characters). */
  description?: string | null | undefined;
  /** What people read (1 to 200 characters). */
  label: string;
  /** Lower-case words joined by dashes (at most 80 characters), unique within the category. */
  slug: string;
};

/** A moderator’s decision on a submission they hold a claim on. */
export type DecideSubmissionInput = {
  /** APPROVE, REJECT or REQUEST_CHANGES. */
  decision: ModerationDecision;
  /** The version the caller loaded; CONFLICT if it changed since. */
  expectedVersion: number;
  /** To the submitter; required to REJECT or REQUEST_CHANGES. */
  message?: string | null | undefined;
  /** Why: one of the reasons the decision accepts (see ReasonCode). */
  reasonCode: ReasonCode;
  /** The submission (UNDER_REVIEW). */
  submissionId: string | number;
  /** The tags and the review to record with the decision, in the same request and by the same rules as setSubmissionTags (the decision then reads them). Left out, the recorded ones stand. */
  tags?: TagReviewInput | null | undefined;
};

/** What a digest includes and whose names it shows (ANONYMOUS submitters stay masked in both). */
export type DigestEdition =
  /** Every approved submission (INTERNAL_ONLY included), naming REGION_ONLY organisations. */
  | 'INTERNAL'
  /** Approved submissions whose disclosure may be published, attributed as the public sees them. */
  | 'PUBLIC';

/** A digest file’s format; each downloads from `GET /digests/:id/files/:format` with the format in lower case. */
export type DigestFormat =
  /** One row per entry; cells are safe from formula injection. */
  | 'CSV'
  /** A Word document. */
  | 'DOCX'
  /** A standalone HTML page. */
  | 'HTML'
  /** The canonical form: the content hash is computed over it. */
  | 'JSON'
  /** Markdown. */
  | 'MD'
  /** PDF, printed with all six UN languages’ scripts (Arabic right to left). */
  | 'PDF';

/** What the worker is doing with a digest, in order; a retried compile starts again at READING_ENTRIES. */
export type DigestPhase =
  /** READY or UNCHANGED: nothing left to do. */
  | 'DONE'
  /** Compiling failed: see error and errorId. */
  | 'FAILED'
  /** Writing the index by tag. */
  | 'INDEXING'
  /** Chromium prints the PDF from the HTML, in chunks. */
  | 'PRINTING_PDF'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Reading the approved versions in one snapshot and streaming them to every format. */
  | 'READING_ENTRIES'
  /** The files go to storage. */
  | 'STORING_FILES'
  /** Putting the cover, statistics and changes in front of the entries. */
  | 'WRITING_FILES';

/** Where a digest stands: QUEUED → COMPILING → READY | UNCHANGED | FAILED; READY → PUBLISHED. */
export type DigestStatus =
  /** The worker is compiling it (see progress). */
  | 'COMPILING'
  /** Compiling failed: see error; ask again. */
  | 'FAILED'
  /** Published by staff: anyone may read and download it. */
  | 'PUBLISHED'
  /** Waiting for the worker. */
  | 'QUEUED'
  /** Compiled as a new version: staff may review and publish it. */
  | 'READY'
  /** Compiled to exactly the content of an existing version: see sameAsId. */
  | 'UNCHANGED';

/** Who may learn which organisation wrote (or co-signed) a submission, chosen per submission and per co-signer. A person’s name never appears in any digest or public output. */
export type Disclosure =
  /** Public outputs show “a civil-society organisation from <region>”, and moderators never see the organisation; staff may reveal it with a reason (audited). */
  | 'ANONYMOUS'
  /** Never published: only in the INTERNAL digest edition; moderators see the name. */
  | 'INTERNAL_ONLY'
  /** Public outputs show the organisation’s name; moderators see it. */
  | 'NAMED'
  /** Public outputs show “a civil-society organisation from <region>”; moderators, staff and the INTERNAL digest see the name. */
  | 'REGION_ONLY';

/** Whose balance: exactly one of an event, a session or a year. */
export type EventBalanceFilter = {
  /** One event. */
  eventId?: string | number | null | undefined;
  /** Every event beside one negotiation session. */
  sessionId?: string | number | null | undefined;
  /** Every event starting in this calendar year (UTC). */
  year?: number | null | undefined;
};

/** Which events to list. */
export type EventFilter = {
  /** Events that end after this moment. */
  from?: string | null | undefined;
  /** Events for this region (events for every region included). */
  region?: Region | null | undefined;
  /** Events beside this negotiation session. */
  sessionId?: string | number | null | undefined;
  /** Events that start before this moment. */
  to?: string | null | undefined;
  /** Events of this kind. */
  type?: ProgrammeEventType | null | undefined;
};

/** Where the event takes place. */
export type EventFormat =
  /** At a venue and online. */
  | 'HYBRID'
  /** At a venue only. */
  | 'IN_PERSON'
  /** Online only; the link is given to registered participants. */
  | 'ONLINE';

/** Whether the event is going ahead. */
export type EventStatus =
  /** Cancelled by staff; registrants were told. */
  | 'CANCELLED'
  /** Going ahead as announced. */
  | 'SCHEDULED';

/** Optional and self-described; used only in aggregates. Shown per person to staff and to the person alone. */
export type GenderIdentity =
  /** Man. */
  | 'MAN'
  /** Non-binary. */
  | 'NON_BINARY'
  /** The person prefers not to say. */
  | 'PREFER_NOT_TO_SAY'
  /** In the person’s own words (genderSelfDescription). */
  | 'SELF_DESCRIBED'
  /** Woman. */
  | 'WOMAN';

/** A platform role for a person. */
export type GrantRoleInput = {
  /** MODERATOR or STAFF. */
  role: PlatformRole;
  /** The person. */
  userId: string | number;
};

/** An invitation to another organisation to co-sign. */
export type InviteCosignerInput = {
  /** The VERIFIED organisation invited (not the submitting one). */
  organisationId: string | number;
  /** The caller’s organisation’s submission. */
  submissionId: string | number;
};

/** An invitation by email to join an organisation. */
export type InviteMemberInput = {
  /** Where the invitation link goes; the person accepts it logged in with this address. */
  email: string;
  /** The organisation (VERIFIED) the person is invited to. */
  organisationId: string | number;
  /** The role the person gets on accepting: MEMBER unless given. */
  role?: MemberRole;
};

/** Inviting people to an event by email (staff), with or without an account. */
export type InviteToEventInput = {
  /** Email addresses (1 to 100). */
  emails: Array<string>;
  /** The event. */
  eventId: string | number;
};

/** Credentials to log in with. */
export type LoginInput = {
  /** The account’s email address, any case. */
  email: string;
  /** The account’s password. */
  password: string;
};

/** Recording who attended (staff), once the event has started. */
export type MarkAttendanceInput = {
  /** One entry per person (1 to 100). */
  entries: Array<AttendanceEntryInput>;
  /** The event. */
  eventId: string | number;
};

/** A person’s role in an organisation. An organisation always keeps at least one ADMIN. */
export type MemberRole =
  /** Does everything a member does, and invites and removes members and answers co-signing invitations. */
  | 'ADMIN'
  /** Drafts, submits and revises the organisation’s positions. */
  | 'MEMBER';

/** A moderator’s decision on a submission UNDER_REVIEW. */
export type ModerationDecision =
  /** APPROVED: goes into the digest. Needs the gender and human-rights review done; reason IN_SCOPE. */
  | 'APPROVE'
  /** REJECTED, with a reason and a message to the submitter, who may appeal once. */
  | 'REJECT'
  /** CHANGES_REQUESTED, with a reason and a message: the submitter revises until revisionsCloseAt. */
  | 'REQUEST_CHANGES';

/** Narrows the moderation queue; every given field must match. */
export type ModerationQueueFilter = {
  /** Only items the caller holds a live claim on. */
  claimedByMe?: boolean | null | undefined;
  /** Only items with a near-duplicate (see similarSubmissions). */
  hasSimilar?: boolean | null | undefined;
  /** Only items in this language (ISO 639-1). */
  language?: string | null | undefined;
  /** Only items carrying no tag of this category (e.g. approved items without a GENDER tag). */
  missingTagCategory?: TagCategory | null | undefined;
  /** Only items whose gender and human-rights review is not recorded yet. */
  needsTagReview?: boolean | null | undefined;
  /** Only items of this UN regional group. */
  region?: Region | null | undefined;
  /** Only items of this round. */
  roundId?: string | number | null | undefined;
  /** Only items of this negotiation session. */
  sessionId?: string | number | null | undefined;
  /** SUBMITTED, UNDER_REVIEW or APPEALED (default: all three, the items waiting); APPROVED, REJECTED or CHANGES_REQUESTED list decided items, read-only. */
  status?: SubmissionStatus | null | undefined;
  /** Only items carrying all of these tags (at most 10). */
  tagIds?: Array<string | number> | null | undefined;
  /** Only items nobody holds a live claim on. */
  unclaimed?: boolean | null | undefined;
};

/** Narrows the organisations list; every given field must match. */
export type OrganisationFilter = {
  /** Only organisations of this UN regional group. */
  region?: Region | null | undefined;
  /** Matches part of the name, any case. */
  search?: string | null | undefined;
  /** Only organisations in this review status. */
  status?: OrganisationStatus | null | undefined;
};

/** Where staff’s review of an organisation stands. Only VERIFIED organisations submit, co-sign and invite members. */
export type OrganisationStatus =
  /** Created, waiting for staff to verify or reject it. */
  | 'PENDING'
  /** Refused by staff (final). */
  | 'REJECTED'
  /** Verified once, suspended by staff; staff may verify it again. */
  | 'SUSPENDED'
  /** Verified by staff: it may submit, co-sign and invite members. */
  | 'VERIFIED';

/** What kind of civil-society organisation it is. */
export type OrganisationType =
  /** A university, research institute or academic network. */
  | 'ACADEMIA'
  /** A non-governmental organisation. */
  | 'NGO'
  /** Anything else. */
  | 'OTHER'
  /** A company or business association. */
  | 'PRIVATE_SECTOR'
  /** A technical body (standards, internet infrastructure, security research). */
  | 'TECHNICAL_COMMUNITY';

/** Roles held across the platform (CSO people hold none; a person may hold both). Staff grant and revoke them. */
export type PlatformRole =
  /** Triages the moderation queue: claims, tags and decides submissions, never those of their own organisations. */
  | 'MODERATOR'
  /** Programme staff: sessions and rounds, organisations, roles, tags, appeals, digests, the audit trail; also moderates. */
  | 'STAFF';

/** What kind of programme event this is. */
export type ProgrammeEventType =
  /** The policy outreach forum: observations turned into follow-up for organisations and states. */
  | 'OUTREACH_FORUM'
  /** A meeting of one or more UN regions’ organisations. */
  | 'REGIONAL_MEETING'
  /** A Track 1.5/2 meeting beside a negotiation session, with state delegates. */
  | 'SIDE_MEETING'
  /** A training for civil-society organisations, covering curriculum modules. */
  | 'TRAINING';

/** Whether a treaty provision is a chapter or an article. */
export type ProvisionKind =
  /** An article, within a chapter. */
  | 'ARTICLE'
  /** A chapter: a group of articles. */
  | 'CHAPTER';

/** Which publications to list. */
export type PublicationFilter = {
  /** Publications of this kind. */
  kind?: PublicationKind | null | undefined;
  /** Publications in this language. */
  language?: string | null | undefined;
  /** Full-text search in titles, authors and abstracts (as for submissions). */
  search?: string | null | undefined;
  /** Publications informing this session. */
  sessionId?: string | number | null | undefined;
  /** Staff: DRAFT or PUBLISHED (others see PUBLISHED only). */
  status?: PublicationStatus | null | undefined;
  /** Publications carrying all of these tags. */
  tagIds?: Array<string | number> | null | undefined;
};

/** What kind of publication. */
export type PublicationKind =
  /** A policy brief. */
  | 'BRIEF'
  /** An article, e.g. of the open-access journal special issue. */
  | 'JOURNAL_ARTICLE'
  /** A report of the programme. */
  | 'REPORT';

/** Whether the public sees a publication. */
export type PublicationStatus =
  /** Staff only. */
  | 'DRAFT'
  /** Listed publicly; its file downloads for anyone. */
  | 'PUBLISHED';

/** Fixed list of decision reasons; each decision accepts some of them (APPROVE: IN_SCOPE; REJECT: OUT_OF_SCOPE, DUPLICATE, SPAM, ABUSIVE_CONTENT, INSUFFICIENT_SUBSTANCE, PERSONAL_DATA; REQUEST_CHANGES: NEEDS_CLARIFICATION, MISSING_PROVISIONS, FORMATTING, PERSONAL_DATA, INSUFFICIENT_SUBSTANCE). */
export type ReasonCode =
  /** Abusive or hateful content. */
  | 'ABUSIVE_CONTENT'
  /** Repeats another submission. */
  | 'DUPLICATE'
  /** The text’s form gets in the way of reading it. */
  | 'FORMATTING'
  /** Too thin to be of use as it stands. */
  | 'INSUFFICIENT_SUBSTANCE'
  /** Within the consultation’s scope (to approve). */
  | 'IN_SCOPE'
  /** Should cite the treaty provisions it addresses. */
  | 'MISSING_PROVISIONS'
  /** Unclear: needs rewording or explanation. */
  | 'NEEDS_CLARIFICATION'
  /** Outside the consultation’s scope. */
  | 'OUT_OF_SCOPE'
  /** Contains personal data that must not be published. */
  | 'PERSONAL_DATA'
  /** Not a position: advertising or noise. */
  | 'SPAM';

/** An event’s outcome (staff): recorded once the event has taken place, then changed with expectedVersion. */
export type RecordEventOutcomeInput = {
  /** The event. */
  eventId: string | number;
  /** The outcome’s version when changing it; absent the first time. */
  expectedVersion?: number | null | undefined;
  /** Key messages, as Markdown (at most 20,000 characters). */
  keyMessages: string;
  /** Reviewed: no gender considerations (instead of a GENDER tag). */
  noGenderConsiderations: boolean;
  /** Reviewed: no human-rights considerations (instead of a HUMAN_RIGHTS tag). */
  noHumanRightsConsiderations: boolean;
  /** Treaty provisions it concerns. */
  provisionIds: Array<string>;
  /** Speakers who agreed to be named (refused for a Chatham House event). */
  speakers?: Array<string> | null | undefined;
  /** Tags from the vocabulary. */
  tagIds: Array<string | number>;
};

/** UN regional group. An organisation’s is derived from its country where the country is in one. */
export type Region =
  /** The African Group. */
  | 'AG'
  /** The Asia-Pacific Group. */
  | 'APG'
  /** The Eastern European Group. */
  | 'EEG'
  /** The Latin American and Caribbean Group. */
  | 'GRULAC'
  /** The Western European and Others Group. */
  | 'WEOG';

/** Registering for an event. */
export type RegisterForEventInput = {
  /** You agree that these answers are kept for the event (must be true). */
  consent: boolean;
  /** The event. */
  eventId: string | number;
  /** Optional; used only in aggregates. Seen by staff only. */
  genderIdentity?: GenderIdentity | null | undefined;
  /** In your own words, with genderIdentity SELF_DESCRIBED. */
  genderSelfDescription?: string | null | undefined;
  /** The token of your invitation link (INVITATION_ONLY events). */
  invitationToken?: string | null | undefined;
  /** Accessibility or other needs, in your words. Seen by staff only. */
  needs?: string | null | undefined;
  /** The organisation you come for (you must be a member of it). */
  organisationId?: string | number | null | undefined;
};

/** A new account: answered the same whether or not the email already has one. */
export type RegisterInput = {
  /** The name other people see (1 to 100 characters); never shown in public outputs. */
  displayName: string;
  /** The person’s email address (at most 254 characters); the verification link goes there. */
  email: string;
  /** At most 200 characters; refused (BAD_USER_INPUT naming `password`) when too short, too common, or made of the email. */
  password: string;
};

/** Who may register for an event. */
export type RegistrationMode =
  /** Nobody registers (any more). */
  | 'CLOSED'
  /** Only people staff invited by email. */
  | 'INVITATION_ONLY'
  /** Anyone with an account, until the deadline. */
  | 'OPEN';

/** Where a registration stands. */
export type RegistrationStatus =
  /** Cancelled by the person or by staff. */
  | 'CANCELLED'
  /** The person has a place. */
  | 'CONFIRMED'
  /** The event is full; the person moves up when a place frees. */
  | 'WAITLISTED';

/** A member to remove (or the caller, to leave). */
export type RemoveMemberInput = {
  /** The organisation. */
  organisationId: string | number;
  /** The member to remove; the caller’s own id to leave. */
  userId: string | number;
};

/** Asking for a certificate of attendance. */
export type RequestCertificateInput = {
  /** One of the six UN languages: ar, zh, en, fr, ru, es. */
  language: string;
  /** Your registration, marked attended. */
  registrationId: string | number;
};

/** A new password, with the token of the emailed reset link. */
export type ResetPasswordInput = {
  /** The new password (at most 200 characters; the same strength rules as at registration). */
  newPassword: string;
  /** The token from the reset link (valid for one hour, once). */
  token: string;
};

/** Staff’s answer to an open appeal. */
export type ResolveAppealInput = {
  /** UPHOLD or OVERTURN. */
  decision: AppealResolution;
  /** The version the caller loaded; CONFLICT if it changed since. */
  expectedVersion: number;
  /** A message to the submitting organisation (at most 5,000 characters). */
  message?: string | null | undefined;
  /** The APPEALED submission. */
  submissionId: string | number;
};

/** An invited organisation’s answer to a co-signing invitation. */
export type RespondToCosignatureInput = {
  /** True to co-sign the current text, false to decline. */
  accept: boolean;
  /** The invitation (a Cosignature’s id). */
  cosignatureId: string | number;
  /** Required to accept: how the co-signing organisation is shown. */
  disclosure?: Disclosure | null | undefined;
};

/** A request to learn which organisation wrote an ANONYMOUS submission. */
export type RevealSubmitterInput = {
  /** Why (1 to 2,000 characters); kept in the audit trail. */
  reason: string;
  /** The ANONYMOUS submission. */
  submissionId: string | number;
};

/** What staff decide about an organisation. */
export type ReviewDecision =
  /** PENDING → REJECTED, with a note to the organisation. */
  | 'REJECT'
  /** VERIFIED → SUSPENDED, with a note: it can no longer submit, co-sign or invite. */
  | 'SUSPEND'
  /** PENDING or SUSPENDED → VERIFIED: it may submit, co-sign and invite members. */
  | 'VERIFY';

/** Staff’s decision on an organisation: PENDING → VERIFIED or REJECTED; VERIFIED ⇄ SUSPENDED. */
export type ReviewOrganisationInput = {
  /** VERIFY, REJECT or SUSPEND. */
  decision: ReviewDecision;
  /** The organisation’s version the reviewer saw: a stale one answers CONFLICT and changes nothing. */
  expectedVersion?: number | null | undefined;
  /** Required to REJECT or SUSPEND; shown to the organisation. */
  note?: string | null | undefined;
  /** The organisation reviewed. */
  organisationId: string | number;
};

/** A platform role to take away from a person. */
export type RevokeRoleInput = {
  /** MODERATOR or STAFF. */
  role: PlatformRole;
  /** The person. */
  userId: string | number;
};

/** Where a consultation round stands: DRAFT → SCHEDULED → OPEN → CLOSED → ARCHIVED. OPEN and CLOSED follow from the clock and the round’s dates, never from whether a job ran on time. */
export type RoundStatus =
  /** Finished and kept for the record: nothing is accepted. */
  | 'ARCHIVED'
  /** Past closesAt (or closed by staff): only revisions, until revisionsCloseAt. */
  | 'CLOSED'
  /** Being prepared by staff; visible to staff only. */
  | 'DRAFT'
  /** Between opensAt and closesAt: submissions are accepted. */
  | 'OPEN'
  /** Public, before opensAt: organisations may start drafts. */
  | 'SCHEDULED';

/** The tags of a submission and its gender and human-rights review, replacing what was recorded. */
export type SetSubmissionTagsInput = {
  /** The version the caller loaded; CONFLICT if it changed since. */
  expectedVersion: number;
  /** The text raises no gender considerations (only without a GENDER tag). */
  noGenderConsiderations?: boolean;
  /** The text raises no human-rights considerations (only without a HUMAN_RIGHTS tag). */
  noHumanRightsConsiderations?: boolean;
  /** The submission (UNDER_REVIEW and claimed by the caller; or APPEALED, for staff). */
  submissionId: string | number;
  /** Up to 30 active tags, replacing the previous ones. */
  tagIds: Array<string | number>;
};

/** Narrows the submissions list; every given field must match. It never widens what the caller may see. */
export type SubmissionFilterInput = {
  /** Only submissions in this language (ISO 639-1); search then stems in it. */
  language?: string | null | undefined;
  /** Only this organisation’s submissions, among those whose organisation the caller may learn (so the filter cannot unmask an ANONYMOUS or REGION_ONLY one). */
  organisationId?: string | number | null | undefined;
  /** Submissions that cite this treaty provision (e.g. "article-23"). */
  provisionId?: string | number | null | undefined;
  /** Only submissions of this UN regional group. */
  region?: Region | null | undefined;
  /** Only submissions of this round. */
  roundId?: string | number | null | undefined;
  /** Full-text search, ranked; stems words in the submission’s language. */
  search?: string | null | undefined;
  /** Only submissions of this negotiation session’s rounds. */
  sessionId?: string | number | null | undefined;
  /** Only submissions in this status. */
  status?: SubmissionStatus | null | undefined;
  /** Submissions carrying all of these tags. */
  tagIds?: Array<string | number> | null | undefined;
};

/** Where a submission stands: DRAFT → SUBMITTED → UNDER_REVIEW → APPROVED | REJECTED | CHANGES_REQUESTED; CHANGES_REQUESTED → SUBMITTED (a revision); REJECTED → APPEALED → APPROVED | REJECTED; DRAFT, SUBMITTED and CHANGES_REQUESTED → WITHDRAWN. Any other move answers CONFLICT and changes nothing. */
export type SubmissionStatus =
  /** The organisation appealed the rejection; staff decide. */
  | 'APPEALED'
  /** Approved: it goes into the session’s digest, and is published if its disclosure allows. */
  | 'APPROVED'
  /** A moderator asked for changes: revise and submit again before revisionsCloseAt. */
  | 'CHANGES_REQUESTED'
  /** Being written; seen only by its organisation (and invited co-signers). */
  | 'DRAFT'
  /** Rejected with a reason; the organisation may appeal once. */
  | 'REJECTED'
  /** Submitted (an immutable version), waiting in the moderation queue. */
  | 'SUBMITTED'
  /** A moderator claimed it and is reviewing it. */
  | 'UNDER_REVIEW'
  /** Withdrawn by its organisation (final). */
  | 'WITHDRAWN';

/** A submission to submit (or re-submit after changes were requested). */
export type SubmitSubmissionInput = {
  /** The version the caller loaded; CONFLICT if it changed since. */
  expectedVersion: number;
  /** The submission. */
  id: string | number;
};

/** What a tag is about. Approving a submission needs at least one GENDER tag (or “no gender considerations”) and the same for HUMAN_RIGHTS. */
export type TagCategory =
  /** Gender considerations of a position. */
  | 'GENDER'
  /** Human-rights considerations of a position. */
  | 'HUMAN_RIGHTS'
  /** The subject a position addresses. */
  | 'THEME';

/** A submission’s tags and its gender and human-rights review, replacing what was recorded: with a decision (decideSubmission) or alone (setSubmissionTags). */
export type TagReviewInput = {
  /** The text raises no gender considerations (only without a GENDER tag). */
  noGenderConsiderations?: boolean;
  /** The text raises no human-rights considerations (only without a HUMAN_RIGHTS tag). */
  noHumanRightsConsiderations?: boolean;
  /** Up to 30 active tags, replacing the previous ones. */
  tagIds: Array<string | number>;
};

/** Changes to a round that has not closed: only the fields given change; new dates reschedule its open and close jobs. */
export type UpdateConsultationRoundInput = {
  /** A new closing: after opensAt. */
  closesAt?: string | null | undefined;
  /** What the round is about (at most 10,000 characters). */
  description?: string | null | undefined;
  /** The version the caller loaded; CONFLICT if it changed since. */
  expectedVersion: number;
  /** Up to 20 questions submitters are asked to address (each at most 1,000 characters). */
  guidingQuestions?: Array<string> | null | undefined;
  /** The round. */
  id: string | number;
  /** 1 to 40 ISO 639-1 codes submissions may be written in; default the six UN languages (ar, zh, en, fr, ru, es). */
  languages?: Array<string> | null | undefined;
  /** A new opening (not once the round is open). */
  opensAt?: string | null | undefined;
  /** Revisions are accepted until then: not before closesAt; default closesAt + 7 days. */
  revisionsCloseAt?: string | null | undefined;
  /** IANA time zone in which the round announces its dates; default UTC. */
  timeZone?: string | null | undefined;
  /** A new title. */
  title?: string | null | undefined;
  /** The most words a body may have, 50 to 20,000; default 2,000 (the AHC rule). */
  wordLimit?: number | null | undefined;
};

/** Changes to an event (staff): absent fields stay; null clears session, venue, link, capacity or deadline. */
export type UpdateEventInput = {
  /** Places; absent or null for no limit. */
  capacity?: number | null | undefined;
  /** Held under the Chatham House Rule (default false). */
  chathamHouse?: boolean | null | undefined;
  /** What it is about, as Markdown (at most 20,000 characters). */
  description?: string | null | undefined;
  /** A new end. */
  endsAt?: string | null | undefined;
  /** The version you loaded; a stale one answers CONFLICT. */
  expectedVersion: number;
  /** A new format. */
  format?: EventFormat | null | undefined;
  /** The event. */
  id: string | number;
  /** Languages interpreted into (ISO 639-1). */
  interpretation?: Array<string> | null | undefined;
  /** Languages spoken (ISO 639-1); default English. */
  languages?: Array<string> | null | undefined;
  /** Training modules it covers (TRAINING events only). */
  moduleIds?: Array<string | number> | null | undefined;
  /** The https link to join online: shown to staff and to people holding a confirmed place only. */
  onlineUrl?: string | null | undefined;
  /** The UN regions it is for; empty for every region. */
  regions?: Array<Region> | null | undefined;
  /** Registrations close then (at the latest at the start). */
  registrationDeadline?: string | null | undefined;
  /** A new registration mode. */
  registrationMode?: RegistrationMode | null | undefined;
  /** The negotiation session it runs beside (null clears it on update). */
  sessionId?: string | number | null | undefined;
  /** A new start. */
  startsAt?: string | null | undefined;
  /** IANA time zone its times are announced in; default UTC. */
  timeZone?: string | null | undefined;
  /** A new title. */
  title?: string | null | undefined;
  /** The venue (needed for in-person and hybrid events). */
  venue?: string | null | undefined;
};

/** Only the fields given change. */
export type UpdateMyProfileInput = {
  /** The new display name (1 to 100 characters). */
  displayName?: string | null | undefined;
  /** One of ar, zh, en, fr, ru, es. */
  preferredLanguage?: string | null | undefined;
};

/** Changes to a negotiation session: only the fields given change. */
export type UpdateNegotiationSessionInput = {
  /** A new end: not before the start. */
  endsAt?: string | null | undefined;
  /** The version the caller loaded; CONFLICT if it changed since. */
  expectedVersion: number;
  /** The session. */
  id: string | number;
  /** A new location. */
  location?: string | null | undefined;
  /** A new process name. */
  processName?: string | null | undefined;
  /** A new start. */
  startsAt?: string | null | undefined;
  /** A new title. */
  title?: string | null | undefined;
};

/** Changes to a DRAFT or CHANGES_REQUESTED submission: only the fields given change. A change of text sends accepted co-signatures back to PENDING. */
export type UpdateSubmissionInput = {
  /** A new Markdown body, within the round’s word limit. */
  body?: string | null | undefined;
  /** A new disclosure. */
  disclosure?: Disclosure | null | undefined;
  /** The version the caller loaded; CONFLICT if it changed since. */
  expectedVersion: number;
  /** The submission. */
  id: string | number;
  /** A new language, among the round’s. */
  language?: string | null | undefined;
  /** The provisions cited, replacing the previous list. */
  provisionIds?: Array<string> | null | undefined;
  /** Move a draft to another round of the same session and region. */
  roundId?: string | number | null | undefined;
  /** The suggested tags, replacing the previous list. */
  suggestedTagIds?: Array<string | number> | null | undefined;
  /** A new summary (at most 100 words). */
  summary?: string | null | undefined;
  /** A new title (1 to 300 characters). */
  title?: string | null | undefined;
};

/** Changes to a tag: only the fields given change. */
export type UpdateTagInput = {
  /** False deactivates the tag, true reactivates it (tags are never deleted). */
  active?: boolean | null | undefined;
  /** A new description. */
  description?: string | null | undefined;
  /** The version the caller loaded; CONFLICT if it changed since. */
  expectedVersion: number;
  /** The tag. */
  id: string | number;
  /** A new label. */
  label?: string | null | undefined;
};

/** Narrows the people list; every given field must match. */
export type UserFilter = {
  /** Only people holding this platform role. */
  role?: PlatformRole | null | undefined;
  /** Matches part of the display name or the email address, any case. */
  search?: string | null | undefined;
};

/** A submission to withdraw, with the reason. */
export type WithdrawSubmissionInput = {
  /** The submission. */
  id: string | number;
  /** Why (at most 2,000 characters); shown to the submitting organisation, moderators and staff. */
  reason: string;
};

export type UpdateMyLanguageMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyLanguageMutation = { updateMyProfile: { id: string, preferredLanguage: string | null } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { role: MemberRole, organisation: { id: string, name: string } } };

export type ResendVerificationMutationVariables = Exact<{
  email: string;
}>;


export type ResendVerificationMutation = { resendVerification: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, user: { id: string, displayName: string, email: string | null, roles: Array<PlatformRole> | null, preferredLanguage: string | null } } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, displayName: string, email: string | null, preferredLanguage: string | null } };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, displayName: string, preferredLanguage: string | null } };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { exportMyData: unknown };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { message: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { accessToken: string, user: { id: string, displayName: string, email: string | null, roles: Array<PlatformRole> | null, preferredLanguage: string | null } } };

export type ModerationQueueQueryVariables = Exact<{
  filter?: ModerationQueueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModerationQueueQuery = { moderationQueue: { edges: Array<{ cursor: string, node: { waitingSince: string, submission: { id: string, title: string, language: string, region: Region, status: SubmissionStatus, currentVersion: number, hasSimilar: boolean | null, attribution: { text: string }, round: { id: string, title: string }, tagReview: { done: boolean } | null, claim: { mine: boolean, expiresAt: string, moderator: { id: string, displayName: string } } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModerationCountsQueryVariables = Exact<{
  roundId?: string | number | null | undefined;
  sessionId?: string | number | null | undefined;
}>;


export type ModerationCountsQuery = { moderationCounts: Array<{ status: SubmissionStatus, count: number }> };

export type ModerationSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationSessionsQuery = { negotiationSessions: { edges: Array<{ node: { id: string, title: string, startsAt: string } }> } };

export type ModerationRoundsQueryVariables = Exact<{
  sessionId?: string | number | null | undefined;
}>;


export type ModerationRoundsQuery = { consultationRounds: { edges: Array<{ node: { id: string, title: string, region: Region, sessionId: string } }> } };

export type ModerationVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationVocabularyQuery = { tags: Array<{ id: string, slug: string, label: string, category: TagCategory, description: string }>, moderationReasons: Array<{ decision: ModerationDecision, reasonCodes: Array<ReasonCode>, messageRequired: boolean }> };

export type ModerationItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationItemQuery = { submission: { id: string, title: string, summary: string, bodyHtml: string, language: string, status: SubmissionStatus, version: number, currentVersion: number, contentHash: string, wordCount: number, region: Region, disclosure: Disclosure | null, submittedAt: string | null, moderatable: boolean | null, hasSimilar: boolean | null, suggestedTagIds: Array<string> | null, attribution: { text: string, masked: boolean }, round: { id: string, title: string, sessionId: string }, provisions: Array<{ id: string, title: string, kind: ProvisionKind, chapterNumber: number, articleNumber: number | null }>, tags: Array<{ id: string, label: string, category: TagCategory }>, tagReview: { done: boolean, noGenderConsiderations: boolean, noHumanRightsConsiderations: boolean, reviewedAt: string } | null, claim: { mine: boolean, expiresAt: string, moderator: { id: string, displayName: string } } | null, decisions: Array<{ decision: ModerationDecision, reasonCode: ReasonCode, message: string | null, versionNumber: number, createdAt: string }> | null, appeal: { reason: string, createdAt: string, resolution: AppealResolution | null, resolutionMessage: string | null } | null, moderationNotes: Array<{ id: string, body: string, authorId: string | null, createdAt: string }> | null, versions: Array<{ number: number, title: string, summary: string, body: string, language: string, contentHash: string, createdAt: string }> | null, cosigners: Array<{ id: string, status: CosignatureStatus, attribution: { text: string } }> } };

export type ModerationSimilarQueryVariables = Exact<{
  id: string | number;
}>;


export type ModerationSimilarQuery = { submission: { id: string, title: string, summary: string, body: string, language: string, moderatable: boolean | null, status: SubmissionStatus, region: Region }, similarSubmissions: Array<{ score: number, submission: { id: string, title: string, summary: string, body: string, language: string, status: SubmissionStatus, region: Region, attribution: { text: string }, round: { id: string, title: string } } }> };

export type ModerationClaimMutationVariables = Exact<{
  id: string | number;
}>;


export type ModerationClaimMutation = { claimSubmission: { id: string, status: SubmissionStatus, version: number, claim: { mine: boolean, expiresAt: string, moderator: { id: string, displayName: string } } | null } };

export type ModerationReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type ModerationReleaseMutation = { releaseSubmission: { id: string, status: SubmissionStatus, version: number, claim: { mine: boolean, expiresAt: string, moderator: { id: string, displayName: string } } | null } };

export type ModerationSetTagsMutationVariables = Exact<{
  input: SetSubmissionTagsInput;
}>;


export type ModerationSetTagsMutation = { setSubmissionTags: { id: string, version: number, tags: Array<{ id: string, label: string, category: TagCategory }>, tagReview: { done: boolean, noGenderConsiderations: boolean, noHumanRightsConsiderations: boolean, reviewedAt: string } | null } };

export type ModerationDecideMutationVariables = Exact<{
  input: DecideSubmissionInput;
}>;


export type ModerationDecideMutation = { decideSubmission: { id: string, status: SubmissionStatus, version: number, tags: Array<{ id: string, label: string, category: TagCategory }>, tagReview: { done: boolean, noGenderConsiderations: boolean, noHumanRightsConsiderations: boolean, reviewedAt: string } | null, claim: { mine: boolean, expiresAt: string, moderator: { id: string, displayName: string } } | null, decisions: Array<{ decision: ModerationDecision, reasonCode: ReasonCode, message: string | null, versionNumber: number, createdAt: string }> | null } };

export type ModerationAddNoteMutationVariables = Exact<{
  input: AddModerationNoteInput;
}>;


export type ModerationAddNoteMutation = { addModerationNote: { id: string, body: string, authorId: string | null, createdAt: string } };

export type ModerationCoverageQueryVariables = Exact<{
  filter?: CoverageFilter | null | undefined;
}>;


export type ModerationCoverageQuery = { coverage: Array<{ sessionId: string, roundId: string, region: Region, approved: number, approvedWithGenderTag: number, approvedWithHumanRightsTag: number, approvedTagReviewed: number, genderShare: number | null, humanRightsShare: number | null, tagReviewedShare: number | null, counts: Array<{ status: SubmissionStatus, count: number }> }> };

export type ProgrammeEventPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeEventPageQuery = { event: { id: string, type: ProgrammeEventType, title: string, descriptionHtml: string, startsAt: string, endsAt: string, timeZone: string, format: EventFormat, venue: string | null, hasOnlineLink: boolean, onlineLink: string | null, languages: Array<string>, interpretation: Array<string>, capacity: number | null, placesLeft: number | null, registrationMode: RegistrationMode, registrationDeadline: string | null, acceptingRegistrations: boolean, chathamHouse: boolean, status: EventStatus, cancellationReason: string | null, icsPath: string, session: { id: string, title: string } | null, modules: Array<{ id: string, title: string, summary: string }>, outcome: { keyMessagesHtml: string, speakers: Array<string>, tags: Array<{ id: string, label: string }>, provisions: Array<{ id: string, kind: ProvisionKind, chapterNumber: number, articleNumber: number | null, title: string }> } | null, myRegistration: { id: string, status: RegistrationStatus, waitlistPosition: number | null } | null } };

export type ProgrammeInvitationQueryVariables = Exact<{
  token: string;
}>;


export type ProgrammeInvitationQuery = { eventInvitation: { used: boolean, expiresAt: string, event: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string, acceptingRegistrations: boolean } } };

export type ProgrammeMyEventsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ProgrammeMyEventsQuery = { myEvents: { edges: Array<{ node: { id: string, status: RegistrationStatus, attended: boolean | null, waitlistPosition: number | null, certificates: Array<{ id: string, language: string, status: CertificateStatus, path: string | null }>, event: { id: string, title: string, type: ProgrammeEventType, startsAt: string, endsAt: string, timeZone: string, status: EventStatus, onlineLink: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, myCompletedTrainingModules: Array<{ eventId: string, completedAt: string, module: { id: string, title: string } }> };

export type ProgrammeMyEventsCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeMyEventsCancelMutation = { cancelRegistration: { id: string, status: RegistrationStatus } };

export type ProgrammeRequestCertificateMutationVariables = Exact<{
  input: RequestCertificateInput;
}>;


export type ProgrammeRequestCertificateMutation = { requestCertificate: { id: string, language: string, status: CertificateStatus, path: string | null } };

export type ProgrammeCalendarQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeCalendarQuery = { events: { edges: Array<{ cursor: string, node: { id: string, type: ProgrammeEventType, title: string, startsAt: string, endsAt: string, timeZone: string, format: EventFormat, regions: Array<Region>, status: EventStatus, capacity: number | null, placesLeft: number | null, acceptingRegistrations: boolean, chathamHouse: boolean, session: { id: string, title: string } | null, outcome: { eventId: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProgrammeSessionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeSessionChoicesQuery = { negotiationSessions: { edges: Array<{ node: { id: string, title: string } }> } };

export type ProgrammePublicationsQueryVariables = Exact<{
  filter?: PublicationFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammePublicationsQuery = { publications: { edges: Array<{ cursor: string, node: { id: string, kind: PublicationKind, title: string, authors: Array<string>, abstract: string, language: string, doi: string | null, url: string | null, publishedAt: string | null, filePath: string | null, fileName: string | null, fileBytes: number | null, session: { id: string, title: string } | null, tags: Array<{ id: string, label: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ProgrammeCancelMineMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeCancelMineMutation = { cancelRegistration: { id: string, status: RegistrationStatus } };

export type ProgrammeMyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeMyOrganisationsQuery = { me: { id: string, memberships: Array<{ organisationId: string, organisation: { id: string, name: string } }> | null } };

export type ProgrammeRegisterMutationVariables = Exact<{
  input: RegisterForEventInput;
}>;


export type ProgrammeRegisterMutation = { registerForEvent: { id: string, status: RegistrationStatus, waitlistPosition: number | null } };

export type ProgrammeEventBalanceQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeEventBalanceQuery = { eventBalance: { registrants: { byRegion: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }>, byGender: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }> } } };

export type ProgrammeStaffBalanceQueryVariables = Exact<{
  filter: EventBalanceFilter;
}>;


export type ProgrammeStaffBalanceQuery = { eventBalance: { exact: boolean, registrants: { total: { key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }, byRegion: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }>, byOrganisationType: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }>, byGender: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }> }, attendees: { total: { key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }, byRegion: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }>, byOrganisationType: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }>, byGender: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }> } } };

export type ProgrammeBalanceSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeBalanceSessionsQuery = { negotiationSessions: { edges: Array<{ node: { id: string, title: string } }> } };

export type ProgrammeStaffEventQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeStaffEventQuery = { event: { id: string, title: string, type: ProgrammeEventType, status: EventStatus, startsAt: string, endsAt: string, timeZone: string, capacity: number | null, placesLeft: number | null, registrationMode: RegistrationMode, chathamHouse: boolean, version: number, registrations: { edges: Array<{ node: { id: string, status: RegistrationStatus, needs: string, genderIdentity: GenderIdentity | null, genderSelfDescription: string | null, attended: boolean | null, region: Region | null, waitlistPosition: number | null, participant: { displayName: string | null, email: string | null } } }> } | null, outcome: { keyMessages: string, tagIds: Array<string>, provisionIds: Array<string>, noGenderConsiderations: boolean, noHumanRightsConsiderations: boolean, speakers: Array<string>, version: number } | null }, eventBalance: { registrants: { total: { key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }, byRegion: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }>, byOrganisationType: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }>, byGender: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }> }, attendees: { total: { key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }, byRegion: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }>, byGender: Array<{ key: string, count: number | null, withheld: boolean, fewerThanFive: boolean }> } }, tags: Array<{ id: string, label: string, category: TagCategory }>, treatyProvisions: Array<{ id: string, kind: ProvisionKind, chapterNumber: number, articleNumber: number | null, title: string }> };

export type ProgrammeMarkAttendanceMutationVariables = Exact<{
  input: MarkAttendanceInput;
}>;


export type ProgrammeMarkAttendanceMutation = { markAttendance: Array<{ id: string, attended: boolean | null }> };

export type ProgrammeInviteMutationVariables = Exact<{
  input: InviteToEventInput;
}>;


export type ProgrammeInviteMutation = { inviteToEvent: Array<{ id: string, email: string }> };

export type ProgrammeUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type ProgrammeUpdateEventMutation = { updateEvent: { id: string, version: number, capacity: number | null, registrationMode: RegistrationMode } };

export type ProgrammeCancelEventMutationVariables = Exact<{
  input: CancelEventInput;
}>;


export type ProgrammeCancelEventMutation = { cancelEvent: { id: string, status: EventStatus } };

export type ProgrammeRecordOutcomeMutationVariables = Exact<{
  input: RecordEventOutcomeInput;
}>;


export type ProgrammeRecordOutcomeMutation = { recordEventOutcome: { eventId: string, version: number } };

export type ProgrammeStaffEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeStaffEventsQuery = { events: { edges: Array<{ node: { id: string, title: string, type: ProgrammeEventType, status: EventStatus, startsAt: string, endsAt: string, timeZone: string, capacity: number | null, placesLeft: number | null, outcome: { eventId: string } | null } }> }, negotiationSessions: { edges: Array<{ node: { id: string, title: string } }> }, trainingModules: Array<{ id: string, title: string }> };

export type ProgrammeCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type ProgrammeCreateEventMutation = { createEvent: { id: string } };

export type ProgrammeStaffPublicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeStaffPublicationsQuery = { publications: { edges: Array<{ node: { id: string, kind: PublicationKind, title: string, authors: Array<string>, language: string, status: PublicationStatus, publishedAt: string | null, filePath: string | null, fileName: string | null, fileBytes: number | null, doi: string | null, url: string | null } }> }, negotiationSessions: { edges: Array<{ node: { id: string, title: string } }> } };

export type ProgrammeCreatePublicationMutationVariables = Exact<{
  input: CreatePublicationInput;
}>;


export type ProgrammeCreatePublicationMutation = { createPublication: { id: string } };

export type ProgrammePublishMutationVariables = Exact<{
  id: string | number;
}>;


export type ProgrammePublishMutation = { publishPublication: { id: string, status: PublicationStatus } };

export type PublicDigestQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicDigestQuery = { digest: { id: string, session: { id: string, title: string } } };

export type DigestSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DigestSessionsQuery = { negotiationSessions: { edges: Array<{ node: { id: string, title: string } }> } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { openRounds: { edges: Array<{ node: { id: string, title: string, region: Region, closesAt: string, session: { id: string, title: string } } }> }, negotiationSessions: { edges: Array<{ node: { id: string, title: string, location: string, startsAt: string, endsAt: string } }> } };

export type SessionDigestsQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type SessionDigestsQuery = { digests: Array<{ id: string, status: DigestStatus, version: number | null, submissionCount: number | null, publishedAt: string | null }> };

export type PublicProvisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicProvisionsQuery = { treatyProvisions: Array<{ id: string, kind: ProvisionKind, chapterNumber: number, articleNumber: number | null, title: string }> };

export type PublicRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicRoundQuery = { consultationRound: { id: string, title: string, description: string, region: Region, status: RoundStatus, opensAt: string, closesAt: string, timeZone: string, languages: Array<string>, wordLimit: number, guidingQuestions: Array<string>, acceptingSubmissions: boolean, session: { id: string, title: string } } };

export type PublicSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicSessionQuery = { negotiationSession: { id: string, title: string, processName: string, location: string, startsAt: string, endsAt: string, rounds: { edges: Array<{ node: { id: string, title: string, region: Region, status: RoundStatus, opensAt: string, closesAt: string, timeZone: string } }> } } };

export type PublicSessionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PublicSessionsQuery = { negotiationSessions: { edges: Array<{ cursor: string, node: { id: string, title: string, location: string, startsAt: string, endsAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PublicSubmissionQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicSubmissionQuery = { submission: { id: string, title: string, summary: string, bodyHtml: string, language: string, region: Region, submittedAt: string | null, wordCount: number, attribution: { text: string, masked: boolean }, provisions: Array<{ id: string, kind: ProvisionKind, chapterNumber: number, articleNumber: number | null, title: string }>, tags: Array<{ id: string, label: string }>, cosigners: Array<{ id: string, status: CosignatureStatus, attribution: { text: string, masked: boolean } }>, round: { id: string, title: string } } };

export type PublicDigestVersionsQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type PublicDigestVersionsQuery = { digests: Array<{ id: string, version: number | null, status: DigestStatus, submissionCount: number | null, publishedAt: string | null, contentHash: string | null, files: Array<{ format: DigestFormat, bytes: number, sha256: string, url: string }> }> };

export type PublicSubmissionsQueryVariables = Exact<{
  filter?: SubmissionFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicSubmissionsQuery = { submissions: { edges: Array<{ cursor: string, node: { id: string, title: string, summary: string, language: string, region: Region, submittedAt: string | null, attribution: { text: string, masked: boolean }, tags: Array<{ id: string, label: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SubmissionFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubmissionFilterOptionsQuery = { tags: Array<{ id: string, label: string, category: TagCategory }>, treatyProvisions: Array<{ id: string, kind: ProvisionKind, chapterNumber: number, articleNumber: number | null, title: string }> };

export type StaffOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffOverviewQuery = { organisations: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } }, moderationQueue: { edges: Array<{ node: { submission: { id: string } } }>, pageInfo: { hasNextPage: boolean } }, negotiationSessions: { edges: Array<{ node: { id: string, title: string, startsAt: string } }> } };

export type StaffSessionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type StaffSessionsQuery = { negotiationSessions: { edges: Array<{ cursor: string, node: { id: string, title: string, processName: string, location: string, startsAt: string, endsAt: string, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffCreateSessionMutationVariables = Exact<{
  input: CreateNegotiationSessionInput;
}>;


export type StaffCreateSessionMutation = { createNegotiationSession: { id: string, title: string } };

export type StaffUpdateSessionMutationVariables = Exact<{
  input: UpdateNegotiationSessionInput;
}>;


export type StaffUpdateSessionMutation = { updateNegotiationSession: { id: string, title: string, processName: string, location: string, startsAt: string, endsAt: string, version: number } };

export type StaffSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffSessionQuery = { negotiationSession: { id: string, title: string, processName: string, location: string, startsAt: string, endsAt: string, version: number }, consultationRounds: { edges: Array<{ node: { id: string, title: string, region: Region, status: RoundStatus, opensAt: string, closesAt: string, revisionsCloseAt: string, timeZone: string, version: number } }> } };

export type StaffRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffRoundQuery = { consultationRound: { id: string, sessionId: string, title: string, description: string, guidingQuestions: Array<string>, region: Region, status: RoundStatus, opensAt: string, closesAt: string, revisionsCloseAt: string, timeZone: string, wordLimit: number, languages: Array<string>, version: number, session: { id: string, title: string } } };

export type StaffCreateRoundMutationVariables = Exact<{
  input: CreateConsultationRoundInput;
}>;


export type StaffCreateRoundMutation = { createConsultationRound: { id: string, sessionId: string } };

export type StaffUpdateRoundMutationVariables = Exact<{
  input: UpdateConsultationRoundInput;
}>;


export type StaffUpdateRoundMutation = { updateConsultationRound: { id: string, title: string, description: string, guidingQuestions: Array<string>, status: RoundStatus, opensAt: string, closesAt: string, revisionsCloseAt: string, timeZone: string, wordLimit: number, languages: Array<string>, version: number } };

export type StaffScheduleRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffScheduleRoundMutation = { scheduleConsultationRound: { id: string, status: RoundStatus, version: number } };

export type StaffCloseRoundMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffCloseRoundMutation = { closeConsultationRound: { id: string, status: RoundStatus, closesAt: string, revisionsCloseAt: string, version: number } };

export type StaffOrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffOrganisationsQuery = { organisations: { edges: Array<{ cursor: string, node: { id: string, name: string, country: string, region: Region, type: OrganisationType, website: string | null, description: string, status: OrganisationStatus, reviewNote: string | null, createdAt: string, version: number, members: Array<{ userId: string, role: MemberRole, user: { id: string, displayName: string, email: string | null } }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffReviewOrganisationMutationVariables = Exact<{
  input: ReviewOrganisationInput;
}>;


export type StaffReviewOrganisationMutation = { reviewOrganisation: { id: string, status: OrganisationStatus, reviewNote: string | null, version: number } };

export type StaffPeopleQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffPeopleQuery = { users: { edges: Array<{ cursor: string, node: { id: string, displayName: string, email: string | null, roles: Array<PlatformRole> | null, createdAt: string | null, memberships: Array<{ role: MemberRole, organisation: { id: string, name: string } }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffGrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type StaffGrantRoleMutation = { grantRole: { id: string, roles: Array<PlatformRole> | null } };

export type StaffRevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type StaffRevokeRoleMutation = { revokeRole: { id: string, roles: Array<PlatformRole> | null } };

export type StaffTagsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffTagsQuery = { tags: Array<{ id: string, category: TagCategory, slug: string, label: string, description: string, active: boolean, version: number, usageCount: number | null }> };

export type StaffCreateTagMutationVariables = Exact<{
  input: CreateTagInput;
}>;


export type StaffCreateTagMutation = { createTag: { id: string, category: TagCategory, slug: string, label: string, description: string, active: boolean, version: number, usageCount: number | null } };

export type StaffUpdateTagMutationVariables = Exact<{
  input: UpdateTagInput;
}>;


export type StaffUpdateTagMutation = { updateTag: { id: string, label: string, description: string, active: boolean, version: number, usageCount: number | null } };

export type StaffAppealsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type StaffAppealsQuery = { moderationQueue: { edges: Array<{ cursor: string, node: { waitingSince: string, submission: { id: string, title: string, language: string, region: Region, round: { id: string, title: string }, attribution: { text: string, masked: boolean }, appeal: { createdAt: string, reason: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffSubmissionQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffSubmissionQuery = { submission: { id: string, title: string, summary: string, bodyHtml: string, language: string, region: Region, status: SubmissionStatus, disclosure: Disclosure | null, version: number, currentVersion: number, submittedAt: string | null, suggestedTagIds: Array<string> | null, attribution: { text: string, masked: boolean }, organisation: { id: string, name: string } | null, round: { id: string, title: string, session: { id: string, title: string } }, tags: Array<{ id: string, category: TagCategory, label: string }>, tagReview: { done: boolean, noGenderConsiderations: boolean, noHumanRightsConsiderations: boolean } | null, decisions: Array<{ createdAt: string, decision: ModerationDecision, reasonCode: ReasonCode, message: string | null, versionNumber: number }> | null, appeal: { createdAt: string, reason: string, resolution: AppealResolution | null, resolutionMessage: string | null, resolvedAt: string | null } | null }, tags: Array<{ id: string, category: TagCategory, label: string }> };

export type StaffSetTagsMutationVariables = Exact<{
  input: SetSubmissionTagsInput;
}>;


export type StaffSetTagsMutation = { setSubmissionTags: { id: string, version: number, status: SubmissionStatus, tags: Array<{ id: string, category: TagCategory, label: string }>, tagReview: { done: boolean, noGenderConsiderations: boolean, noHumanRightsConsiderations: boolean } | null } };

export type StaffResolveAppealMutationVariables = Exact<{
  input: ResolveAppealInput;
}>;


export type StaffResolveAppealMutation = { resolveAppeal: { id: string, status: SubmissionStatus, version: number, appeal: { createdAt: string, reason: string, resolution: AppealResolution | null, resolutionMessage: string | null, resolvedAt: string | null } | null } };

export type StaffRevealSubmitterMutationVariables = Exact<{
  input: RevealSubmitterInput;
}>;


export type StaffRevealSubmitterMutation = { revealSubmitter: { revealedAt: string, organisation: { id: string, name: string, country: string, region: Region } } };

export type StaffAuditQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffAuditQuery = { auditEvents: { edges: Array<{ cursor: string, node: { id: string, occurredAt: string, action: string, entityType: string, entityId: string, actorId: string | null, before: unknown, after: unknown, actor: { id: string, displayName: string, email: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StaffAuditFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAuditFacetsQuery = { auditFacets: { entityTypes: Array<string>, actions: Array<string> } };

export type StaffActorLookupQueryVariables = Exact<{
  search: string;
}>;


export type StaffActorLookupQuery = { users: { edges: Array<{ node: { id: string, displayName: string, email: string | null } }> } };

export type StaffDigestSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffDigestSessionsQuery = { negotiationSessions: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, location: string } }> } };

export type StaffDigestsQueryVariables = Exact<{
  sessionId: string | number;
  edition?: DigestEdition | null | undefined;
}>;


export type StaffDigestsQuery = { negotiationSession: { id: string, title: string, location: string, startsAt: string, endsAt: string }, digests: Array<{ id: string, edition: DigestEdition, version: number | null, status: DigestStatus, progress: number, phase: DigestPhase, submissionCount: number | null, contentHash: string | null, requestedAt: string, completedAt: string | null, publishedAt: string | null, sameAsId: string | null, supersededByVersion: number | null, errorId: string | null }> };

export type StaffDigestQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffDigestQuery = { digest: { id: string, sessionId: string, edition: DigestEdition, version: number | null, status: DigestStatus, progress: number, phase: DigestPhase, submissionCount: number | null, contentHash: string | null, stats: unknown, changes: unknown, error: string | null, errorId: string | null, sameAsId: string | null, supersededByVersion: number | null, requestedAt: string, completedAt: string | null, publishedAt: string | null, phases: Array<{ phase: DigestPhase, startedAt: string }>, files: Array<{ format: DigestFormat, bytes: number, sha256: string, url: string }> } };

export type StaffCompileDigestMutationVariables = Exact<{
  input: CompileDigestInput;
}>;


export type StaffCompileDigestMutation = { compileDigest: { id: string, edition: DigestEdition, version: number | null, status: DigestStatus, progress: number, phase: DigestPhase, requestedAt: string } };

export type StaffPublishDigestMutationVariables = Exact<{
  id: string | number;
}>;


export type StaffPublishDigestMutation = { publishDigest: { id: string, status: DigestStatus, publishedAt: string | null, supersededByVersion: number | null } };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { me: { id: string, memberships: Array<{ role: MemberRole, organisation: { id: string, name: string, status: OrganisationStatus, region: Region, country: string } }> | null } };

export type CountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountriesQuery = { countries: Array<{ code: string, region: Region | null }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string, status: OrganisationStatus, region: Region } };

export type WorkspaceOrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceOrganisationQuery = { organisation: { id: string, name: string, country: string, region: Region, type: OrganisationType, website: string | null, description: string, status: OrganisationStatus, reviewNote: string | null, myRole: MemberRole | null, members: Array<{ userId: string, role: MemberRole, joinedAt: string, user: { id: string, displayName: string, email: string | null } }> | null, invitations: Array<{ id: string, email: string, role: MemberRole, expiresAt: string }> | null, cosignatureInvitations: Array<{ id: string, status: CosignatureStatus, disclosure: Disclosure | null, respondedAt: string | null, submission: { id: string, title: string, status: SubmissionStatus } }> | null, submissions: { edges: Array<{ node: { id: string, title: string, status: SubmissionStatus, disclosure: Disclosure | null, language: string, updatedAt: string, currentVersion: number, appeal: { createdAt: string } | null, round: { id: string, title: string, opensAt: string, closesAt: string, revisionsCloseAt: string, timeZone: string } } }> } } };

export type OpenRoundsForRegionQueryVariables = Exact<{
  region: Region;
}>;


export type OpenRoundsForRegionQuery = { consultationRounds: { edges: Array<{ node: { id: string, title: string, closesAt: string, timeZone: string } }> } };

export type WorkspaceInviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type WorkspaceInviteMemberMutation = { inviteMember: { id: string, email: string, role: MemberRole, expiresAt: string } };

export type WorkspaceRemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type WorkspaceRemoveMemberMutation = { removeMember: boolean };

export type EditorRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type EditorRoundQuery = { consultationRound: { id: string, title: string, region: Region, languages: Array<string>, wordLimit: number, opensAt: string, closesAt: string, revisionsCloseAt: string, timeZone: string, guidingQuestions: Array<string> } };

export type EditorVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorVocabularyQuery = { treatyProvisions: Array<{ id: string, title: string, kind: ProvisionKind, chapterNumber: number, articleNumber: number | null }>, tags: Array<{ id: string, label: string, category: TagCategory }> };

export type SubmissionEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type SubmissionEditorQuery = { submission: { id: string, title: string, summary: string, body: string, language: string, disclosure: Disclosure | null, provisionIds: Array<string>, suggestedTagIds: Array<string> | null, status: SubmissionStatus, version: number, currentVersion: number, contentHash: string, wordCount: number, updatedAt: string, withdrawalReason: string | null, organisation: { id: string, name: string, region: Region, myRole: MemberRole | null } | null, round: { id: string, title: string, region: Region, languages: Array<string>, wordLimit: number, opensAt: string, closesAt: string, revisionsCloseAt: string, timeZone: string, guidingQuestions: Array<string> }, cosigners: Array<{ id: string, status: CosignatureStatus, disclosure: Disclosure | null, respondedAt: string | null, attribution: { text: string } }>, decisions: Array<{ decision: ModerationDecision, reasonCode: ReasonCode, message: string | null, createdAt: string, versionNumber: number }> | null, appeal: { reason: string, createdAt: string, resolution: AppealResolution | null, resolutionMessage: string | null } | null, versions: Array<{ number: number, contentHash: string, createdAt: string }> | null } };

export type EditorCreateSubmissionMutationVariables = Exact<{
  input: CreateSubmissionInput;
}>;


export type EditorCreateSubmissionMutation = { createSubmission: { id: string, version: number, wordCount: number } };

export type EditorUpdateSubmissionMutationVariables = Exact<{
  input: UpdateSubmissionInput;
}>;


export type EditorUpdateSubmissionMutation = { updateSubmission: { id: string, version: number, wordCount: number, updatedAt: string, cosigners: Array<{ id: string, status: CosignatureStatus }>, round: { id: string, opensAt: string, closesAt: string, revisionsCloseAt: string } } };

export type EditorSubmitSubmissionMutationVariables = Exact<{
  input: SubmitSubmissionInput;
}>;


export type EditorSubmitSubmissionMutation = { submitSubmission: { id: string, status: SubmissionStatus, version: number, currentVersion: number, contentHash: string } };

export type EditorWithdrawSubmissionMutationVariables = Exact<{
  input: WithdrawSubmissionInput;
}>;


export type EditorWithdrawSubmissionMutation = { withdrawSubmission: { id: string, status: SubmissionStatus, withdrawalReason: string | null } };

export type EditorAppealDecisionMutationVariables = Exact<{
  input: AppealDecisionInput;
}>;


export type EditorAppealDecisionMutation = { appealDecision: { id: string, status: SubmissionStatus, appeal: { reason: string, createdAt: string } | null } };

export type VerifiedOrganisationsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type VerifiedOrganisationsQuery = { organisations: { edges: Array<{ node: { id: string, name: string, region: Region } }> } };

export type EditorInviteCosignerMutationVariables = Exact<{
  input: InviteCosignerInput;
}>;


export type EditorInviteCosignerMutation = { inviteCosigner: { id: string, status: CosignatureStatus } };

export type CosignatureQueryVariables = Exact<{
  id: string | number;
}>;


export type CosignatureQuery = { cosignature: { id: string, status: CosignatureStatus, disclosure: Disclosure | null, respondedAt: string | null, organisation: { id: string, name: string, region: Region } | null, submission: { id: string, title: string, summary: string, bodyHtml: string, language: string, status: SubmissionStatus, attribution: { text: string }, round: { id: string, title: string } } } };

export type RespondToCosignatureMutationVariables = Exact<{
  input: RespondToCosignatureInput;
}>;


export type RespondToCosignatureMutation = { respondToCosignature: { id: string, status: CosignatureStatus, disclosure: Disclosure | null, respondedAt: string | null } };

export type SubmissionVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SubmissionVersionsQuery = { submission: { id: string, title: string, summary: string, body: string, language: string, version: number, status: SubmissionStatus, versions: Array<{ number: number, contentHash: string, title: string, summary: string, body: string, language: string, createdAt: string }> | null } };

export type MyNotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { edges: Array<{ node: { id: string, kind: string, title: string, body: string, entityType: string | null, entityId: string | null, readAt: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { myNotifications: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationDigestSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type NotificationDigestSessionQuery = { digest: { id: string, sessionId: string } };


export const UpdateMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<UpdateMyLanguageMutation, UpdateMyLanguageMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResendVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<ResendVerificationMutation, ResendVerificationMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ExportMyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportMyData"}}]}}]} as unknown as DocumentNode<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const DeleteMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ModerationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationQueueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"hasSimilar"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tagReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerationCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ModerationCountsQuery, ModerationCountsQueryVariables>;
export const ModerationSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationSessionsQuery, ModerationSessionsQueryVariables>;
export const ModerationRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationRoundsQuery, ModerationRoundsQueryVariables>;
export const ModerationVocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCodes"}},{"kind":"Field","name":{"kind":"Name","value":"messageRequired"}}]}}]}}]} as unknown as DocumentNode<ModerationVocabularyQuery, ModerationVocabularyQueryVariables>;
export const ModerationItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderatable"}},{"kind":"Field","name":{"kind":"Name","value":"hasSimilar"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chapterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTagIds"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tagReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"noGenderConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"noHumanRightsConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cosigners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationItemQuery, ModerationItemQueryVariables>;
export const ModerationSimilarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationSimilar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"moderatable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"similarSubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationSimilarQuery, ModerationSimilarQueryVariables>;
export const ModerationClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationClaimMutation, ModerationClaimMutationVariables>;
export const ModerationReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModerationReleaseMutation, ModerationReleaseMutationVariables>;
export const ModerationSetTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationSetTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSubmissionTagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSubmissionTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tagReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"noGenderConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"noHumanRightsConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationSetTagsMutation, ModerationSetTagsMutationVariables>;
export const ModerationDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tagReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"noGenderConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"noHumanRightsConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"moderator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ModerationDecideMutation, ModerationDecideMutationVariables>;
export const ModerationAddNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerationAddNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddModerationNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addModerationNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ModerationAddNoteMutation, ModerationAddNoteMutationVariables>;
export const ModerationCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"approvedWithGenderTag"}},{"kind":"Field","name":{"kind":"Name","value":"approvedWithHumanRightsTag"}},{"kind":"Field","name":{"kind":"Name","value":"approvedTagReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"genderShare"}},{"kind":"Field","name":{"kind":"Name","value":"humanRightsShare"}},{"kind":"Field","name":{"kind":"Name","value":"tagReviewedShare"}}]}}]}}]} as unknown as DocumentNode<ModerationCoverageQuery, ModerationCoverageQueryVariables>;
export const ProgrammeEventPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeEventPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"hasOnlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingRegistrations"}},{"kind":"Field","name":{"kind":"Name","value":"chathamHouse"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"icsPath"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyMessagesHtml"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chapterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeEventPageQuery, ProgrammeEventPageQueryVariables>;
export const ProgrammeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingRegistrations"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeInvitationQuery, ProgrammeInvitationQueryVariables>;
export const ProgrammeMyEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeMyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onlineLink"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCompletedTrainingModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeMyEventsQuery, ProgrammeMyEventsQueryVariables>;
export const ProgrammeMyEventsCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeMyEventsCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProgrammeMyEventsCancelMutation, ProgrammeMyEventsCancelMutationVariables>;
export const ProgrammeRequestCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeRequestCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<ProgrammeRequestCertificateMutation, ProgrammeRequestCertificateMutationVariables>;
export const ProgrammeCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingRegistrations"}},{"kind":"Field","name":{"kind":"Name","value":"chathamHouse"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeCalendarQuery, ProgrammeCalendarQueryVariables>;
export const ProgrammeSessionChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeSessionChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeSessionChoicesQuery, ProgrammeSessionChoicesQueryVariables>;
export const ProgrammePublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammePublications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filePath"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammePublicationsQuery, ProgrammePublicationsQueryVariables>;
export const ProgrammeCancelMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeCancelMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProgrammeCancelMineMutation, ProgrammeCancelMineMutationVariables>;
export const ProgrammeMyOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeMyOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeMyOrganisationsQuery, ProgrammeMyOrganisationsQueryVariables>;
export const ProgrammeRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterForEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<ProgrammeRegisterMutation, ProgrammeRegisterMutationVariables>;
export const ProgrammeEventBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeEventBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeEventBalanceQuery, ProgrammeEventBalanceQueryVariables>;
export const ProgrammeStaffBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeStaffBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventBalanceFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"registrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeStaffBalanceQuery, ProgrammeStaffBalanceQueryVariables>;
export const ProgrammeBalanceSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeBalanceSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeBalanceSessionsQuery, ProgrammeBalanceSessionsQueryVariables>;
export const ProgrammeStaffEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeStaffEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}},{"kind":"Field","name":{"kind":"Name","value":"chathamHouse"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"genderIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"genderSelfDescription"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"participant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyMessages"}},{"kind":"Field","name":{"kind":"Name","value":"tagIds"}},{"kind":"Field","name":{"kind":"Name","value":"provisionIds"}},{"kind":"Field","name":{"kind":"Name","value":"noGenderConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"noHumanRightsConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"speakers"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"fewerThanFive"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatyProvisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chapterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ProgrammeStaffEventQuery, ProgrammeStaffEventQueryVariables>;
export const ProgrammeMarkAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeMarkAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]} as unknown as DocumentNode<ProgrammeMarkAttendanceMutation, ProgrammeMarkAttendanceMutationVariables>;
export const ProgrammeInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ProgrammeInviteMutation, ProgrammeInviteMutationVariables>;
export const ProgrammeUpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeUpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"registrationMode"}}]}}]}}]} as unknown as DocumentNode<ProgrammeUpdateEventMutation, ProgrammeUpdateEventMutationVariables>;
export const ProgrammeCancelEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeCancelEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProgrammeCancelEventMutation, ProgrammeCancelEventMutationVariables>;
export const ProgrammeRecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEventOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEventOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ProgrammeRecordOutcomeMutation, ProgrammeRecordOutcomeMutationVariables>;
export const ProgrammeStaffEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeStaffEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ProgrammeStaffEventsQuery, ProgrammeStaffEventsQueryVariables>;
export const ProgrammeCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProgrammeCreateEventMutation, ProgrammeCreateEventMutationVariables>;
export const ProgrammeStaffPublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeStaffPublications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"authors"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filePath"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileBytes"}},{"kind":"Field","name":{"kind":"Name","value":"doi"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeStaffPublicationsQuery, ProgrammeStaffPublicationsQueryVariables>;
export const ProgrammeCreatePublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammeCreatePublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProgrammeCreatePublicationMutation, ProgrammeCreatePublicationMutationVariables>;
export const ProgrammePublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgrammePublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProgrammePublishMutation, ProgrammePublishMutationVariables>;
export const PublicDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDigest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PublicDigestQuery, PublicDigestQueryVariables>;
export const DigestSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DigestSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DigestSessionsQuery, DigestSessionsQueryVariables>;
export const HomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"openRounds"},"name":{"kind":"Name","value":"consultationRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const SessionDigestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionDigests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"EnumValue","value":"PUBLIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<SessionDigestsQuery, SessionDigestsQueryVariables>;
export const PublicProvisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicProvisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treatyProvisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chapterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PublicProvisionsQuery, PublicProvisionsQueryVariables>;
export const PublicRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"guidingQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingSubmissions"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PublicRoundQuery, PublicRoundQueryVariables>;
export const PublicSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"processName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicSessionQuery, PublicSessionQueryVariables>;
export const PublicSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PublicSessionsQuery, PublicSessionsQueryVariables>;
export const PublicSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chapterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cosigners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PublicSubmissionQuery, PublicSubmissionQueryVariables>;
export const PublicDigestVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDigestVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"EnumValue","value":"PUBLIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<PublicDigestVersionsQuery, PublicDigestVersionsQueryVariables>;
export const PublicSubmissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicSubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmissionFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PublicSubmissionsQuery, PublicSubmissionsQueryVariables>;
export const SubmissionFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmissionFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatyProvisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chapterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SubmissionFilterOptionsQuery, SubmissionFilterOptionsQueryVariables>;
export const StaffOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPEALED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffOverviewQuery, StaffOverviewQueryVariables>;
export const StaffSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"processName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSessionsQuery, StaffSessionsQueryVariables>;
export const StaffCreateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNegotiationSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNegotiationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StaffCreateSessionMutation, StaffCreateSessionMutationVariables>;
export const StaffUpdateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNegotiationSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNegotiationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"processName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffUpdateSessionMutation, StaffUpdateSessionMutationVariables>;
export const StaffSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"processName"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultationRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffSessionQuery, StaffSessionQueryVariables>;
export const StaffRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidingQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffRoundQuery, StaffRoundQueryVariables>;
export const StaffCreateRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreateRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConsultationRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConsultationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<StaffCreateRoundMutation, StaffCreateRoundMutationVariables>;
export const StaffUpdateRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUpdateRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConsultationRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConsultationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guidingQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffUpdateRoundMutation, StaffUpdateRoundMutationVariables>;
export const StaffScheduleRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffScheduleRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleConsultationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffScheduleRoundMutation, StaffScheduleRoundMutationVariables>;
export const StaffCloseRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCloseRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConsultationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffCloseRoundMutation, StaffCloseRoundMutationVariables>;
export const StaffOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StaffOrganisationsQuery, StaffOrganisationsQueryVariables>;
export const StaffReviewOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffReviewOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffReviewOrganisationMutation, StaffReviewOrganisationMutationVariables>;
export const StaffPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPeopleQuery, StaffPeopleQueryVariables>;
export const StaffGrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffGrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<StaffGrantRoleMutation, StaffGrantRoleMutationVariables>;
export const StaffRevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<StaffRevokeRoleMutation, StaffRevokeRoleMutationVariables>;
export const StaffTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}}]}}]}}]} as unknown as DocumentNode<StaffTagsQuery, StaffTagsQueryVariables>;
export const StaffCreateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}}]}}]}}]} as unknown as DocumentNode<StaffCreateTagMutation, StaffCreateTagMutationVariables>;
export const StaffUpdateTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUpdateTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}}]}}]}}]} as unknown as DocumentNode<StaffUpdateTagMutation, StaffUpdateTagMutationVariables>;
export const StaffAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAppeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPEALED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAppealsQuery, StaffAppealsQueryVariables>;
export const StaffSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTagIds"}},{"kind":"Field","name":{"kind":"Name","value":"tagReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"noGenderConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"noHumanRightsConsiderations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<StaffSubmissionQuery, StaffSubmissionQueryVariables>;
export const StaffSetTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSetTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSubmissionTagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSubmissionTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tagReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"noGenderConsiderations"}},{"kind":"Field","name":{"kind":"Name","value":"noHumanRightsConsiderations"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSetTagsMutation, StaffSetTagsMutationVariables>;
export const StaffResolveAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffResolveAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StaffResolveAppealMutation, StaffResolveAppealMutationVariables>;
export const StaffRevealSubmitterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRevealSubmitter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealSubmitterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealSubmitter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<StaffRevealSubmitterMutation, StaffRevealSubmitterMutationVariables>;
export const StaffAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAuditQuery, StaffAuditQueryVariables>;
export const StaffAuditFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAuditFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityTypes"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}}]} as unknown as DocumentNode<StaffAuditFacetsQuery, StaffAuditFacetsQueryVariables>;
export const StaffActorLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffActorLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffActorLookupQuery, StaffActorLookupQueryVariables>;
export const StaffDigestSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffDigestSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffDigestSessionsQuery, StaffDigestSessionsQueryVariables>;
export const StaffDigestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffDigests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DigestEdition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"negotiationSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"digests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sameAsId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByVersion"}},{"kind":"Field","name":{"kind":"Name","value":"errorId"}}]}}]}}]} as unknown as DocumentNode<StaffDigestsQuery, StaffDigestsQueryVariables>;
export const StaffDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffDigest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"stats"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"errorId"}},{"kind":"Field","name":{"kind":"Name","value":"sameAsId"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByVersion"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<StaffDigestQuery, StaffDigestQueryVariables>;
export const StaffCompileDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCompileDigest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompileDigestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compileDigest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]} as unknown as DocumentNode<StaffCompileDigestMutation, StaffCompileDigestMutationVariables>;
export const StaffPublishDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPublishDigest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishDigest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededByVersion"}}]}}]}}]} as unknown as DocumentNode<StaffPublishDigestMutation, StaffPublishDigestMutationVariables>;
export const MyOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganisationsQuery, MyOrganisationsQueryVariables>;
export const CountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<CountriesQuery, CountriesQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const WorkspaceOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cosignatureInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"submissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceOrganisationQuery, WorkspaceOrganisationQueryVariables>;
export const OpenRoundsForRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenRoundsForRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenRoundsForRegionQuery, OpenRoundsForRegionQueryVariables>;
export const WorkspaceInviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceInviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<WorkspaceInviteMemberMutation, WorkspaceInviteMemberMutationVariables>;
export const WorkspaceRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<WorkspaceRemoveMemberMutation, WorkspaceRemoveMemberMutationVariables>;
export const EditorRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultationRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"guidingQuestions"}}]}}]}}]} as unknown as DocumentNode<EditorRoundQuery, EditorRoundQueryVariables>;
export const EditorVocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditorVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treatyProvisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"chapterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"articleNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<EditorVocabularyQuery, EditorVocabularyQueryVariables>;
export const SubmissionEditorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmissionEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"provisionIds"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTagIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"wordLimit"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionsCloseAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"guidingQuestions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cosigners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubmissionEditorQuery, SubmissionEditorQueryVariables>;
export const EditorCreateSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorCreateSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}}]}}]}}]} as unknown as DocumentNode<EditorCreateSubmissionMutation, EditorCreateSubmissionMutationVariables>;
export const EditorUpdateSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorUpdateSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosigners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"revisionsCloseAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorUpdateSubmissionMutation, EditorUpdateSubmissionMutationVariables>;
export const EditorSubmitSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorSubmitSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}}]}}]} as unknown as DocumentNode<EditorSubmitSubmissionMutation, EditorSubmitSubmissionMutationVariables>;
export const EditorWithdrawSubmissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorWithdrawSubmission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawSubmissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSubmission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}}]}}]} as unknown as DocumentNode<EditorWithdrawSubmissionMutation, EditorWithdrawSubmissionMutationVariables>;
export const EditorAppealDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorAppealDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditorAppealDecisionMutation, EditorAppealDecisionMutationVariables>;
export const VerifiedOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifiedOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VERIFIED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VerifiedOrganisationsQuery, VerifiedOrganisationsQueryVariables>;
export const EditorInviteCosignerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditorInviteCosigner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteCosignerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteCosigner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EditorInviteCosignerMutation, EditorInviteCosignerMutationVariables>;
export const CosignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cosignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cosignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CosignatureQuery, CosignatureQueryVariables>;
export const RespondToCosignatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToCosignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToCosignatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToCosignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}}]}}]} as unknown as DocumentNode<RespondToCosignatureMutation, RespondToCosignatureMutationVariables>;
export const SubmissionVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmissionVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubmissionVersionsQuery, SubmissionVersionsQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationDigestSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDigestSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<NotificationDigestSessionQuery, NotificationDigestSessionQueryVariables>;