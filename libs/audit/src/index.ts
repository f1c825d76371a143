import { AuditEventEntity } from './audit-event.entity';

export { AuditEventEntity };
export * from './audit.module';
export * from './audit.service';
export { AuditErrors } from './audit.errors';
export { AuditEventObject } from './audit-event.object';
export const AUDIT_ENTITIES = [AuditEventEntity];
