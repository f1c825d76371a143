import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionType, JSONScalar } from '@app/platform';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ObjectType('AuditEvent', {
  description:
    'One entry of the append-only audit trail: who did what to which entity, with summaries before and after. An actor who must stay unnamed (an ANONYMOUS submitter) is never shown, not even to staff.',
})
export class AuditEventObject {
  @Field(() => ID, { description: 'Stable reference of the event.' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The person who acted; null for the system, an erased account, or an actor kept sealed.',
  })
  actorId!: string | null;

  @Field({ description: 'What was done, e.g. `submission.submitted` or `digest.published`.' })
  action!: string;

  @Field({ description: 'The kind of entity acted on, e.g. `Submission`.' })
  entityType!: string;

  @Field({ description: 'The id of the entity acted on.' })
  entityId!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'A summary of the entity before (no personal data).' })
  before!: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true, description: 'A summary of the entity after, or of what was done.' })
  after!: Record<string, unknown> | null;
}

export const AuditEventConnection = ConnectionType(AuditEventObject, 'AuditEvent', 'audit events');

@InputType({ description: 'Narrows the audit trail; every given field must match.' })
export class AuditEventFilter {
  @Field({ nullable: true, description: 'Only events on this kind of entity.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field({ nullable: true, description: 'Only events on this entity.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only events by this person (sealed events are never matched).' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true, description: 'Only events of this action.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events at or after this time.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events before this time.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ObjectType('AuditFacets', { description: 'The values the audit trail’s filters can take, for pickers.' })
export class AuditFacetsObject {
  @Field(() => [String], { description: 'Every entity type recorded, alphabetically.' })
  entityTypes!: string[];

  @Field(() => [String], { description: 'Every action recorded, alphabetically.' })
  actions!: string[];
}
