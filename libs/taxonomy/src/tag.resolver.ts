import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/platform';
import { TagCategory } from './tag.entity';
import { TagObject } from './tag.object';
import { TagService } from './tag.service';

@Resolver(() => TagObject)
export class TagResolver {
  constructor(private readonly tagService: TagService) {}

  @Public()
  @Query(() => [TagObject], { description: 'The tagging vocabulary (active tags unless includeInactive).' })
  tags(
    @Args('category', { type: () => TagCategory, nullable: true }) category: TagCategory | null,
    @Args('includeInactive', { type: () => Boolean, nullable: true }) includeInactive: boolean | null,
  ): Promise<TagObject[]> {
    return this.tagService.list(category, includeInactive ?? false);
  }
}
