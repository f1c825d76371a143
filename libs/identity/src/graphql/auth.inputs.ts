import { Field, InputType } from '@nestjs/graphql';
import { IsDisplayName, Trim } from '@app/platform';
import { IsEmail, IsNotEmpty, IsString, Length, MaxLength } from 'class-validator';

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
  @IsDisplayName()
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
