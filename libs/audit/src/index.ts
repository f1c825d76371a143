import { AuditEventEntity } from './audit-event.entity';

export { AuditEventEntity };
export * from './audit.module';
export * from './audit.service';
export const AUDIT_ENTITIES = [AuditEventEntity];
