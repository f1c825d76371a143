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
  describeOperation,
  invariant,
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
    description: describeOperation(
      'Staff ask for a digest, compiled by the worker: returns the QUEUED digest, the one already in flight for the session and edition, or the latest version when nothing changed since (no job runs). Two requests at once make one job. Takes an `Idempotency-Key` header.',
      {
        FORBIDDEN: 'the caller is not STAFF',
        NOT_FOUND: 'no such negotiation session (naming `sessionId`)',
        CONFLICT:
          'the digest kept changing while it was requested (try again), or the `Idempotency-Key` was used for another request',
      },
    ),
  })
  async compileDigest(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and edition.' }) input: CompileDigestInput,
  ): Promise<DigestObject> {
    return toObject(await this.digestService.request(actor, input.sessionId, input.edition));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => DigestObject, {
    description: describeOperation(
      'Staff publish a READY PUBLIC digest (audited): anyone can then read and download it.',
      {
        FORBIDDEN: 'the caller is not STAFF',
        NOT_FOUND: 'no such digest',
        CONFLICT: 'it is the INTERNAL edition, or it is not READY',
      },
    ),
  })
  async publishDigest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The digest’s id.' }) id: string,
  ): Promise<DigestObject> {
    return toObject(await this.digestService.publish(actor, id));
  }

  @Public()
  @Query(() => DigestObject, {
    description: describeOperation('Public. One digest: any for staff, published ones for everyone else.', {
      NOT_FOUND: 'no such digest, or one the caller may not see',
    }),
  })
  async digest(
    @CurrentActor() actor: MaybeActor,
    @Args('id', { type: () => ID, description: 'The digest’s id.' }) id: string,
  ): Promise<DigestObject> {
    return toObject(await this.digestService.get(actor, id));
  }

  @Public()
  @Query(() => [DigestObject], {
    description: describeOperation(
      'Public. A session’s digests, newest first (at most 100): all for staff, published ones for everyone else.',
    ),
  })
  async digests(
    @CurrentActor() actor: MaybeActor,
    @Args('sessionId', { type: () => ID, description: 'The negotiation session.' }) sessionId: string,
    @Args('edition', { type: () => DigestEdition, nullable: true, description: 'Only this edition; omit for both.' })
    edition: DigestEdition | null,
  ): Promise<DigestObject[]> {
    return (await this.digestService.list(actor, sessionId, edition)).map(toObject);
  }

  @ResolveField(() => NegotiationSessionObject, { description: 'The negotiation session it is for.' })
  async session(
    @Parent() d: DigestObject,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<NegotiationSessionObject> {
    const session = await this.consultations.session(registry).load(d.sessionId);
    invariant(session, `digest ${d.id} without session`);
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

  @ResolveField(() => [DigestFileObject], {
    description: 'Its files, once compiled: one per format, each with a download URL.',
  })
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
