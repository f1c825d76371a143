import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsultationsLoaders, NegotiationSessionObject } from '@app/consultations';
import {
  Idempotent,
  Actor,
  CurrentActor,
  groupBy,
  LoaderRegistry,
  MaybeActor,
  PlatformConfig,
  PlatformRole,
  Public,
  Roles,
} from '@app/platform';
import { DigestEdition, DigestEntity, DigestFileEntity } from '../entities';
import { DigestService } from '../services/digest.service';
import { CompileDigestInput, DigestFileObject, DigestObject } from './digest.objects';

const toObject = (d: DigestEntity): DigestObject => ({
  id: d.id,
  sessionId: d.sessionId,
  edition: d.edition,
  version: d.version,
  status: d.status,
  progress: d.progress,
  phase: d.phase,
  phases: (d.phases ?? []).map((p) => ({ phase: p.phase, startedAt: new Date(p.startedAt) })),
  submissionCount: d.submissionCount,
  contentHash: d.contentHash,
  stats: d.stats,
  changes: d.changes,
  error: d.error,
  errorId: d.errorId,
  sameAsId: d.sameAsId,
  requestedAt: d.requestedAt,
  completedAt: d.completedAt,
  publishedAt: d.publishedAt,
});

@Resolver(() => DigestObject)
export class DigestResolver {
  constructor(
    private readonly digestService: DigestService,
    private readonly consultations: ConsultationsLoaders,
    private readonly config: PlatformConfig,
  ) {}

  @Roles(PlatformRole.STAFF)
  @Idempotent()
  @Mutation(() => DigestObject, {
    description: 'Queues a compile; returns the one already in flight, or the unchanged latest version.',
  })
  async compileDigest(@CurrentActor() actor: Actor, @Args('input') input: CompileDigestInput): Promise<DigestObject> {
    return toObject(await this.digestService.request(actor, input.sessionId, input.edition));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => DigestObject, {
    description: 'Publishes a READY PUBLIC digest: anyone can then read and download it.',
  })
  async publishDigest(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<DigestObject> {
    return toObject(await this.digestService.publish(actor, id));
  }

  @Public()
  @Query(() => DigestObject)
  async digest(@CurrentActor() actor: MaybeActor, @Args('id', { type: () => ID }) id: string): Promise<DigestObject> {
    return toObject(await this.digestService.get(actor, id));
  }

  @Public()
  @Query(() => [DigestObject], { description: 'Newest first; the public sees published ones only.' })
  async digests(
    @CurrentActor() actor: MaybeActor,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('edition', { type: () => DigestEdition, nullable: true }) edition: DigestEdition | null,
  ): Promise<DigestObject[]> {
    return (await this.digestService.list(actor, sessionId, edition)).map(toObject);
  }

  @ResolveField(() => NegotiationSessionObject)
  async session(
    @Parent() d: DigestObject,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<NegotiationSessionObject> {
    const session = await this.consultations.session(registry).load(d.sessionId);
    if (!session) throw new Error(`digest ${d.id} without session`);
    return {
      id: session.id,
      title: session.title,
      processName: session.processName,
      location: session.location,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      version: session.version,
    };
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'A compiled version that a newer one replaced: the newest version’s number (null when this is the newest).',
  })
  async supersededByVersion(
    @Parent() d: DigestObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<number | null> {
    if (d.version === null) return null;
    const loader = registry.get('digests.latestVersion', (keys: readonly string[]) =>
      this.digestService.latestVersions(
        actor,
        keys.map((k) => {
          const [sessionId, edition] = k.split('|');
          return { sessionId, edition: edition as DigestEdition };
        }),
      ),
    );
    const latest = await loader.load(`${d.sessionId}|${d.edition}`);
    return latest !== null && latest > d.version ? latest : null;
  }

  @ResolveField(() => [DigestFileObject])
  async files(@Parent() d: DigestObject, @Context('loaders') registry: LoaderRegistry): Promise<DigestFileObject[]> {
    const loader = registry.get('digests.files', async (ids: readonly string[]) =>
      groupBy(ids, await this.digestService.filesOf(ids), (f: DigestFileEntity) => f.digestId),
    );
    return (await loader.load(d.id)).map((f) => ({
      format: f.format,
      bytes: Number(f.bytes),
      sha256: f.sha256,
      url: `${this.config.PUBLIC_URL}/digests/${d.id}/files/${f.format}`,
    }));
  }
}
