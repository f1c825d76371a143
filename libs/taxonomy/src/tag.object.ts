import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TagCategory } from './tag.entity';

@ObjectType('Tag', {
  description:
    'A term of the tagging vocabulary moderators apply to submissions. Tags in use are deactivated, never deleted.',
})
export class TagObject {
  @Field(() => ID, { description: 'Stable id of the tag.' })
  id!: string;

  @Field(() => TagCategory, { description: 'GENDER, HUMAN_RIGHTS or THEME.' })
  category!: TagCategory;

  @Field({ description: 'Lower-case words joined by dashes, unique within the category.' })
  slug!: string;

  @Field({ description: 'What people read.' })
  label!: string;

  @Field({ description: 'What the tag means (may be empty).' })
  description!: string;

  @Field({ description: 'False once deactivated: kept on submissions, no longer applied.' })
  active!: boolean;

  @Field(() => Int, { description: 'Pass as expectedVersion to updateTag.' })
  version!: number;
}
