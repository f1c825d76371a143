import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/platform';
import { MemberRole, OrganisationStatus, OrganisationType, Region } from '../entities';

@ObjectType('Organisation', {
  description:
    'A civil-society organisation. Logged-in people see VERIFIED ones and their own; staff and moderators see all; the public sees none (published submissions attribute them by name or region as their disclosure allows).',
})
export class OrganisationObject {
  @Field(() => ID, { description: 'Stable id of the organisation.' })
  id!: string;

  @Field({ description: 'Its name.' })
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of its country.' })
  country!: string;

  @Field(() => Region, {
    description: 'Its UN regional group (from the country, or chosen where the country is in none).',
  })
  region!: Region;

  @Field(() => OrganisationType, { description: 'What kind of organisation it is.' })
  type!: OrganisationType;

  @Field(() => String, { nullable: true, description: 'Its website, if it gave one.' })
  website!: string | null;

  @Field({ description: 'What it does, in its own words (empty if not given).' })
  description!: string;

  @Field(() => OrganisationStatus, {
    description: 'Where staff’s review stands; only VERIFIED organisations submit and co-sign.',
  })
  status!: OrganisationStatus;

  @Field(() => String, { nullable: true, description: 'Shown to the organisation’s members and staff.' })
  reviewNote!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Int, { description: 'Pass as expectedVersion to reviewOrganisation.' })
  version!: number;
}

@ObjectType('Membership', { description: 'A person’s membership of an organisation.' })
export class MembershipObject {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field(() => ID, { description: 'The member.' })
  userId!: string;

  @Field(() => MemberRole, { description: 'ADMIN or MEMBER.' })
  role!: MemberRole;

  @Field(() => GraphQLISODateTime, {
    description: 'When the person joined (created the organisation or accepted an invitation).',
  })
  joinedAt!: Date;
}

@ObjectType('Invitation', {
  description: 'An invitation to join an organisation, waiting to be accepted (valid for 7 days).',
})
export class InvitationObject {
  @Field(() => ID, { description: 'Stable id of the invitation.' })
  id!: string;

  @Field(() => ID, { description: 'The organisation the person is invited to.' })
  organisationId!: string;

  @Field({ description: 'The address invited (lower-cased).' })
  email!: string;

  @Field(() => MemberRole, { description: 'The role the person gets on accepting.' })
  role!: MemberRole;

  @Field(() => GraphQLISODateTime, { description: 'After this the link no longer works.' })
  expiresAt!: Date;
}

@ObjectType('Country', {
  description: 'A country an organisation may be based in. Names come from the client (its own language).',
})
export class CountryObject {
  @Field({ description: 'ISO 3166-1 alpha-2 code (and XK for Kosovo).' })
  code!: string;

  @Field(() => Region, {
    nullable: true,
    description: 'The UN regional group; null where the country is in none and the organisation chooses.',
  })
  region!: Region | null;
}

export const OrganisationConnection = ConnectionType(OrganisationObject, 'Organisation', 'organisations');
