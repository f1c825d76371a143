import { Field, InputType } from '@nestjs/graphql';
import { Trim } from '@app/platform';
import { UN_LANGUAGES } from '@app/text';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class RegisterInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100)
  displayName!: string;
}

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @Length(20, 200, { message: 'is not a valid reset token' })
  token!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateMyProfileInput {
  @Field({ nullable: true })
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
