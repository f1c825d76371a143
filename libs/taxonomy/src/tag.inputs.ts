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

@InputType({ description: 'A tag to add to the vocabulary.' })
export class CreateTagInput {
  @Field(() => TagCategory, { description: 'Its category.' })
  @IsEnum(TagCategory)
  category!: TagCategory;

  @Field({ description: 'Lower-case words joined by dashes (at most 80 characters), unique within the category.' })
  @Trim()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by dashes' })
  @MaxLength(80)
  slug!: string;

  @Field({ description: 'What people read (1 to 200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  @IsDisplayName()
  label!: string;

  @Field({ nullable: true, description: 'What it means (at most 2,000 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

@InputType({ description: 'Changes to a tag: only the fields given change.' })
export class UpdateTagInput {
  @Field(() => ID, { description: 'The tag.' })
  @IsUUID('all', { message: 'must be a tag id' })
  id!: string;

  @Field(() => Int, { description: 'The version the caller loaded; CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'A new label.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  @IsDisplayName()
  label?: string;

  @Field({ nullable: true, description: 'A new description.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field({ nullable: true, description: 'False deactivates the tag, true reactivates it (tags are never deleted).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
