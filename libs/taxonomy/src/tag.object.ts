import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TagCategory } from './tag.entity';

@ObjectType('Tag')
export class TagObject {
  @Field(() => ID)
  id!: string;

  @Field(() => TagCategory)
  category!: TagCategory;

  @Field()
  slug!: string;

  @Field()
  label!: string;

  @Field()
  description!: string;

  @Field()
  active!: boolean;

  @Field(() => Int)
  version!: number;
}
