import { Injectable } from '@nestjs/common';
import { groupBy, LoaderRegistry } from '@app/platform';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import {
  AppealEntity,
  ModerationClaimEntity,
  ModerationDecisionEntity,
  ModerationNoteEntity,
  TagReviewEntity,
} from '../entities';
import { ClaimService } from '../services/claim.service';
import { NoteService } from '../services/note.service';
import { SimilarityService } from '../services/similarity.service';

const one = <T extends { submissionId: string }>(ids: readonly string[], rows: T[]): (T | null)[] => {
  const map = new Map(rows.map((r) => [r.submissionId, r]));
  return ids.map((id) => map.get(id) ?? null);
};

/** Per-request loaders for the moderation fields of submissions. */
@Injectable()
export class ModerationLoaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly claims: ClaimService,
    private readonly noteService: NoteService,
    private readonly similarity: SimilarityService,
  ) {}

  claim(registry: LoaderRegistry): DataLoader<string, ModerationClaimEntity | null> {
    return registry.get('moderation.claims', async (ids: readonly string[]) =>
      one(ids, await this.claims.liveClaims(ids)),
    );
  }

  tagReview(registry: LoaderRegistry): DataLoader<string, TagReviewEntity | null> {
    return registry.get('moderation.tagReviews', async (ids: readonly string[]) =>
      one(ids, await this.dataSource.getRepository(TagReviewEntity).find({ where: { submissionId: In([...ids]) } })),
    );
  }

  appeal(registry: LoaderRegistry): DataLoader<string, AppealEntity | null> {
    return registry.get('moderation.appeals', async (ids: readonly string[]) =>
      one(ids, await this.dataSource.getRepository(AppealEntity).find({ where: { submissionId: In([...ids]) } })),
    );
  }

  notes(registry: LoaderRegistry): DataLoader<string, ModerationNoteEntity[]> {
    return registry.get('moderation.notes', async (ids: readonly string[]) =>
      groupBy(ids, await this.noteService.forSubmissions(ids), (n) => n.submissionId),
    );
  }

  decisions(registry: LoaderRegistry): DataLoader<string, ModerationDecisionEntity[]> {
    return registry.get('moderation.decisions', async (ids: readonly string[]) =>
      groupBy(
        ids,
        await this.dataSource
          .getRepository(ModerationDecisionEntity)
          .find({ where: { submissionId: In([...ids]) }, order: { createdAt: 'ASC' } }),
        (d) => d.submissionId,
      ),
    );
  }

  /** `excludeOrganisationIds`: the viewer's own organisations (their items are never a moderator's neighbours). */
  hasSimilar(registry: LoaderRegistry, excludeOrganisationIds: ReadonlySet<string>): DataLoader<string, boolean> {
    return registry.get('moderation.hasSimilar', async (ids: readonly string[]) => {
      const similar = await this.similarity.withSimilar(ids, [...excludeOrganisationIds]);
      return ids.map((id) => similar.has(id));
    });
  }
}
