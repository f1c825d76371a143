import {
  DocumentNode,
  getNamedType,
  GraphQLSchema,
  isLeafType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * What the public reads, in three parts that change at different rates. Each has a generation in
 * Redis, bumped (through the outbox, by the database triggers of migration PublicCacheInvalidation)
 * whenever something the public can see in it changes; a cached answer is filed under the
 * generations of the parts it read, so a bump makes every answer that read that part unreachable.
 *
 * - `catalogue`: sessions, rounds, treaty provisions, tags (every answer reads it).
 * - `submissions`: approved submissions, their tags, co-signatures, versions and organisations.
 * - `digests`: published digests and their files.
 */
export const PUBLIC_SCOPES = ['catalogue', 'submissions', 'digests'] as const;
export type PublicScope = (typeof PUBLIC_SCOPES)[number];

/** The Redis hash holding each scope's generation (under the installation's key prefix). */
export const PUBLIC_CACHE_GENERATIONS_KEY = 'public-cache:generations';
/** Entries: `public-cache:entry:<generations>:<sha256 of the request>`. */
export const PUBLIC_CACHE_ENTRY_PREFIX = 'public-cache:entry:';

/** Root fields whose anonymous answers may be cached: the public pages' reads. */
const PUBLIC_ROOT_FIELDS = new Set([
  'negotiationSessions',
  'negotiationSession',
  'consultationRounds',
  'consultationRound',
  'treatyProvisions',
  'tags',
  'submissions',
  'submission',
  'digests',
  'digest',
  '__typename',
]);

/**
 * The scope of each object type an answer may read. A type not named here counts as every scope,
 * so a new type is never cached under too few generations.
 */
const TYPE_SCOPES: Record<string, PublicScope> = {
  Query: 'catalogue',
  NegotiationSession: 'catalogue',
  NegotiationSessionConnection: 'catalogue',
  NegotiationSessionEdge: 'catalogue',
  ConsultationRound: 'catalogue',
  ConsultationRoundConnection: 'catalogue',
  ConsultationRoundEdge: 'catalogue',
  TreatyProvision: 'catalogue',
  Tag: 'catalogue',
  PageInfo: 'catalogue',
  Submission: 'submissions',
  SubmissionConnection: 'submissions',
  SubmissionEdge: 'submissions',
  Attribution: 'submissions',
  Cosignature: 'submissions',
  Organisation: 'submissions',
  OrganisationConnection: 'submissions',
  OrganisationEdge: 'submissions',
  Digest: 'digests',
  DigestFile: 'digests',
};

export interface CachePlan {
  /** Whether an anonymous answer to this document may be cached. */
  cacheable: boolean;
  /** The scopes the answer reads (always includes `catalogue`). */
  scopes: PublicScope[];
}

const NOT_CACHEABLE: CachePlan = { cacheable: false, scopes: [] };

/**
 * Decides whether an anonymous request's answer may be cached, and under which scopes: a query
 * (never a mutation or subscription) whose root fields are all public reads, without
 * introspection. Every field's parent and result type adds its scope.
 */
export function planFor(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): CachePlan {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== 'query') return NOT_CACHEABLE;
  for (const selection of operation.selectionSet.selections) {
    // Root fields must be named directly (a fragment at the root is rare; not cached).
    if (selection.kind !== Kind.FIELD || !PUBLIC_ROOT_FIELDS.has(selection.name.value)) return NOT_CACHEABLE;
  }
  const scopes = new Set<PublicScope>(['catalogue']);
  let cacheable = true;
  const typeInfo = new TypeInfo(schema);
  const add = (typeName: string | undefined): void => {
    if (!typeName) return;
    const scope = TYPE_SCOPES[typeName];
    if (scope) scopes.add(scope);
    else for (const s of PUBLIC_SCOPES) scopes.add(s);
  };
  // Walk the chosen operation and every fragment (fragments not spread by it add scopes too:
  // harmless, since that only files the answer under more generations).
  visit(
    {
      ...document,
      definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation),
    },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type') cacheable = false;
        const parent = typeInfo.getParentType();
        if (!parent) {
          cacheable = false; // a field the schema does not have: Apollo answers the error
          return;
        }
        add(parent.name);
        const type = typeInfo.getType();
        if (!type) {
          cacheable = false;
          return;
        }
        const named = getNamedType(type);
        if (!isLeafType(named)) add(named.name);
      },
    }),
  );
  return cacheable ? { cacheable: true, scopes: PUBLIC_SCOPES.filter((s) => scopes.has(s)) } : NOT_CACHEABLE;
}
