import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { PlatformRole, IsDisplayName, Trim } from '@app/platform';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { MemberRole, OrganisationStatus, OrganisationType, Region } from '../entities';

export enum ReviewDecision {
  VERIFY = 'VERIFY',
  REJECT = 'REJECT',
  SUSPEND = 'SUSPEND',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

const upper = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  @IsDisplayName()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. "KE"' })
  @Transform(upper)
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO 3166-1 code' })
  country!: string;

  @Field(() => OrganisationType)
  @IsEnum(OrganisationType)
  type!: OrganisationType;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(300)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  website?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => Region, { nullable: true, description: 'Only used where the country belongs to no UN regional group.' })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;
}

@InputType()
export class ReviewOrganisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision!: ReviewDecision;

  @Field({ nullable: true, description: 'Required to REJECT or SUSPEND; shown to the organisation.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The organisation’s version the reviewer saw: a stale one answers CONFLICT and changes nothing.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER })
  @IsEnum(MemberRole)
  role!: MemberRole;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;
}

@InputType()
export class OrganisationFilter {
  @Field(() => OrganisationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationStatus)
  status?: OrganisationStatus;

  @Field(() => Region, { nullable: true })
  @IsOptional()
  @IsEnum(Region)
  region?: Region;

  @Field({ nullable: true, description: 'Matches part of the name, any case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class GrantRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;

  @Field(() => PlatformRole)
  @IsEnum(PlatformRole)
  role!: PlatformRole;
}

@InputType()
export class RevokeRoleInput extends GrantRoleInput {}

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Matches part of the display name or the email address, any case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => PlatformRole, { nullable: true, description: 'Only people holding this platform role.' })
  @IsOptional()
  @IsEnum(PlatformRole)
  role?: PlatformRole;
}
