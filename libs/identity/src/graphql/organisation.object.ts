import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
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

export const OrganisationConnection = ConnectionType(OrganisationObject, 'Organisation');
