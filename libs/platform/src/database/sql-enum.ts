import { invariant } from '../errors';

const ENUM_VALUE = /^[A-Z][A-Z_]*$/;

/** `'A', 'B'` for enum values (checked, so nothing but an enum value can reach the SQL). */
export function sqlLiterals(values: readonly string[]): string {
  return values
    .map((value) => {
      invariant(ENUM_VALUE.test(value), `not an enum value: ${value}`);
      return `'${value}'`;
    })
    .join(', ');
}

/**
 * `column IN (...)` over enum values, or FALSE for an empty set (which `IN ()` is not valid SQL
 * for): how a rule written with enum constants reaches SQL without a string literal.
 */
export function sqlIn(column: string, values: readonly string[]): string {
  return values.length === 0 ? 'FALSE' : `${column} IN (${sqlLiterals(values)})`;
}
