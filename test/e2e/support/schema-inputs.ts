import { getMetadataStorage } from 'class-validator';
import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** What class-validator knows about one property of an input class. */
export interface PropertyRules {
  /** Constraint names, e.g. maxLength, isUuid, arrayMaxSize (`each:` ones prefixed with "each:"). */
  names: Set<string>;
  /** The longest string the rules allow, where a maxLength / isLength says so. */
  maxLength?: number;
  maxItems?: number;
  /** Whether the property is a name people read (IsDisplayName). */
  isName: boolean;
}

export function propertyRules(cls: new () => object): Map<string, PropertyRules> {
  const out = new Map<string, PropertyRules>();
  for (const meta of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) {
    const rules = out.get(meta.propertyName) ?? { names: new Set<string>(), isName: false };
    const name = meta.name ?? meta.constraintCls?.name ?? String(meta.type);
    rules.names.add(meta.each ? `each:${name}` : name);
    const constraints = (meta.constraints ?? []) as unknown[];
    if (name === 'maxLength' && !meta.each) rules.maxLength = Number(constraints[0]);
    if (name === 'isLength' && !meta.each) rules.maxLength = Number(constraints[1]);
    if (name === 'arrayMaxSize') rules.maxItems = Number(constraints[0]);
    if (name === 'isDisplayName') rules.isName = true;
    out.set(meta.propertyName, rules);
  }
  return out;
}

/** A regular expression that matches strings of bounded length only (no +, * or open {n,}). */
export function isBoundedPattern(pattern: RegExp): boolean {
  return !/[+*]|\{\d+,\}/.test(pattern.source.replace(/\\./g, ''));
}

export function patternsOf(cls: new () => object, property: string): RegExp[] {
  return getMetadataStorage()
    .getTargetValidationMetadatas(cls, '', true, false)
    .filter((m) => m.propertyName === property && m.name === 'matches')
    .map((m) => m.constraints[0] as RegExp);
}

export interface OperationArg {
  name: string;
  type: GraphQLInputType;
}

/** Every field of the schema's object types that takes arguments, as "Type.field". */
export function fieldsWithArguments(schema: GraphQLSchema): [string, GraphQLField<unknown, unknown>][] {
  const out: [string, GraphQLField<unknown, unknown>][] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length > 0) out.push([`${type.name}.${field.name}`, field]);
    }
  }
  return out;
}

/** The GraphQL type of an argument or input field written in a variable definition. */
export function typeString(type: GraphQLInputType): string {
  return type.toString();
}

/** A value of `type` that is well formed for a field called `name` (it need not name anything that exists). */
export function plausible(type: GraphQLInputType, name: string, randomId: () => string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = plausible(nullable.ofType as GraphQLInputType, name, randomId);
    return name === 'languages' ? ['en'] : [item];
  }
  const named = getNamedType(type) as GraphQLNamedInputType;
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        out[field.name] = plausible(field.type, field.name, randomId);
      }
    }
    return out;
  }
  switch (named.name) {
    case 'ID':
      return randomId();
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(Date.now() + 30 * 86_400_000).toISOString();
    case 'JSON':
      return {};
    default:
      return plausibleString(name);
  }
}

function plausibleString(name: string): string {
  const lower = name.toLowerCase();
  if (lower.includes('email')) return `probe-${Math.random().toString(36).slice(2, 8)}@example.org`;
  if (lower === 'country') return 'KE';
  if (lower.includes('language')) return 'en';
  if (lower === 'slug') return 'probe-slug';
  if (lower === 'website') return 'https://example.org';
  if (lower.includes('token')) return 'x'.repeat(43);
  if (lower.includes('password')) return 'probe-password-123';
  if (lower.includes('provision')) return 'art-1';
  return 'Probe text';
}

export function isInputField(x: GraphQLInputField | OperationArg): x is GraphQLInputField {
  return 'astNode' in x;
}

export { isScalarType };
