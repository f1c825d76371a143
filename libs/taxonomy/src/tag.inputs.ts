import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDisplayName, Trim } from '@app/platform';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { TagCategory } from './tag.entity';

@InputType()
export class CreateTagInput {
  @Field(() => TagCategory)
  @IsEnum(TagCategory)
  category!: TagCategory;

  @Field({ description: 'Lower-case words joined by dashes, unique within the category.' })
  @Trim()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by dashes' })
  @MaxLength(80)
  slug!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  @IsDisplayName()
  label!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

@InputType()
export class UpdateTagInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a tag id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  @IsDisplayName()
  label?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field({ nullable: true, description: 'false deactivates the tag (tags are never deleted).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
