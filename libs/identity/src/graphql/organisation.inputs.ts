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
registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  description: 'What staff decide about an organisation.',
  valuesMap: {
    VERIFY: { description: 'PENDING or SUSPENDED → VERIFIED: it may submit, co-sign and invite members.' },
    REJECT: { description: 'PENDING → REJECTED, with a note to the organisation.' },
    SUSPEND: { description: 'VERIFIED → SUSPENDED, with a note: it can no longer submit, co-sign or invite.' },
  } satisfies Record<keyof typeof ReviewDecision, { description: string }>,
});

const upper = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

@InputType({ description: 'A civil-society organisation to create; it starts PENDING until staff verify it.' })
export class CreateOrganisationInput {
  @Field({ description: 'The organisation’s name (1 to 200 characters), as digests and co-signers show it.' })
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

  @Field(() => OrganisationType, { description: 'What kind of organisation it is.' })
  @IsEnum(OrganisationType)
  type!: OrganisationType;

  @Field({ nullable: true, description: 'Its website: an http(s) URL of at most 300 characters.' })
  @IsOptional()
  @Trim()
  @MaxLength(300)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  website?: string;

  @Field({
    nullable: true,
    description: 'What it does (at most 5,000 characters); shown to whoever may see the organisation.',
  })
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

@InputType({
  description: 'Staff’s decision on an organisation: PENDING → VERIFIED or REJECTED; VERIFIED ⇄ SUSPENDED.',
})
export class ReviewOrganisationInput {
  @Field(() => ID, { description: 'The organisation reviewed.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => ReviewDecision, { description: 'VERIFY, REJECT or SUSPEND.' })
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

@InputType({ description: 'An invitation by email to join an organisation.' })
export class InviteMemberInput {
  @Field(() => ID, { description: 'The organisation (VERIFIED) the person is invited to.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field({ description: 'Where the invitation link goes; the person accepts it logged in with this address.' })
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => MemberRole, {
    defaultValue: MemberRole.MEMBER,
    description: 'The role the person gets on accepting: MEMBER unless given.',
  })
  @IsEnum(MemberRole)
  role!: MemberRole;
}

@InputType({ description: 'A member to remove (or the caller, to leave).' })
export class RemoveMemberInput {
  @Field(() => ID, { description: 'The organisation.' })
  @IsUUID('all', { message: 'must be an organisation id' })
  organisationId!: string;

  @Field(() => ID, { description: 'The member to remove; the caller’s own id to leave.' })
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;
}

@InputType({ description: 'Narrows the organisations list; every given field must match.' })
export class OrganisationFilter {
  @Field(() => OrganisationStatus, { nullable: true, description: 'Only organisations in this review status.' })
  @IsOptional()
  @IsEnum(OrganisationStatus)
  status?: OrganisationStatus;

  @Field(() => Region, { nullable: true, description: 'Only organisations of this UN regional group.' })
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

@InputType({ description: 'A platform role for a person.' })
export class GrantRoleInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;

  @Field(() => PlatformRole, { description: 'MODERATOR or STAFF.' })
  @IsEnum(PlatformRole)
  role!: PlatformRole;
}

@InputType({ description: 'A platform role to take away from a person.' })
export class RevokeRoleInput extends GrantRoleInput {}

@InputType({ description: 'Narrows the people list; every given field must match.' })
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
