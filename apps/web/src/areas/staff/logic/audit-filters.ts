/**
 * The audit trail's filters, kept in the address (so a view can be shared) and turned into the
 * api's AuditEventFilter. Days are the staff member's own calendar days: "from 3 March" starts at
 * their midnight, "to 5 March" includes all of the 5th.
 */
export interface AuditFilters {
  entityType: string;
  entityId: string;
  action: string;
  actor: string;
  from: string;
  to: string;
}

const KEYS: (keyof AuditFilters)[] = ['entityType', 'entityId', 'action', 'actor', 'from', 'to'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readFilters(params: URLSearchParams): AuditFilters {
  const get = (k: keyof AuditFilters) => (params.get(k) ?? '').trim().slice(0, 100);
  return {
    entityType: get('entityType'),
    entityId: get('entityId'),
    action: get('action'),
    actor: UUID.test(get('actor')) ? get('actor') : '',
    from: DAY.test(get('from')) ? get('from') : '',
    to: DAY.test(get('to')) ? get('to') : '',
  };
}

export function writeFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of KEYS) if (filters[k]) params.set(k, filters[k]);
  return params;
}

/** The start of a calendar day in the browser's time zone, as an ISO instant. */
function startOfLocalDay(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

export function toApiFilter(f: AuditFilters): {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
} {
  return {
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.actor ? { actorId: f.actor } : {}),
    ...(f.from ? { from: startOfLocalDay(f.from) } : {}),
    ...(f.to ? { to: startOfLocalDay(f.to, 1) } : {}),
  };
}
