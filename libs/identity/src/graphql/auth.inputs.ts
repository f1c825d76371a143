import { Field, InputType } from '@nestjs/graphql';
import { IsDisplayName, Trim } from '@app/platform';
import { UN_LANGUAGES } from '@app/text';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType({ description: 'A new account: answered the same whether or not the email already has one.' })
export class RegisterInput {
  @Field({ description: 'The person’s email address (at most 254 characters); the verification link goes there.' })
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({
    description:
      'At most 200 characters; refused (BAD_USER_INPUT naming `password`) when too short, too common, or made of the email.',
  })
  @IsString()
  @MaxLength(200)
  password!: string;

  @Field({ description: 'The name other people see (1 to 100 characters); never shown in public outputs.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  @IsDisplayName()
  displayName!: string;
}

@InputType({ description: 'Credentials to log in with.' })
export class LoginInput {
  @Field({ description: 'The account’s email address, any case.' })
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'The account’s password.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'A new password, with the token of the emailed reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link (valid for one hour, once).' })
  @IsString()
  @Length(20, 200, { message: 'is not a valid reset token' })
  token!: string;

  @Field({ description: 'The new password (at most 200 characters; the same strength rules as at registration).' })
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateMyProfileInput {
  @Field({ nullable: true, description: 'The new display name (1 to 100 characters).' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  displayName?: string;

  @Field({ nullable: true, description: 'One of ar, zh, en, fr, ru, es.' })
  @IsOptional()
  @IsIn(UN_LANGUAGES, { message: `must be one of ${UN_LANGUAGES.join(', ')}` })
  preferredLanguage?: string;
}
