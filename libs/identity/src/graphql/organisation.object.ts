import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/platform';
import { MemberRole, OrganisationStatus, OrganisationType, Region } from '../entities';

@ObjectType('Organisation')
export class OrganisationObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  country!: string;

  @Field(() => Region)
  region!: Region;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field()
  description!: string;

  @Field(() => OrganisationStatus)
  status!: OrganisationStatus;

  @Field(() => String, { nullable: true, description: 'Shown to the organisation’s members and staff.' })
  reviewNote!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => Int, { description: 'Pass as expectedVersion to reviewOrganisation.' })
  version!: number;
}

@ObjectType('Membership')
export class MembershipObject {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => GraphQLISODateTime)
  joinedAt!: Date;
}

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field()
  email!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => GraphQLISODateTime)
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

export const OrganisationConnection = ConnectionType(OrganisationObject, 'Organisation');
