import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '@app/platform';
import { IsEnum, IsUUID } from 'class-validator';
import { DigestEdition, DigestFormat, DigestPhase, DigestStatus } from '../entities';

@ObjectType('DigestPhaseStep', { description: 'A phase of the compile and when the worker entered it.' })
export class DigestPhaseStepObject {
  @Field(() => DigestPhase)
  phase!: DigestPhase;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;
}

@ObjectType('DigestFile')
export class DigestFileObject {
  @Field(() => DigestFormat)
  format!: DigestFormat;

  @Field(() => Float, { description: 'Size in bytes.' })
  bytes!: number;

  @Field()
  sha256!: string;

  @Field({ description: 'GET it to download (staff, or anyone once published).' })
  url!: string;
}

@ObjectType('Digest')
export class DigestObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => DigestEdition)
  edition!: DigestEdition;

  @Field(() => Int, { nullable: true })
  version!: number | null;

  @Field(() => DigestStatus)
  status!: DigestStatus;

  @Field(() => Int, { description: '0–100 while compiling.' })
  progress!: number;

  @Field(() => DigestPhase, { description: 'What the worker is doing now.' })
  phase!: DigestPhase;

  @Field(() => [DigestPhaseStepObject], { description: 'The phases entered so far, in order (staff).' })
  phases!: DigestPhaseStepObject[];

  @Field(() => Int, { nullable: true })
  submissionCount!: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the canonical content.' })
  contentHash!: string | null;

  @Field(() => JSONScalar, { nullable: true })
  stats!: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true, description: '{ previousVersion, added, removed, changed }' })
  changes!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'FAILED: the error id to quote (the log has the cause).' })
  errorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'For UNCHANGED: the digest whose content this matched.' })
  sameAsId!: string | null;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;
}

@InputType()
export class CompileDigestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field(() => DigestEdition)
  @IsEnum(DigestEdition)
  edition!: DigestEdition;
}
