import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection, PAGE_ARGS_FIRST, PlatformRole, Roles } from '@app/platform';
import { AuditEventConnection, AuditEventFilter, AuditEventObject, AuditFacetsObject } from './audit-event.object';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventObject)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(PlatformRole.STAFF)
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first (staff).' })
  auditEvents(
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter: AuditEventFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', { nullable: true, type: () => String }) after: string | null,
  ): Promise<Connection<AuditEventObject>> {
    // Audit rows are already summaries written for staff; the service's view is what they may see.
    return this.audit.list(filter ?? {}, first, after);
  }

  @Roles(PlatformRole.STAFF)
  @Query(() => AuditFacetsObject, { description: 'The entity types and actions the audit trail holds (staff).' })
  auditFacets(): Promise<AuditFacetsObject> {
    return this.audit.facets();
  }
}
