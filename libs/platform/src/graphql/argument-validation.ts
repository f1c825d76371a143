import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/type-metadata.storage.js';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import {
  defaultFieldResolver,
  getNullableType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { FieldError, PlatformErrors } from '../errors';
import { unsafeTextReason } from './text-rules';

/**
 * Bounds for arguments that are not input objects (input objects carry their own class-validator
 * rules): the longest string an `ID` or `String` argument may be, and the most items a list
 * argument may hold. Ids are UUIDs or short codes; tokens, cursors and emails fit well inside.
 */
export const ARGUMENT_BOUNDS = { idLength: 100, stringLength: 1_000, listItems: 100 } as const;

/** The bound that applies to a scalar or list argument (what the schema test checks is finite). */
export function argumentBound(type: GraphQLInputType): { maxLength?: number; maxItems?: number } {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return { maxItems: ARGUMENT_BOUNDS.listItems };
  if (isScalarType(nullable) && nullable.name === 'ID') return { maxLength: ARGUMENT_BOUNDS.idLength };
  if (isScalarType(nullable) && nullable.name === 'String') return { maxLength: ARGUMENT_BOUNDS.stringLength };
  return {};
}

/** The class behind each `@InputType()` (by its GraphQL name), whose class-validator rules validate it. */
export function inputClasses(): Map<string, new () => object> {
  const classes = new Map<string, new () => object>();
  for (const meta of TypeMetadataStorage.getInputTypesMetadata()) {
    if (!meta.isAbstract) classes.set(meta.name, meta.target as new () => object);
  }
  return classes;
}

type ArgumentCheck = (value: unknown, errors: FieldError[]) => unknown;

/**
 * Wraps the resolver of every field that takes arguments so that each argument — required or
 * not, at the root or on a nested field — is checked before the resolver runs: strings (at any
 * depth, input objects included) carry no NUL, control characters or unpaired surrogates; scalar
 * and list arguments keep within ARGUMENT_BOUNDS; input objects are validated with their class's
 * rules (whitelisted: unknown fields refused) and handed on as instances of their class, trimmed
 * and converted. A failure answers BAD_USER_INPUT naming every field at fault, and nothing runs.
 *
 * Schema-wide, so a new operation is covered the day it is added. Like GraphQL's own type checks,
 * it runs before the resolver's guard: a refused argument tells an anonymous caller nothing that
 * the (public) rule would not.
 */
export function validateArguments(schema: GraphQLSchema): GraphQLSchema {
  const classes = inputClasses();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      wrap(field, `${type.name}.${field.name}`, classes);
    }
  }
  return schema;
}

function wrap(field: GraphQLField<unknown, unknown>, where: string, classes: Map<string, new () => object>): void {
  const checks = field.args.map((arg) => [arg.name, argumentCheck(arg, where, classes)] as const);
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    const errors: FieldError[] = [];
    const checked: Record<string, unknown> = { ...args };
    for (const [name, check] of checks) {
      const value = args[name];
      if (value !== undefined && value !== null) checked[name] = check(value, errors);
    }
    if (errors.length > 0) {
      const summary = errors.map((f) => `${f.field}: ${f.message}`).join('; ');
      throw PlatformErrors.INVALID_ARGUMENTS(clip(summary, 500), errors);
    }
    return resolve(source, checked, context, info);
  };
}

function argumentCheck(arg: GraphQLArgument, where: string, classes: Map<string, new () => object>): ArgumentCheck {
  const type = getNullableType(arg.type);
  if (isListType(type)) {
    const item = itemCheck(arg.name, getNullableType(type.ofType), where, classes);
    return (value, errors) => {
      if (!Array.isArray(value)) return value;
      if (value.length > ARGUMENT_BOUNDS.listItems) {
        errors.push({ field: arg.name, message: `must hold at most ${ARGUMENT_BOUNDS.listItems} items` });
        return value;
      }
      return value.map((v) => (v === null || v === undefined ? v : item(v, errors)));
    };
  }
  return itemCheck(arg.name, type, where, classes);
}

function itemCheck(
  name: string,
  type: GraphQLInputType,
  where: string,
  classes: Map<string, new () => object>,
): ArgumentCheck {
  if (isInputObjectType(type)) return inputObjectCheck(type, where, classes);
  const { maxLength } = argumentBound(type);
  return (value, errors) => {
    if (typeof value !== 'string') return value;
    const unsafe = unsafeTextReason(value);
    if (unsafe) errors.push({ field: name, message: unsafe });
    else if (maxLength !== undefined && value.length > maxLength)
      errors.push({ field: name, message: `must be at most ${maxLength} characters long` });
    return value;
  };
}

function inputObjectCheck(
  type: GraphQLInputObjectType,
  where: string,
  classes: Map<string, new () => object>,
): ArgumentCheck {
  const cls = classes.get(type.name);
  if (!cls) throw new Error(`${where}: input type ${type.name} has no class with validation rules`);
  return (value, errors) => {
    const unsafe = unsafeStrings(value, '');
    if (unsafe.length > 0) {
      errors.push(...unsafe);
      return value;
    }
    const instance = plainToInstance(cls, value) as object;
    errors.push(...flatten(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true })));
    return instance;
  };
}

/** Every string in an input value (at any depth) that no field may hold. */
function unsafeStrings(value: unknown, path: string): FieldError[] {
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value);
    return reason ? [{ field: path, message: reason }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v) => unsafeStrings(v, path));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => unsafeStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: clip(message, 200) }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Messages may quote the value at fault; an over-long one is cut, so neither answers nor logs copy it whole. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
