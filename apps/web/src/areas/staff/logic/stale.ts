import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * A CONFLICT because the caller's expectedVersion was stale (the api names the field), as opposed to
 * a CONFLICT of state ("A CLOSED round cannot be changed"): only the first is "someone changed
 * this while you were working".
 */
export function isStaleVersion(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some(
    (e) =>
      e.extensions?.code === 'CONFLICT' &&
      ((e.extensions.fields as { field: string }[] | undefined) ?? []).some((f) => f.field.endsWith('expectedVersion')),
  );
}

/** The fields whose value differs between two snapshots of the same object (what someone else changed). */
export function changedFields<T extends object>(before: T, after: T, fields: (keyof T)[]): (keyof T)[] {
  return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
