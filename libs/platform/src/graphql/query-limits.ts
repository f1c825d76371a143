import { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  ValueNode,
  visit,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../pagination';

/**
 * Limits on what one GraphQL request may ask for. Every check here runs in time linear in the
 * document: fragments are measured once each (memoised), never once per path that spreads them,
 * so a document whose fragments each spread the next one twice costs no more to refuse than to read.
 */
export interface QueryLimits {
  /** Characters of the document (checked before it is parsed). */
  maxDocumentLength: number;
  /** Tokens the parser reads before it gives up (graphql-js `maxTokens`). */
  maxTokens: number;
  maxAliases: number;
  /** Directives anywhere in the document (`@include`, `@skip`, unknown ones alike). */
  maxDirectives: number;
  /** Field selections written in the document, duplicates included. */
  maxFields: number;
  /** Keys of the request's `variables` object, and variables an operation declares. */
  maxVariables: number;
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDocumentLength: 20_000,
  maxTokens: 2_000,
  maxAliases: 30,
  maxDirectives: 20,
  maxFields: 500,
  maxVariables: 50,
  maxDepth: 10,
  maxCost: 5_000,
};

/**
 * The extra cost of a field whose work is more than reading rows by key (full-text search,
 * trigram similarity): a number, or a function of its arguments. Declared on the resolver with
 * `@Extensions({ expense })`; added to the field's cost and charged to the caller's budget.
 */
export type FieldExpense = number | ((args: Record<string, unknown>) => number);
export const EXPENSE_EXTENSION = 'expense';

function refusal(message: string, code = 'GRAPHQL_VALIDATION_FAILED', status = 400): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

interface DocumentShape {
  aliases: number;
  directives: number;
  fields: number;
  variables: number;
  depth: number;
  /** Fields selected once every fragment spread is expanded (memoised: computed without expanding). */
  expandedFields: number;
}

/**
 * Counts what a parsed document asks for, in one pass over its nodes plus one pass per fragment
 * (each fragment's depth and size computed once and reused wherever it is spread).
 */
export function measureDocument(document: DocumentNode): DocumentShape {
  let aliases = 0;
  let directives = 0;
  let fields = 0;
  let variables = 0;
  visit(document, {
    Field(node) {
      fields += 1;
      if (node.alias) aliases += 1;
    },
    Directive() {
      directives += 1;
    },
    VariableDefinition() {
      variables += 1;
    },
  });

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  // depth and size of each fragment, once. A fragment being measured (a cycle, which validation
  // refuses later) counts as empty.
  const memo = new Map<string, { depth: number; size: number } | 'pending'>();
  const measureFragment = (name: string): { depth: number; size: number } => {
    const known = memo.get(name);
    if (known === 'pending') return { depth: 0, size: 0 };
    if (known) return known;
    memo.set(name, 'pending');
    const result = measureSet(fragments.get(name)?.selectionSet);
    memo.set(name, result);
    return result;
  };
  const measureSet = (set: SelectionSetNode | undefined): { depth: number; size: number } => {
    let depth = 0;
    let size = 0;
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        // Introspection fields are checked by Apollo's introspection switch, not counted here.
        if (sel.name.value.startsWith('__')) continue;
        const inner = measureSet(sel.selectionSet);
        depth = Math.max(depth, 1 + inner.depth);
        size += 1 + inner.size;
      } else {
        const inner =
          sel.kind === Kind.INLINE_FRAGMENT ? measureSet(sel.selectionSet) : measureFragment(sel.name.value);
        depth = Math.max(depth, inner.depth);
        size += inner.size;
      }
    }
    return { depth, size };
  };

  let depth = 0;
  let expandedFields = 0;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const measured = measureSet(def.selectionSet);
    depth = Math.max(depth, measured.depth);
    expandedFields = Math.max(expandedFields, measured.size);
  }
  return { aliases, directives, fields, variables, depth, expandedFields };
}

/** The first limit a document breaks, cheapest first; null when it keeps them all. */
export function documentRefusal(shape: DocumentShape, limits: QueryLimits): GraphQLError | null {
  if (shape.aliases > limits.maxAliases)
    return refusal(`Query uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed`);
  if (shape.directives > limits.maxDirectives)
    return refusal(`Query uses ${shape.directives} directives; at most ${limits.maxDirectives} are allowed`);
  if (shape.fields > limits.maxFields)
    return refusal(`Query selects ${shape.fields} fields; at most ${limits.maxFields} are allowed`);
  if (shape.variables > limits.maxVariables)
    return refusal(`Query declares ${shape.variables} variables; at most ${limits.maxVariables} are allowed`);
  if (shape.depth > limits.maxDepth)
    return refusal(`Query is nested ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed`);
  // Every field costs at least 1, so a document whose expanded fields exceed the cost limit is
  // refused here, before validation walks it.
  if (shape.expandedFields > limits.maxCost)
    return refusal(`Query cost ${formatCost(shape.expandedFields)} exceeds the limit of ${limits.maxCost}`);
  return null;
}

function formatCost(cost: number): string {
  return Number.isSafeInteger(cost) ? String(cost) : cost.toExponential(2);
}

/**
 * The estimated cost of running `operation`: every field costs 1; a list with `first` (or a
 * paginated list without it: a default page) multiplies its children's cost; a field that declares
 * an expense adds it. Fragments are costed once per request and
 * reused, so this is linear in the document. Returns the total and the part declared by fields
 * (the expenses: what a per-caller budget charges).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): { cost: number; declared: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, { cost: number; declared: number } | 'pending'>();
  const none = { cost: 0, declared: 0 };

  const costOfFragment = (name: string): { cost: number; declared: number } => {
    const known = memo.get(name);
    if (known === 'pending') return none;
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    memo.set(name, 'pending');
    const result = fragment && type ? costOfSet(fragment.selectionSet, type) : none;
    memo.set(name, result);
    return result;
  };

  const costOfSet = (set: SelectionSetNode, parent: GraphQLNamedType): { cost: number; declared: number } => {
    let cost = 0;
    let declared = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const inner = costOfFragment(sel.name.value);
        cost += inner.cost;
        declared += inner.declared;
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        const inner = costOfSet(sel.selectionSet, type);
        cost += inner.cost;
        declared += inner.declared;
        continue;
      }
      if (sel.name.value.startsWith('__')) continue;
      const field = fieldOf(parent, sel.name.value);
      if (!field) continue;
      const args = argumentValues(field, sel.arguments ?? [], variables);
      const child = sel.selectionSet ? costOfSet(sel.selectionSet, getNamedType(field.type)) : none;
      const expense = field.extensions?.[EXPENSE_EXTENSION] as FieldExpense | undefined;
      const own = expense === undefined ? 0 : typeof expense === 'number' ? expense : expense(args);
      // A paginated list asked without `first` still returns a default page, not one item.
      const paginated = field.args.some((a) => a.name === 'first');
      const multiplier = typeof args.first === 'number' ? args.first : paginated ? DEFAULT_PAGE_SIZE : 1;
      cost += (child.cost > 0 ? multiplier * child.cost + 1 : 1) + own;
      declared += multiplier * child.declared + own;
    }
    return { cost, declared };
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ? costOfSet(operation.selectionSet, root) : none;
}

function fieldOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** Argument values as literals or variables give them (no coercion: only numbers and objects matter here). */
function argumentValues(
  field: GraphQLField<unknown, unknown>,
  nodes: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const node of nodes) out[node.name.value] = literalValue(node.value, variables);
  for (const arg of field.args) {
    if (!(arg.name in out) && arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue;
  }
  return out;
}

function literalValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => literalValue(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literalValue(f.value, variables)]));
    default:
      return null;
  }
}

export interface QueryLimitsOptions {
  /**
   * Charges the declared cost of expensive fields (search, near-duplicates) to the caller's
   * budget; throws (RATE_LIMITED) when it is spent.
   */
  chargeBudget?: (context: GraphQLRequestContext<object>, units: number) => Promise<void>;
}

/**
 * The checks that need the schema and the request's variables, once Apollo knows the operation:
 * its cost, the caller's budget for expensive fields, and no subscriptions (the schema has none).
 * The cheaper checks ran before Apollo saw the request (queryLimitsMiddleware).
 */
export function queryLimitsPlugin(limits: QueryLimits, options: QueryLimitsOptions = {}): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          const { operation, document, schema, request } = context;
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw refusal('Subscriptions are not supported');
          }
          const { cost, declared } = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > limits.maxCost) {
            throw refusal(`Query cost ${formatCost(cost)} exceeds the limit of ${limits.maxCost}`);
          }
          if (declared > 0 && options.chargeBudget) await options.chargeBudget(context, declared);
        },
      };
    },
  };
}

/**
 * The cheap limits, before Apollo reads the request: the document's length, the variables sent,
 * the parser's token limit, then aliases, directives, fields, declared variables, depth and the
 * expanded size — all linear in the document. graphql-js's own validation rules (some of them
 * quadratic in repeated fields) only ever see documents that passed. A refusal is answered as
 * Apollo answers a validation error: HTTP 400, `extensions.code` GRAPHQL_VALIDATION_FAILED (or
 * GRAPHQL_PARSE_FAILED when the parser gives up).
 */
export function queryLimitsMiddleware(limits: QueryLimits) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const body: unknown = req.method === 'GET' ? req.query : req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return next();
    const { query, variables } = body as { query?: unknown; variables?: unknown };
    const refuse = (error: GraphQLError, code = 'GRAPHQL_VALIDATION_FAILED'): void => {
      res.status(400).json({ errors: [{ message: error.message, extensions: { code } }] });
    };
    if (variables && typeof variables === 'object' && Object.keys(variables).length > limits.maxVariables) {
      return refuse(
        refusal(`Request sends ${Object.keys(variables).length} variables; at most ${limits.maxVariables} are allowed`),
      );
    }
    if (typeof query !== 'string') return next();
    if (query.length > limits.maxDocumentLength) {
      return refuse(
        refusal(`Query is ${query.length} characters long; at most ${limits.maxDocumentLength} are allowed`),
      );
    }
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: limits.maxTokens });
    } catch (error) {
      // Syntax errors in general are Apollo's to answer; giving up on tokens is ours.
      if (error instanceof GraphQLError && /tokens/.test(error.message)) return refuse(error, 'GRAPHQL_PARSE_FAILED');
      return next();
    }
    const refused = documentRefusal(measureDocument(document), limits);
    if (refused) return refuse(refused);
    next();
  };
}
