import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { PlatformRole, MaybeActor } from './actor';
import { requestOf } from './request-of';

export const IS_PUBLIC = 'plenary:isPublic';
export const REQUIRED_ROLES = 'plenary:requiredRoles';

/** Opens an operation to callers without a login. Everything else is denied to them. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Only callers holding one of these platform roles may run the operation. */
export const Roles = (...roles: PlatformRole[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);

/** The calling Actor, or null on a public operation called without a login. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): MaybeActor => requestOf(context).actor ?? null,
);
