import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from '@app/platform';
import { IsEnum, IsUUID } from 'class-validator';
import { DigestEdition, DigestFormat, DigestPhase, DigestStatus } from '../entities';

@ObjectType('DigestPhaseStep', { description: 'A phase of the compile and when the worker entered it.' })
export class DigestPhaseStepObject {
  @Field(() => DigestPhase, { description: 'The phase.' })
  phase!: DigestPhase;

  @Field(() => GraphQLISODateTime, { description: 'When the worker entered it.' })
  startedAt!: Date;
}

@ObjectType('DigestFile', { description: 'One format of a compiled digest, downloadable over HTTP.' })
export class DigestFileObject {
  @Field(() => DigestFormat, { description: 'The file’s format.' })
  format!: DigestFormat;

  @Field(() => Float, { description: 'Size in bytes.' })
  bytes!: number;

  @Field({ description: 'SHA-256 of the file’s bytes, to check a download.' })
  sha256!: string;

  @Field({ description: 'GET it to download (staff, or anyone once published).' })
  url!: string;
}

@ObjectType('Digest', {
  description:
    'One request to compile a session’s digest and, once READY, one version of it: the approved versions of all approved submissions of the session’s rounds, attributed as the edition allows. Staff see every digest; everyone else published ones only.',
})
export class DigestObject {
  @Field(() => ID, { description: 'Stable id of the digest.' })
  id!: string;

  @Field(() => ID, { description: 'The negotiation session it is for.' })
  sessionId!: string;

  @Field(() => DigestEdition, { description: 'PUBLIC or INTERNAL (what it includes and whose names it shows).' })
  edition!: DigestEdition;

  @Field(() => Int, {
    nullable: true,
    description: 'Version number within the session and edition, once compiled; null before.',
  })
  version!: number | null;

  @Field(() => DigestStatus, { description: 'Where it stands (see DigestStatus).' })
  status!: DigestStatus;

  @Field(() => Int, { description: '0–100 while compiling.' })
  progress!: number;

  @Field(() => DigestPhase, { description: 'What the worker is doing now.' })
  phase!: DigestPhase;

  @Field(() => [DigestPhaseStepObject], { description: 'The phases entered so far, in order, with their start times.' })
  phases!: DigestPhaseStepObject[];

  @Field(() => Int, { nullable: true, description: 'How many submissions it holds, once compiled.' })
  submissionCount!: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the canonical content.' })
  contentHash!: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description:
      'Statistics, once compiled: `{ submissions, byRegion: [{ region, submissions, withGenderTag, withHumanRightsTag }], byTag: [{ category, slug, label, submissions }] }`.',
  })
  stats!: Record<string, unknown> | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description:
      'Changes since the previous version, once compiled: `{ previousVersion, added, removed, changed }`, each a list of `{ id, title }` (a submission) or `{ id, title, section, sectionKey }` (an entry of an added section: `section` is its heading, `sectionKey` its key — `side-meetings` for an event’s outcome, whose `id` is the event’s; `publications` for a cited publication, whose `id` is the publication’s).',
  })
  changes!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Why compiling FAILED (no personal data); null otherwise.' })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'FAILED: the error id to quote (the log has the cause).' })
  errorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'For UNCHANGED: the digest whose content this matched.' })
  sameAsId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When staff asked for it.' })
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When compiling finished (READY, UNCHANGED or FAILED).',
  })
  completedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When staff published it; null until then.' })
  publishedAt!: Date | null;
}

@InputType({ description: 'What to compile: a session’s digest in one edition.' })
export class CompileDigestInput {
  @Field(() => ID, { description: 'The negotiation session.' })
  @IsUUID('all', { message: 'must be a session id' })
  sessionId!: string;

  @Field(() => DigestEdition, { description: 'PUBLIC or INTERNAL.' })
  @IsEnum(DigestEdition)
  edition!: DigestEdition;
}
