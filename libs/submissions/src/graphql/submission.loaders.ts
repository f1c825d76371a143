import { Injectable } from '@nestjs/common';
import { ProvisionService, TreatyProvisionEntity } from '@app/consultations';
import { groupBy, LoaderRegistry, MaybeActor } from '@app/platform';
import { TagEntity, TagService } from '@app/taxonomy';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CosignatureEntity, SubmissionEntity, SubmissionVersionEntity } from '../entities';
import { CosignatureService } from '../services/cosignature.service';
import { SubmissionViewer } from '../services/disclosure.policy';
import { SubmissionAccessService } from '../services/submission-access.service';

/** Per-request loaders for submission fields: a list of 50 costs the same number of queries as 5. */
@Injectable()
export class SubmissionLoaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SubmissionAccessService,
    private readonly cosignatureService: CosignatureService,
    private readonly provisions: ProvisionService,
    private readonly tagService: TagService,
  ) {}

  /** The caller as the disclosure policy sees them, computed once per request. */
  viewer(registry: LoaderRegistry, actor: MaybeActor): Promise<SubmissionViewer> {
    return registry.once(`submissions.viewer:${actor?.userId ?? 'public'}`, () => this.access.viewer(actor));
  }

  cosignatures(registry: LoaderRegistry): DataLoader<string, CosignatureEntity[]> {
    return registry.get('submissions.cosignatures', async (ids: readonly string[]) =>
      groupBy(ids, await this.cosignatureService.forSubmissions(ids), (c) => c.submissionId),
    );
  }

  /** Co-signatures asked of each organisation, newest first. */
  cosignaturesOfOrganisation(registry: LoaderRegistry): DataLoader<string, CosignatureEntity[]> {
    return registry.get('submissions.cosignaturesOfOrganisation', async (ids: readonly string[]) =>
      groupBy(ids, await this.cosignatureService.forOrganisations(ids), (c) => c.organisationId),
    );
  }

  /** Tags moderators applied, active or not (a deactivated tag still describes what it tagged). */
  tags(registry: LoaderRegistry): DataLoader<string, TagEntity[]> {
    return registry.get('submissions.tags', async (ids: readonly string[]) => {
      // One row per (submission, tag): a tag applied to several submissions of the batch belongs to each.
      // The links are this context's SQL, the tags taxonomy's: one query all the same.
      const links = await this.tagService.linkedBy(
        'SELECT st.submission_id AS owner_id, st.tag_id FROM submission_tags st WHERE st.submission_id = ANY($1::uuid[])',
        [ids],
      );
      return groupBy(ids, links, (l) => l.ownerId).map((list) => list.map((l) => l.tag));
    });
  }

  tagsById(registry: LoaderRegistry): DataLoader<string, TagEntity | null> {
    return registry.get('submissions.tagsById', async (ids: readonly string[]) => {
      const rows = await this.tagService.findByIds(ids);
      const map = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /** The whole instrument, loaded once per request (a few dozen rows). */
  provisionsById(registry: LoaderRegistry): Promise<Map<string, TreatyProvisionEntity>> {
    return registry.once(
      'submissions.provisions',
      async () => new Map((await this.provisions.list()).map((p) => [p.id, p])),
    );
  }

  /** Bodies of submissions listed without them (one query for a page). */
  bodies(registry: LoaderRegistry): DataLoader<string, string> {
    return registry.get('submissions.bodies', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(SubmissionEntity)
        .find({ where: { id: In([...ids]) }, select: { id: true, body: true } });
      const map = new Map(rows.map((r) => [r.id, r.body]));
      return ids.map((id) => map.get(id) ?? '');
    });
  }

  versions(registry: LoaderRegistry): DataLoader<string, SubmissionVersionEntity[]> {
    return registry.get('submissions.versions', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(SubmissionVersionEntity)
        .find({ where: { submissionId: In([...ids]) }, order: { number: 'ASC' } });
      return groupBy(ids, rows, (v) => v.submissionId);
    });
  }
}
