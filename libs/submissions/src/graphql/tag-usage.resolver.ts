import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, isModerator, isStaff, LoaderRegistry, MaybeActor } from '@app/platform';
import { TagObject } from '@app/taxonomy';
import { DataSource } from 'typeorm';

/**
 * How many submissions carry a tag: staff deciding whether to relabel or deactivate a term need to
 * know what it already describes. Lives here because submission_tags is this context's table.
 */
@Resolver(() => TagObject)
export class TagUsageResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Submissions this tag was applied to: moderators and staff (null for others).',
  })
  async usageCount(
    @Parent() tag: TagObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<number | null> {
    if (!isStaff(actor) && !isModerator(actor)) return null;
    const loader = registry.get('submissions.tagUsage', async (ids: readonly string[]) => {
      const rows: { tag_id: string; count: string }[] = await this.dataSource.query(
        `SELECT tag_id, count(*) AS count FROM submission_tags WHERE tag_id = ANY($1::uuid[]) GROUP BY tag_id`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.tag_id, Number(r.count)]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
    return loader.load(tag.id);
  }
}
