import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Region } from '@app/identity';
import { ConnectionType } from '@app/platform';
import { ProvisionKind, RoundStatus } from '../entities';

@ObjectType('NegotiationSession')
export class NegotiationSessionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  processName!: string;

  @Field()
  location!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ConsultationRound')
export class ConsultationRoundObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => Region)
  region!: Region;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => [String])
  guidingQuestions!: string[];

  @Field(() => GraphQLISODateTime)
  opensAt!: Date;

  @Field(() => GraphQLISODateTime)
  closesAt!: Date;

  @Field(() => GraphQLISODateTime)
  revisionsCloseAt!: Date;

  @Field(() => Int)
  wordLimit!: number;

  @Field(() => [String])
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

  @Field(() => Int)
  version!: number;
}

@ObjectType('TreatyProvision')
export class TreatyProvisionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ProvisionKind)
  kind!: ProvisionKind;

  @Field(() => Int)
  chapterNumber!: number;

  @Field(() => Int, { nullable: true })
  articleNumber!: number | null;

  @Field()
  title!: string;

  @Field(() => Int)
  position!: number;
}

export const NegotiationSessionConnection = ConnectionType(NegotiationSessionObject, 'NegotiationSession');
export const ConsultationRoundConnection = ConnectionType(ConsultationRoundObject, 'ConsultationRound');
