import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Clock,
  Connection,
  CurrentActor,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Public,
  Roles,
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
  @Mutation(() => NegotiationSessionObject)
  async createNegotiationSession(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateNegotiationSessionInput,
  ): Promise<NegotiationSessionObject> {
    return toSessionObject(await this.sessions.create(actor, input));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => NegotiationSessionObject)
  async updateNegotiationSession(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateNegotiationSessionInput,
  ): Promise<NegotiationSessionObject> {
    const { id, expectedVersion, ...changes } = input;
    return toSessionObject(await this.sessions.update(actor, id, expectedVersion, changes));
  }

  @Public()
  @Query(() => NegotiationSessionObject)
  async negotiationSession(@Args('id', { type: () => ID }) id: string): Promise<NegotiationSessionObject> {
    return toSessionObject(await this.sessions.get(id));
  }

  @Public()
  @Query(() => NegotiationSessionConnection, { description: 'Newest first.' })
  async negotiationSessions(
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', { nullable: true, type: () => String }) after: string | null,
  ): Promise<Connection<NegotiationSessionObject>> {
    return mapConnection(await this.sessions.list(first, after), toSessionObject);
  }

  @ResolveField(() => ConsultationRoundConnection, { description: 'The rounds before this session.' })
  async rounds(
    @Parent() session: NegotiationSessionObject,
    @CurrentActor() actor: MaybeActor,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', { nullable: true, type: () => String }) after: string | null,
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
  @Mutation(() => ConsultationRoundObject)
  async createConsultationRound(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateConsultationRoundInput,
  ): Promise<ConsultationRoundObject> {
    return toRoundObject(await this.rounds.create(actor, input), this.clock.now());
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ConsultationRoundObject)
  async updateConsultationRound(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateConsultationRoundInput,
  ): Promise<ConsultationRoundObject> {
    const { id, expectedVersion, ...changes } = input;
    return toRoundObject(await this.rounds.update(actor, id, expectedVersion, changes), this.clock.now());
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ConsultationRoundObject)
  async scheduleConsultationRound(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ConsultationRoundObject> {
    return toRoundObject(await this.rounds.schedule(actor, id), this.clock.now());
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => ConsultationRoundObject)
  async closeConsultationRound(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ConsultationRoundObject> {
    return toRoundObject(await this.rounds.close(actor, id), this.clock.now());
  }

  @Public()
  @Query(() => ConsultationRoundObject)
  async consultationRound(
    @CurrentActor() actor: MaybeActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ConsultationRoundObject> {
    return toRoundObject(await this.rounds.get(actor, id), this.clock.now());
  }

  @Public()
  @Query(() => ConsultationRoundConnection, { description: 'By opening date; DRAFT rounds are shown to staff only.' })
  async consultationRounds(
    @CurrentActor() actor: MaybeActor,
    @Args('filter', { type: () => ConsultationRoundFilter, nullable: true })
    filter: ConsultationRoundFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', { nullable: true, type: () => String }) after: string | null,
  ): Promise<Connection<ConsultationRoundObject>> {
    const now = this.clock.now();
    return mapConnection(await this.rounds.list(actor, filter ?? {}, first, after), (r) => toRoundObject(r, now));
  }

  @ResolveField(() => NegotiationSessionObject)
  async session(
    @Parent() round: ConsultationRoundObject,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<NegotiationSessionObject> {
    const session = await this.loaders.session(registry).load(round.sessionId);
    if (!session) throw new Error(`round ${round.id} without session`);
    return toSessionObject(session);
  }
}

@Resolver(() => TreatyProvisionObject)
export class TreatyProvisionResolver {
  constructor(private readonly provisions: ProvisionService) {}

  @Public()
  @Query(() => [TreatyProvisionObject], { description: 'Chapters and articles of the instrument, in reading order.' })
  async treatyProvisions(): Promise<TreatyProvisionObject[]> {
    return (await this.provisions.list()).map(toProvisionObject);
  }
}
