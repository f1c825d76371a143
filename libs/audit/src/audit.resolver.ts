import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection, describeOperation, PAGE_ARGS_AFTER, PAGE_ARGS_FIRST, PlatformRole, Roles } from '@app/platform';
import { AuditEventConnection, AuditEventFilter, AuditEventObject, AuditFacetsObject } from './audit-event.object';
import { AuditService } from './audit.service';

@Resolver(() => AuditEventObject)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(PlatformRole.STAFF)
  @Query(() => AuditEventConnection, {
    description: describeOperation('Staff: the audit trail, newest first.', {
      FORBIDDEN: 'the caller is not STAFF',
      BAD_USER_INPUT: 'a filter value, `first` or `after` is invalid',
    }),
  })
  auditEvents(
    @Args('filter', {
      type: () => AuditEventFilter,
      nullable: true,
      description: 'Narrows the trail; omit for all of it.',
    })
    filter: AuditEventFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<AuditEventObject>> {
    // Audit rows are already summaries written for staff; the service's view is what they may see.
    return this.audit.list(filter ?? {}, first, after);
  }

  @Roles(PlatformRole.STAFF)
  @Query(() => AuditFacetsObject, {
    description: describeOperation('Staff: the entity types and actions the audit trail holds, for its filters.', {
      FORBIDDEN: 'the caller is not STAFF',
    }),
  })
  auditFacets(): Promise<AuditFacetsObject> {
    return this.audit.facets();
  }
}
