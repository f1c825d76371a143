import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Clock,
  Connection,
  CurrentActor,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_AFTER,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Public,
  Roles,
  describeOperation,
  invariant,
} from '@app/platform';
import { ProvisionService } from '../services/provision.service';
import { RoundService } from '../services/round.service';
import { SessionService } from '../services/session.service';
import {
  ConsultationRoundFilter,
  CreateConsultationRoundInput,
  CreateNegotiationSessionInput,
  UpdateConsultationRoundInput,
  UpdateNegotiationSessionInput,
} from './consultation.inputs';
import { toProvisionObject, toRoundObject, toSessionObject } from './consultation.mapper';
import {
  ConsultationRoundConnection,
  ConsultationRoundObject,
  NegotiationSessionConnection,
  NegotiationSessionObject,
  TreatyProvisionObject,
} from './consultation.objects';
import { ConsultationsLoaders } from './consultations.loaders';

@Resolver(() => NegotiationSessionObject)
export class NegotiationSessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly roundService: RoundService,
    private readonly clock: Clock,
  ) {}

  @Roles(PlatformRole.STAFF)
  @Mutation(() => NegotiationSessionObject, {
    description: describeOperation('Staff create a negotiation session (audited).', {
      FORBIDDEN: 'the caller is not STAFF',
      BAD_USER_INPUT: 'endsAt is before startsAt, or a field breaks its rule',
    }),
  })
  async createNegotiationSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session to create.' }) input: CreateNegotiationSessionInput,
  ): Promise<NegotiationSessionObject> {
    return toSessionObject(await this.sessions.create(actor, input));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => NegotiationSessionObject, {
    description: describeOperation('Staff change a negotiation session (audited).', {
      FORBIDDEN: 'the caller is not STAFF',
      NOT_FOUND: 'no such session',
      CONFLICT: 'expectedVersion is stale',
      BAD_USER_INPUT: 'the new dates end before they start, or a field breaks its rule',
    }),
  })
  async updateNegotiationSession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session, its expected version and the changes.' })
    input: UpdateNegotiationSessionInput,
  ): Promise<NegotiationSessionObject> {
    const { id, expectedVersion, ...changes } = input;
    return toSessionObject(await this.sessions.update(actor, id, expectedVersion, changes));
  }

  @Public()
  @Query(() => NegotiationSessionObject, {
    description: describeOperation('Public. One negotiation session.', { NOT_FOUND: 'no such session' }),
  })
  async negotiationSession(
    @Args('id', { type: () => ID, description: 'The session’s id.' }) id: string,
  ): Promise<NegotiationSessionObject> {
    return toSessionObject(await this.sessions.get(id));
  }

  @Public()
  @Query(() => NegotiationSessionConnection, {
    description: describeOperation('Public. Negotiation sessions, newest first.', {
      BAD_USER_INPUT: '`first` or `after` is invalid',
    }),
  })
  async negotiationSessions(
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<NegotiationSessionObject>> {
    return mapConnection(await this.sessions.list(first, after), toSessionObject);
  }

  @ResolveField(() => ConsultationRoundConnection, {
    description: 'The rounds before this session, by opening date (DRAFT ones for staff only).',
  })
  async rounds(
    @Parent() session: NegotiationSessionObject,
    @CurrentActor() actor: MaybeActor,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<ConsultationRoundObject>> {
    const now = this.clock.now();
    return mapConnection(await this.roundService.list(actor, { sessionId: session.id }, first, after), (r) =>
      toRoundObject(r, now),
    );
  }
}

@Resolver(() => ConsultationRoundObject)
export class ConsultationRoundResolver {
  constructor(
    private readonly rounds: RoundService,
    private readonly loaders: ConsultationsLoaders,
    private readonly clock: Clock,
  ) {}

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ConsultationRoundObject, {
    description: describeOperation(
      'Staff create a round as a DRAFT (audited); scheduleConsultationRound makes it public.',
      {
        FORBIDDEN: 'the caller is not STAFF',
        BAD_USER_INPUT:
          'the session does not exist, the dates are out of order, or a field breaks its rule (naming it)',
      },
    ),
  })
  async createConsultationRound(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round to create.' }) input: CreateConsultationRoundInput,
  ): Promise<ConsultationRoundObject> {
    return toRoundObject(await this.rounds.create(actor, input), this.clock.now());
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ConsultationRoundObject, {
    description: describeOperation(
      'Staff change a round that has not closed (audited); new dates reschedule its jobs.',
      {
        FORBIDDEN: 'the caller is not STAFF',
        NOT_FOUND: 'no such round',
        CONFLICT: 'expectedVersion is stale, or the round is CLOSED or ARCHIVED',
        BAD_USER_INPUT: 'the dates are out of order, opensAt changes once open, or a field breaks its rule',
      },
    ),
  })
  async updateConsultationRound(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round, its expected version and the changes.' })
    input: UpdateConsultationRoundInput,
  ): Promise<ConsultationRoundObject> {
    const { id, expectedVersion, ...changes } = input;
    return toRoundObject(await this.rounds.update(actor, id, expectedVersion, changes), this.clock.now());
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ConsultationRoundObject, {
    description: describeOperation(
      'Staff move a DRAFT round to SCHEDULED (audited): it becomes public, opens and closes by its dates, and its organisations are notified when it opens.',
      {
        FORBIDDEN: 'the caller is not STAFF',
        NOT_FOUND: 'no such round',
        CONFLICT: 'the round is not a DRAFT',
        BAD_USER_INPUT: 'closesAt is already past',
      },
    ),
  })
  async scheduleConsultationRound(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The round’s id.' }) id: string,
  ): Promise<ConsultationRoundObject> {
    return toRoundObject(await this.rounds.schedule(actor, id), this.clock.now());
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ConsultationRoundObject, {
    description: describeOperation(
      'Staff close a round now (audited); revisions stay possible until revisionsCloseAt.',
      {
        FORBIDDEN: 'the caller is not STAFF',
        NOT_FOUND: 'no such round',
        CONFLICT: 'the round is a DRAFT, already CLOSED or ARCHIVED',
      },
    ),
  })
  async closeConsultationRound(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The round’s id.' }) id: string,
  ): Promise<ConsultationRoundObject> {
    return toRoundObject(await this.rounds.close(actor, id), this.clock.now());
  }

  @Public()
  @Query(() => ConsultationRoundObject, {
    description: describeOperation('Public. One round (a DRAFT one for staff only).', {
      NOT_FOUND: 'no such round, or a DRAFT one and the caller is not staff',
    }),
  })
  async consultationRound(
    @CurrentActor() actor: MaybeActor,
    @Args('id', { type: () => ID, description: 'The round’s id.' }) id: string,
  ): Promise<ConsultationRoundObject> {
    return toRoundObject(await this.rounds.get(actor, id), this.clock.now());
  }

  @Public()
  @Query(() => ConsultationRoundConnection, {
    description: describeOperation('Public. Rounds by opening date; DRAFT rounds are shown to staff only.', {
      BAD_USER_INPUT: 'a filter value, `first` or `after` is invalid',
    }),
  })
  async consultationRounds(
    @CurrentActor() actor: MaybeActor,
    @Args('filter', {
      type: () => ConsultationRoundFilter,
      nullable: true,
      description: 'Narrows the list; omit for every round the caller may see.',
    })
    filter: ConsultationRoundFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<ConsultationRoundObject>> {
    const now = this.clock.now();
    return mapConnection(await this.rounds.list(actor, filter ?? {}, first, after), (r) => toRoundObject(r, now));
  }

  @ResolveField(() => NegotiationSessionObject, { description: 'The negotiation session this round prepares.' })
  async session(
    @Parent() round: ConsultationRoundObject,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<NegotiationSessionObject> {
    const session = await this.loaders.session(registry).load(round.sessionId);
    invariant(session, `round ${round.id} without session`);
    return toSessionObject(session);
  }
}

@Resolver(() => TreatyProvisionObject)
export class TreatyProvisionResolver {
  constructor(private readonly provisions: ProvisionService) {}

  @Public()
  @Query(() => [TreatyProvisionObject], {
    description: describeOperation('Public. Chapters and articles of the instrument, in reading order.'),
  })
  async treatyProvisions(): Promise<TreatyProvisionObject[]> {
    return (await this.provisions.list()).map(toProvisionObject);
  }
}
