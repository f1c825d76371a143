import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Region } from '@app/identity';
import { ConnectionType } from '@app/platform';
import { ProvisionKind, RoundStatus } from '../entities';

@ObjectType('NegotiationSession', {
  description:
    'A UN negotiation session (e.g. an Ad Hoc Committee session) that consultation rounds feed and digests are compiled for. Public.',
})
export class NegotiationSessionObject {
  @Field(() => ID, { description: 'Stable id of the session.' })
  id!: string;

  @Field({ description: 'Its title, e.g. “AHC 7th session”.' })
  title!: string;

  @Field({ description: 'The negotiation process it belongs to.' })
  processName!: string;

  @Field({ description: 'Where it meets.' })
  location!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it opens.' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When it ends.' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Pass as expectedVersion to updateNegotiationSession.' })
  version!: number;
}

@ObjectType('ConsultationRound', {
  description:
    'One UN region’s consultation before one negotiation session: the window in which that region’s organisations submit positions. DRAFT rounds are shown to staff only; the others are public.',
})
export class ConsultationRoundObject {
  @Field(() => ID, { description: 'Stable id of the round.' })
  id!: string;

  @Field(() => ID, { description: 'The negotiation session it prepares.' })
  sessionId!: string;

  @Field(() => Region, { description: 'The UN regional group whose organisations submit in it.' })
  region!: Region;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field({ description: 'What the round is about (may be empty).' })
  description!: string;

  @Field(() => [String], { description: 'Questions submitters are asked to address, in order.' })
  guidingQuestions!: string[];

  @Field(() => GraphQLISODateTime, { description: 'Submissions are accepted from this moment.' })
  opensAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Submissions are accepted until this moment (not after).' })
  closesAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Revisions asked for by moderators are accepted until this moment.' })
  revisionsCloseAt!: Date;

  @Field(() => Int, { description: 'The most words a submission’s body may have, counted for its language.' })
  wordLimit!: number;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages submissions may be written in.' })
  languages!: string[];

  @Field({
    description:
      'IANA time zone in which the round announces its dates (e.g. Europe/Vienna); clients show deadlines in it and in the reader’s own.',
  })
  timeZone!: string;

  @Field(() => RoundStatus, {
    description: 'Derived from the clock and the dates, so it is right even if a job ran late.',
  })
  status!: RoundStatus;

  @Field({ description: 'Whether new submissions are accepted right now.' })
  acceptingSubmissions!: boolean;

  @Field({ description: 'Whether revisions (after a request for changes) are accepted right now.' })
  acceptingRevisions!: boolean;

  @Field(() => Int, { description: 'Pass as expectedVersion to updateConsultationRound.' })
  version!: number;
}

@ObjectType('TreatyProvision', {
  description:
    'A chapter or article of the instrument under negotiation. Ids are stable (e.g. `article-23`), so submissions cite them and digests group by them.',
})
export class TreatyProvisionObject {
  @Field(() => ID, { description: 'Stable id, e.g. `chapter-2` or `article-23`.' })
  id!: string;

  @Field(() => ProvisionKind, { description: 'CHAPTER or ARTICLE.' })
  kind!: ProvisionKind;

  @Field(() => Int, { description: 'The chapter it is (or is in).' })
  chapterNumber!: number;

  @Field(() => Int, { nullable: true, description: 'The article’s number; null for a chapter.' })
  articleNumber!: number | null;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field(() => Int, { description: 'Reading order across the whole instrument.' })
  position!: number;
}

export const NegotiationSessionConnection = ConnectionType(
  NegotiationSessionObject,
  'NegotiationSession',
  'negotiation sessions',
);
export const ConsultationRoundConnection = ConnectionType(
  ConsultationRoundObject,
  'ConsultationRound',
  'consultation rounds',
);
