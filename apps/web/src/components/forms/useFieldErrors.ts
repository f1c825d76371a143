import { useMemo } from 'react';
import { describeError, type DescribedError } from '../../api/errors';
import type { SummaryItem } from './ErrorSummary';

/**
 * From a mutation's error to what a form shows: `field(name)` is the message beside that field,
 * `summary` the ErrorSummary items (fields the form knows link to their input `${prefix}${name}`;
 * any other error is one line without a link).
 */
export function useFieldErrors(
  error: unknown,
  knownFields: string[],
  prefix = '',
  renderGeneral?: (d: DescribedError) => SummaryItem['message'],
): { described: DescribedError | null; field: (name: string) => string | undefined; summary: SummaryItem[] } {
  return useMemo(() => {
    if (!error) return { described: null, field: () => undefined, summary: [] };
    const described = describeError(error);
    const byField = new Map(
      described.fields.filter((f) => knownFields.includes(f.field)).map((f) => [f.field, f.message]),
    );
    const summary: SummaryItem[] = [...byField].map(([name, message]) => ({ fieldId: `${prefix}${name}`, message }));
    if (summary.length === 0 && renderGeneral) summary.push({ message: renderGeneral(described) });
    return { described, field: (name: string) => byField.get(name), summary };
    // knownFields is a literal list per form
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, prefix, renderGeneral]);
}
