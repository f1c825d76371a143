import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PlatformRole } from '@app/platform';

@ObjectType('User', { description: 'A person. Email and roles are shown to the person themself and to staff only.' })
export class UserObject {
  @Field(() => ID, { description: 'Stable id of the person.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The login email: shown to the person themself and to staff, else null.',
  })
  email!: string | null;

  @Field({ description: 'The name the person chose.' })
  displayName!: string;

  @Field(() => [PlatformRole], {
    nullable: true,
    description: 'Platform roles: shown to the person themself and to staff, else null.',
  })
  roles!: PlatformRole[] | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the account was created: shown to the person themself and to staff, else null.',
  })
  createdAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The interface language the person chose (ar, zh, en, fr, ru, es); shown to themself and staff.',
  })
  preferredLanguage!: string | null;
}

@ObjectType({
  description:
    'A logged-in session: send `accessToken` as `Authorization: Bearer`, and exchange `refreshToken` with refreshSession when it expires.',
})
export class AuthPayload {
  @Field({ description: 'Short-lived bearer token for the `Authorization` header.' })
  accessToken!: string;

  @Field({
    description:
      'One-use token for refreshSession. Empty for the web client, which receives it as an HttpOnly cookie instead.',
  })
  refreshToken!: string;

  @Field(() => UserObject, { description: 'The person now logged in.' })
  user!: UserObject;
}

@ObjectType({
  description:
    'What register answers, the same for every email: check the inbox for the link (verifyEmail then logs in).',
})
export class RegisterResult {
  @Field({ description: 'A sentence to show the person.' })
  message!: string;
}
