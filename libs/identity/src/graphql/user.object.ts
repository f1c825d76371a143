import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PlatformRole } from '@app/platform';

@ObjectType('User', { description: 'A person. Email and roles are shown to the person themself and to staff only.' })
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field()
  displayName!: string;

  @Field(() => [PlatformRole], { nullable: true })
  roles!: PlatformRole[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  createdAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The interface language the person chose (ar, zh, en, fr, ru, es); shown to themself and staff.',
  })
  preferredLanguage!: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken!: string;

  @Field()
  refreshToken!: string;

  @Field(() => UserObject)
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
