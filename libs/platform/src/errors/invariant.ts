/**
 * A programmer's assertion, not a refusal: what the schema or the code guarantees (a foreign key's
 * row, an enum value) holds. Failing it is a bug, answered as a masked INTERNAL_SERVER_ERROR and
 * logged; anything a client can cause is a catalogued refusal instead (see errorCatalogue).
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantViolation(message);
}

export class InvariantViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvariantViolation';
  }
}
