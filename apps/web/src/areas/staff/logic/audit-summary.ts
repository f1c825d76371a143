/**
 * An audit event's before/after summaries as rows a person reads: one row per field, its value
 * before and after, and whether it changed. The api stores small JSON objects (see libs/audit);
 * nested values are shown compactly rather than as JSON.
 */
export interface SummaryRow {
  field: string;
  before: string | null;
  after: string | null;
  /** Present on both sides and different, or present on one side only. */
  changed: boolean;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A value in one line: lists joined, dates through `formatDate`, objects as `key: value` pairs. */
export function formatValue(value: unknown, formatDate: (iso: string) => string = (iso) => iso): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return ISO_DATE_TIME.test(value) ? formatDate(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => formatValue(v, formatDate)).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${formatValue(v, formatDate)}`)
      .join('; ');
  return String(value);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The rows of an event, fields in the order they first appear (before's, then after's new ones). */
export function summarise(before: unknown, after: unknown, formatDate?: (iso: string) => string): SummaryRow[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => {
    const inBefore = field in b;
    const inAfter = field in a;
    return {
      field,
      before: inBefore ? formatValue(b[field], formatDate) : null,
      after: inAfter ? formatValue(a[field], formatDate) : null,
      changed: inBefore !== inAfter || !same(b[field], a[field]),
    };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
