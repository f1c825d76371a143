import { GraphQLSchema, isScalarType, Kind, ValueNode } from 'graphql';

/** RFC 3339 / ISO 8601 date-time with a zone: 2026-05-04T09:30:00Z, 2026-05-04T11:30:00.123+02:00. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * A DateTime argument as a Date, or a TypeError (which graphql-js answers as BAD_USER_INPUT naming
 * the variable) for anything but an ISO 8601 date-time string: no booleans, numbers, fractions or
 * negative timestamps, no date-only or zone-less strings, no 2026-02-31.
 */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40) {
    throw new TypeError('DateTime must be an ISO 8601 date-time string such as 2026-05-04T09:30:00Z');
  }
  const match = ISO_DATE_TIME.exec(value);
  const date = new Date(value);
  if (!match || Number.isNaN(date.getTime())) {
    throw new TypeError('DateTime must be an ISO 8601 date-time string such as 2026-05-04T09:30:00Z');
  }
  const [, year, month, day] = match.map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || year < 1900) {
    throw new TypeError('DateTime must be a real date after 1900');
  }
  return date;
}

/**
 * Makes the schema's DateTime scalar strict (Nest's own runs `new Date(value)`, which turns `true`
 * into 1970-01-01T00:00:00.001Z and -5 into a date before 1970). Output is unchanged.
 */
export function strictDateTime(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType('DateTime');
  if (type && isScalarType(type)) {
    type.parseValue = parseDateTime;
    type.parseLiteral = (node: ValueNode) => {
      if (node.kind !== Kind.STRING) throw new TypeError('DateTime must be an ISO 8601 date-time string');
      return parseDateTime(node.value);
    };
  }
  return schema;
}
