import type { FieldPolicy } from '@apollo/client';

interface Connection {
  edges?: readonly { cursor: string }[];
  pageInfo?: { endCursor?: string | null; hasNextPage?: boolean };
}

/**
 * A cache policy for a Relay connection field paged with `first`/`after` ("more" paging): pages
 * fetched with fetchMore({ variables: { after } }) are appended to the list already shown, and a
 * fetch without `after` replaces it. `keyArgs` names the arguments that make a different list (the
 * filter, the parent id…): lists with different filters are cached apart.
 *
 *   typePolicies: { Query: { fields: { consultationRounds: connectionPolicy(['filter']) } } }
 */
export function connectionPolicy(keyArgs: string[] | false = false): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.edges?.map((e) => e.cursor));
      return {
        ...incoming,
        edges: [...(existing.edges ?? []), ...(incoming.edges ?? []).filter((e) => !seen.has(e.cursor))],
      };
    },
  };
}
