import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PlatformRole, Public, Roles, describeOperation } from '@app/platform';
import { CreateTagInput, UpdateTagInput } from './tag.inputs';
import { TagCategory } from './tag.entity';
import { TagObject } from './tag.object';
import { TagService } from './tag.service';

@Resolver(() => TagObject)
export class TagResolver {
  constructor(private readonly tagService: TagService) {}

  @Public()
  @Query(() => [TagObject], {
    description: describeOperation(
      'Public. The tagging vocabulary by category and label: active tags unless includeInactive.',
    ),
  })
  tags(
    @Args('category', { type: () => TagCategory, nullable: true, description: 'Only tags of this category.' })
    category: TagCategory | null,
    @Args('includeInactive', {
      type: () => Boolean,
      nullable: true,
      description: 'Include deactivated tags too (default false).',
    })
    includeInactive: boolean | null,
  ): Promise<TagObject[]> {
    return this.tagService.list(category, includeInactive ?? false);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => TagObject, {
    description: describeOperation('Staff add a tag to the vocabulary (audited).', {
      FORBIDDEN: 'the caller is not STAFF',
      BAD_USER_INPUT: 'the slug is taken in the category, or a field breaks its rule (naming it)',
    }),
  })
  createTag(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The tag to add.' }) input: CreateTagInput,
  ): Promise<TagObject> {
    return this.tagService.create(actor, input);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => TagObject, {
    description: describeOperation(
      'Staff relabel, describe, deactivate or reactivate a tag (audited); tags are never deleted.',
      { FORBIDDEN: 'the caller is not STAFF', NOT_FOUND: 'no such tag', CONFLICT: 'expectedVersion is stale' },
    ),
  })
  updateTag(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The tag, its expected version and the changes.' }) input: UpdateTagInput,
  ): Promise<TagObject> {
    return this.tagService.update(actor, input);
  }
}
