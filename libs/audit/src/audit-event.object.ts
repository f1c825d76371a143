import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionType, JSONScalar } from '@app/platform';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ObjectType('AuditEvent')
export class AuditEventObject {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field()
  action!: string;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => JSONScalar, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => JSONScalar, { nullable: true })
  after!: Record<string, unknown> | null;
}

export const AuditEventConnection = ConnectionType(AuditEventObject, 'AuditEvent');

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true })
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
