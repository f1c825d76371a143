import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PlatformRole, Public, Roles } from '@app/platform';
import { CreateTagInput, UpdateTagInput } from './tag.inputs';
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

  @Roles(PlatformRole.STAFF)
  @Mutation(() => TagObject)
  createTag(@CurrentActor() actor: Actor, @Args('input') input: CreateTagInput): Promise<TagObject> {
    return this.tagService.create(actor, input);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => TagObject, { description: 'Relabel or (de)activate a tag; tags are never deleted.' })
  updateTag(@CurrentActor() actor: Actor, @Args('input') input: UpdateTagInput): Promise<TagObject> {
    return this.tagService.update(actor, input);
  }
}
