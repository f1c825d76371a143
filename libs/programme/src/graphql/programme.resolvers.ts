import { Args, Extensions, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConsultationsLoaders,
  NegotiationSessionObject,
  TreatyProvisionEntity,
  TreatyProvisionObject,
} from '@app/consultations';
import {
  Actor,
  actorOf,
  Clock,
  Connection,
  CurrentActor,
  EXPENSE_EXTENSION,
  GraphqlContext,
  Idempotent,
  isStaff,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Public,
  Roles,
  invariant,
} from '@app/platform';
import { TagEntity, TagObject } from '@app/taxonomy';
import { RegistrationStatus } from '../entities';
import { BalanceService } from '../services/balance.service';
import { EventService } from '../services/event.service';
import { OutcomeService } from '../services/outcome.service';
import { canSeeOnlineLink } from '../services/programme-access';
import { PublicationService } from '../services/publication.service';
import { RegistrationService } from '../services/registration.service';
import { TrainingService } from '../services/training.service';
import {
  CancelEventInput,
  CreateEventInput,
  CreatePublicationInput,
  CreateTrainingModuleInput,
  EventBalanceFilter,
  EventFilter,
  InviteToEventInput,
  MarkAttendanceInput,
  PublicationFilter,
  RecordEventOutcomeInput,
  RegisterForEventInput,
  RequestCertificateInput,
  UpdateEventInput,
  UpdatePublicationInput,
  UpdateTrainingModuleInput,
} from './programme.inputs';
import {
  toCertificateObject,
  toEventObject,
  toInvitationObject,
  toModuleObject,
  toOutcomeObject,
  toPublicationObject,
  toRegistrationObject,
} from './programme.mapper';
import { ProgrammeLoaders } from './programme.loaders';
import {
  CertificateObject,
  CompletedTrainingModuleObject,
  EventBalanceObject,
  EventInvitationObject,
  EventInvitationPreviewObject,
  EventOutcomeObject,
  EventParticipantObject,
  EventRegistrationConnection,
  EventRegistrationObject,
  ProgrammeEventConnection,
  ProgrammeEventObject,
  PublicationConnection,
  PublicationObject,
  TrainingModuleObject,
} from './programme.objects';

const PAGE_AFTER = { nullable: true, type: () => String, description: 'The endCursor of the previous page.' } as const;

const toTag = (t: TagEntity): TagObject => ({
  id: t.id,
  category: t.category,
  slug: t.slug,
  label: t.label,
  description: t.description,
  active: t.active,
  version: t.version,
});

const toProvision = (p: TreatyProvisionEntity): TreatyProvisionObject => ({
  id: p.id,
  kind: p.kind,
  chapterNumber: p.chapterNumber,
  articleNumber: p.articleNumber,
  title: p.title,
  position: p.position,
});

const present = <T>(rows: (T | null | Error)[]): T[] => rows.filter((r): r is T => !!r && !(r instanceof Error));

/** What a `publications` call costs beyond reading a page (full-text search is charged to the caller's budget). */
export function publicationsExpense(args: Record<string, unknown>): number {
  const filter = (args.filter ?? {}) as { search?: unknown };
  return filter.search ? 100 : 0;
}

@Resolver(() => ProgrammeEventObject)
export class ProgrammeEventResolver {
  constructor(
    private readonly eventService: EventService,
    private readonly registrationService: RegistrationService,
    private readonly loaders: ProgrammeLoaders,
    private readonly consultations: ConsultationsLoaders,
    private readonly clock: Clock,
  ) {}

  @Idempotent()
  @Roles(PlatformRole.STAFF)
  @Mutation(() => ProgrammeEventObject, {
    description: 'Staff create an event. Errors: BAD_USER_INPUT (dates, venue, modules, session named).',
  })
  async createEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The event to create.' }) input: CreateEventInput,
  ): Promise<ProgrammeEventObject> {
    return toEventObject(await this.eventService.create(actor, input), this.clock.now());
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ProgrammeEventObject, {
    description:
      'Staff change an event. More places move people up from the waiting list; new times, venue or link are sent to registrants. Errors: CONFLICT (stale expectedVersion, cancelled event), BAD_USER_INPUT.',
  })
  async updateEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The event, its expected version and the changes.' }) input: UpdateEventInput,
  ): Promise<ProgrammeEventObject> {
    const { id, expectedVersion, ...changes } = input;
    return toEventObject(await this.eventService.update(actor, id, expectedVersion, changes), this.clock.now());
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ProgrammeEventObject, {
    description:
      'Staff cancel an event; everyone registered or waiting is told. Errors: CONFLICT (already cancelled or over).',
  })
  async cancelEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The event and the reason.' }) input: CancelEventInput,
  ): Promise<ProgrammeEventObject> {
    return toEventObject(await this.eventService.cancel(actor, input.id, input.reason ?? null), this.clock.now());
  }

  @Public()
  @Query(() => ProgrammeEventObject, { description: 'One event. Public. Errors: NOT_FOUND.' })
  async event(@Args('id', { type: () => ID, description: 'The event.' }) id: string): Promise<ProgrammeEventObject> {
    return toEventObject(await this.eventService.get(id), this.clock.now());
  }

  @Public()
  @Query(() => ProgrammeEventConnection, { description: 'Events by start, earliest first. Public.' })
  async events(
    @Args('filter', { type: () => EventFilter, nullable: true, description: 'Which events.' })
    filter: EventFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_AFTER) after: string | null,
  ): Promise<Connection<ProgrammeEventObject>> {
    const now = this.clock.now();
    return mapConnection(await this.eventService.list(filter ?? {}, first, after), (e) => toEventObject(e, now));
  }

  @Public()
  @Query(() => EventInvitationPreviewObject, {
    description: 'The event an invitation link is for (anyone holding the link). Errors: NOT_FOUND.',
  })
  async eventInvitation(
    @Args('token', { description: 'The token from the invitation link.' }) token: string,
  ): Promise<EventInvitationPreviewObject> {
    const { invitation, event } = await this.registrationService.invitationPreview(token);
    return {
      event: toEventObject(event, this.clock.now()),
      expiresAt: invitation.expiresAt,
      used: !!invitation.acceptedAt,
    };
  }

  @ResolveField(() => NegotiationSessionObject, {
    nullable: true,
    description: 'The negotiation session it runs beside.',
  })
  async session(
    e: ProgrammeEventObject,
    _args: unknown,
    ctx: GraphqlContext,
  ): Promise<NegotiationSessionObject | null> {
    if (!e.sessionId) return null;
    const s = await this.consultations.session(ctx.loaders).load(e.sessionId);
    return (
      s && {
        id: s.id,
        title: s.title,
        processName: s.processName,
        location: s.location,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        version: s.version,
      }
    );
  }

  @ResolveField(() => [TrainingModuleObject], { description: 'The curriculum modules it covers.' })
  async modules(e: ProgrammeEventObject, _args: unknown, ctx: GraphqlContext): Promise<TrainingModuleObject[]> {
    const rows = present(await this.loaders.module(ctx.loaders).loadMany(e.record.moduleIds));
    return rows.sort((a, b) => a.position - b.position).map(toModuleObject);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The link to join online: staff and people holding a confirmed place only; null for anyone else.',
  })
  async onlineLink(e: ProgrammeEventObject, _args: unknown, ctx: GraphqlContext): Promise<string | null> {
    if (!e.record.onlineUrl) return null;
    const actor = actorOf(ctx);
    if (!actor) return null;
    const mine = isStaff(actor) ? null : await this.loaders.mine(ctx.loaders, actor.userId).load(e.id);
    return canSeeOnlineLink(actor, mine) ? e.record.onlineUrl : null;
  }

  @ResolveField(() => EventRegistrationObject, {
    nullable: true,
    description: 'The caller’s own live registration, if any.',
  })
  async myRegistration(
    e: ProgrammeEventObject,
    _args: unknown,
    ctx: GraphqlContext,
  ): Promise<EventRegistrationObject | null> {
    const actor = actorOf(ctx);
    if (!actor) return null;
    const mine = await this.loaders.mine(ctx.loaders, actor.userId).load(e.id);
    return mine && toRegistrationObject(mine);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Places still free; null when there is no limit.' })
  async placesLeft(e: ProgrammeEventObject, _args: unknown, ctx: GraphqlContext): Promise<number | null> {
    if (e.capacity === null) return null;
    return Math.max(0, e.capacity - (await this.loaders.confirmed(ctx.loaders).load(e.id)));
  }

  @ResolveField(() => EventOutcomeObject, { nullable: true, description: 'What it produced, once staff recorded it.' })
  async outcome(e: ProgrammeEventObject, _args: unknown, ctx: GraphqlContext): Promise<EventOutcomeObject | null> {
    const o = await this.loaders.outcome(ctx.loaders).load(e.id);
    return o && toOutcomeObject(o, e.record);
  }

  @ResolveField(() => EventRegistrationConnection, {
    nullable: true,
    description: 'Who registered, oldest first: staff only (null for anyone else).',
  })
  async registrations(
    @Parent() e: ProgrammeEventObject,
    @CurrentActor() actor: MaybeActor,
    @Args('status', { type: () => RegistrationStatus, nullable: true, description: 'Only these.' })
    status: RegistrationStatus | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_AFTER) after: string | null,
  ): Promise<Connection<EventRegistrationObject> | null> {
    if (!isStaff(actor)) return null;
    return mapConnection(await this.registrationService.listForEvent(e.id, status, first, after), toRegistrationObject);
  }
}

@Resolver(() => EventRegistrationObject)
export class EventRegistrationResolver {
  constructor(
    private readonly registrationService: RegistrationService,
    private readonly training: TrainingService,
    private readonly loaders: ProgrammeLoaders,
    private readonly clock: Clock,
  ) {}

  @Idempotent()
  @Mutation(() => EventRegistrationObject, {
    description:
      'Registers the caller: a place while there is one, else the waiting list (both told by email). Errors (extensions.reason): CONFLICT EVENT_CANCELLED, EVENT_STARTED, REGISTRATION_CLOSED, REGISTRATION_DEADLINE_PASSED, ALREADY_REGISTERED; FORBIDDEN INVITATION_REQUIRED, NOT_A_MEMBER; BAD_USER_INPUT CONSENT_REQUIRED; NOT_FOUND.',
  })
  async registerForEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The event, the organisation, needs and consent.' }) input: RegisterForEventInput,
  ): Promise<EventRegistrationObject> {
    return toRegistrationObject(await this.registrationService.register(actor, input));
  }

  @Mutation(() => EventRegistrationObject, {
    description:
      'The person (or staff) cancels a registration; a freed place goes to the longest-waiting person, who is told with the link. Errors: NOT_FOUND, CONFLICT (already cancelled, event started).',
  })
  async cancelRegistration(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The registration.' }) id: string,
  ): Promise<EventRegistrationObject> {
    return toRegistrationObject(await this.registrationService.cancel(actor, id));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => [EventInvitationObject], {
    description:
      'Staff invite people to an event by email, with or without a Plenary account: the link lets them create one and register. Errors: CONFLICT (cancelled, started, closed), NOT_FOUND.',
  })
  async inviteToEvent(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The event and the addresses invited.' }) input: InviteToEventInput,
  ): Promise<EventInvitationObject[]> {
    return (await this.registrationService.invite(actor, input.eventId, input.emails)).map(toInvitationObject);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => [EventRegistrationObject], {
    description:
      'Staff record who attended, once the event has started. Errors: CONFLICT (not started, cancelled), BAD_USER_INPUT.',
  })
  async markAttendance(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The event and who attended.' }) input: MarkAttendanceInput,
  ): Promise<EventRegistrationObject[]> {
    return (await this.registrationService.markAttendance(actor, input.eventId, input.entries)).map(
      toRegistrationObject,
    );
  }

  @Mutation(() => CertificateObject, {
    description:
      'Asks for a certificate of attendance (PDF, printed by the worker) in one of the six UN languages. Errors: NOT_FOUND, CONFLICT NOT_ATTENDED.',
  })
  async requestCertificate(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The registration and the certificate’s language.' }) input: RequestCertificateInput,
  ): Promise<CertificateObject> {
    return toCertificateObject(await this.training.requestCertificate(actor, input.registrationId, input.language));
  }

  @Query(() => CertificateObject, {
    description: 'One of the caller’s certificates (staff: anyone’s). Errors: NOT_FOUND.',
  })
  async certificate(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The certificate.' }) id: string,
  ): Promise<CertificateObject> {
    return toCertificateObject(await this.training.certificate(actor, id));
  }

  @Query(() => EventRegistrationConnection, { description: 'The caller’s registrations, by the event’s start.' })
  async myEvents(
    @CurrentActor() actor: Actor,
    @Args('upcoming', { type: () => Boolean, nullable: true, description: 'Only events not over yet.' })
    upcoming: boolean | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_AFTER) after: string | null,
  ): Promise<Connection<EventRegistrationObject>> {
    return mapConnection(
      await this.registrationService.listMine(actor, upcoming ?? false, first, after),
      toRegistrationObject,
    );
  }

  @Query(() => [CompletedTrainingModuleObject], { description: 'Curriculum modules the caller completed.' })
  async myCompletedTrainingModules(@CurrentActor() actor: Actor): Promise<CompletedTrainingModuleObject[]> {
    return (await this.training.completedBy(actor.userId)).map((c) => ({
      module: toModuleObject(c.module),
      eventId: c.eventId,
      completedAt: c.completedAt,
    }));
  }

  @ResolveField(() => ProgrammeEventObject, { description: 'The event.' })
  async event(r: EventRegistrationObject, _args: unknown, ctx: GraphqlContext): Promise<ProgrammeEventObject> {
    const event = await this.loaders.event(ctx.loaders).load(r.eventId);
    invariant(event, `registration ${r.id} without event`);
    return toEventObject(event, this.clock.now());
  }

  @ResolveField(() => Int, { nullable: true, description: 'Place on the waiting list (1 next), while WAITLISTED.' })
  async waitlistPosition(r: EventRegistrationObject, _args: unknown, ctx: GraphqlContext): Promise<number | null> {
    if (r.status !== RegistrationStatus.WAITLISTED) return null;
    return this.loaders.waitlistPosition(ctx.loaders).load(r.id);
  }

  @ResolveField(() => EventParticipantObject, {
    description: 'The person (registrations reach the person and staff only).',
  })
  async participant(r: EventRegistrationObject, _args: unknown, ctx: GraphqlContext): Promise<EventParticipantObject> {
    const user = r.record.userId ? await this.loaders.user(ctx.loaders).load(r.record.userId) : null;
    return { userId: user?.id ?? null, displayName: user?.displayName ?? null, email: user?.email ?? null };
  }

  @ResolveField(() => [CertificateObject], { description: 'Certificates of attendance asked for, by language.' })
  async certificates(r: EventRegistrationObject, _args: unknown, ctx: GraphqlContext): Promise<CertificateObject[]> {
    return (await this.loaders.certificates(ctx.loaders).load(r.id)).map(toCertificateObject);
  }
}

@Resolver(() => EventOutcomeObject)
export class EventOutcomeResolver {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly eventService: EventService,
    private readonly loaders: ProgrammeLoaders,
  ) {}

  @Roles(PlatformRole.STAFF)
  @Mutation(() => EventOutcomeObject, {
    description:
      'Staff record (or, with expectedVersion, change) an event’s outcome. Errors: CONFLICT (not yet held, cancelled, stale version), BAD_USER_INPUT (REVIEW_INCOMPLETE, CHATHAM_HOUSE speakers, unknown tags or provisions).',
  })
  async recordEventOutcome(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The event and its outcome.' }) input: RecordEventOutcomeInput,
  ): Promise<EventOutcomeObject> {
    const outcome = await this.outcomes.record(actor, input);
    return toOutcomeObject(outcome, await this.eventService.get(outcome.eventId));
  }

  @ResolveField(() => [TagObject], { description: 'Its tags.' })
  async tags(o: EventOutcomeObject, _args: unknown, ctx: GraphqlContext): Promise<TagObject[]> {
    return present(await this.loaders.tag(ctx.loaders).loadMany(o.tagIds)).map(toTag);
  }

  @ResolveField(() => [TreatyProvisionObject], { description: 'The treaty provisions it concerns, in reading order.' })
  async provisions(o: EventOutcomeObject, _args: unknown, ctx: GraphqlContext): Promise<TreatyProvisionObject[]> {
    return present(await this.loaders.provision(ctx.loaders).loadMany(o.provisionIds))
      .sort((a, b) => a.position - b.position)
      .map(toProvision);
  }
}

@Resolver(() => EventBalanceObject)
export class EventBalanceResolver {
  constructor(private readonly balance: BalanceService) {}

  @Public()
  @Query(() => EventBalanceObject, {
    description:
      'Registrants and attendees by region, organisation type and gender for an event, a session or a year. Exact for staff; for everyone else counts below 5 read “fewer than 5”. Errors: BAD_USER_INPUT (not exactly one scope), NOT_FOUND.',
  })
  eventBalance(
    @CurrentActor() actor: MaybeActor,
    @Args('filter', { type: () => EventBalanceFilter, description: 'Whose balance.' }) filter: EventBalanceFilter,
  ): Promise<EventBalanceObject> {
    return this.balance.balance(actor, filter);
  }
}

@Resolver(() => TrainingModuleObject)
export class TrainingModuleResolver {
  constructor(private readonly training: TrainingService) {}

  @Public()
  @Query(() => [TrainingModuleObject], { description: 'The training curriculum, in order. Public.' })
  async trainingModules(
    @CurrentActor() actor: MaybeActor,
    @Args('includeInactive', { type: () => Boolean, nullable: true, description: 'Staff: also modules retired.' })
    includeInactive: boolean | null,
  ): Promise<TrainingModuleObject[]> {
    return (await this.training.list(!!includeInactive && isStaff(actor))).map(toModuleObject);
  }

  @Idempotent()
  @Roles(PlatformRole.STAFF)
  @Mutation(() => TrainingModuleObject, { description: 'Staff add a module to the curriculum.' })
  async createTrainingModule(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The training module to create.' }) input: CreateTrainingModuleInput,
  ): Promise<TrainingModuleObject> {
    return toModuleObject(await this.training.create(actor, input));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => TrainingModuleObject, {
    description: 'Staff change a module. Errors: CONFLICT (stale version), NOT_FOUND.',
  })
  async updateTrainingModule(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The module, its expected version and the changes.' }) input: UpdateTrainingModuleInput,
  ): Promise<TrainingModuleObject> {
    const { id, expectedVersion, ...changes } = input;
    return toModuleObject(await this.training.update(actor, id, expectedVersion, changes));
  }
}

@Resolver(() => PublicationObject)
export class PublicationResolver {
  constructor(
    private readonly publicationService: PublicationService,
    private readonly loaders: ProgrammeLoaders,
    private readonly consultations: ConsultationsLoaders,
  ) {}

  @Idempotent()
  @Roles(PlatformRole.STAFF)
  @Mutation(() => PublicationObject, {
    description:
      'Staff add a publication as a DRAFT; its file is uploaded with PUT /files/publications/<id>. Errors: BAD_USER_INPUT (authorsConsented, tags, provisions).',
  })
  async createPublication(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The publication to create.' }) input: CreatePublicationInput,
  ): Promise<PublicationObject> {
    return toPublicationObject(await this.publicationService.create(actor, input));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => PublicationObject, {
    description: 'Staff change a publication. Errors: CONFLICT (stale version), NOT_FOUND, BAD_USER_INPUT.',
  })
  async updatePublication(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The publication, its expected version and the changes.' }) input: UpdatePublicationInput,
  ): Promise<PublicationObject> {
    const { id, expectedVersion, ...changes } = input;
    return toPublicationObject(await this.publicationService.update(actor, id, expectedVersion, changes));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => PublicationObject, {
    description:
      'Staff publish a publication: listed publicly and its file downloadable by anyone. Errors: CONFLICT ALREADY_PUBLISHED, BAD_USER_INPUT (no file, link or DOI), NOT_FOUND.',
  })
  async publishPublication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The publication.' }) id: string,
  ): Promise<PublicationObject> {
    return toPublicationObject(await this.publicationService.publish(actor, id));
  }

  @Public()
  @Query(() => PublicationObject, { description: 'One publication (drafts: staff only). Errors: NOT_FOUND.' })
  async publication(
    @CurrentActor() actor: MaybeActor,
    @Args('id', { type: () => ID, description: 'The publication.' }) id: string,
  ): Promise<PublicationObject> {
    return toPublicationObject(await this.publicationService.get(actor, id));
  }

  @Public()
  @Extensions({ [EXPENSE_EXTENSION]: publicationsExpense })
  @Query(() => PublicationConnection, {
    description: 'Publications, newest first or by relevance with search. Public: published ones; staff: drafts too.',
  })
  async publications(
    @CurrentActor() actor: MaybeActor,
    @Args('filter', { type: () => PublicationFilter, nullable: true, description: 'Which publications.' })
    filter: PublicationFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_AFTER) after: string | null,
  ): Promise<Connection<PublicationObject>> {
    return mapConnection(await this.publicationService.list(actor, filter ?? {}, first, after), toPublicationObject);
  }

  @ResolveField(() => [TagObject], { description: 'Its tags.' })
  async tags(p: PublicationObject, _args: unknown, ctx: GraphqlContext): Promise<TagObject[]> {
    return present(await this.loaders.tag(ctx.loaders).loadMany(p.tagIds)).map(toTag);
  }

  @ResolveField(() => [TreatyProvisionObject], { description: 'The treaty provisions it concerns, in reading order.' })
  async provisions(p: PublicationObject, _args: unknown, ctx: GraphqlContext): Promise<TreatyProvisionObject[]> {
    return present(await this.loaders.provision(ctx.loaders).loadMany(p.provisionIds))
      .sort((a, b) => a.position - b.position)
      .map(toProvision);
  }

  @ResolveField(() => NegotiationSessionObject, { nullable: true, description: 'The negotiation session it informs.' })
  async session(p: PublicationObject, _args: unknown, ctx: GraphqlContext): Promise<NegotiationSessionObject | null> {
    if (!p.sessionId) return null;
    const s = await this.consultations.session(ctx.loaders).load(p.sessionId);
    return (
      s && {
        id: s.id,
        title: s.title,
        processName: s.processName,
        location: s.location,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        version: s.version,
      }
    );
  }
}
