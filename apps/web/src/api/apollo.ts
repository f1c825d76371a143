import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, tap } from 'rxjs';
import { connectivity } from './connectivity';
import { isNetworkFailure } from './errors';
import { connectionPolicy } from './pagination';
import { CLIENT_HEADER, refresh, session, sessionSettled } from './session';

/**
 * Adds the in-memory access token to each request: after the start-up refresh when this browser
 * may have a session (sessionSettled), so the first page asks as the person, not anonymously.
 */
const authLink = new ApolloLink((operation, forward) => {
  const send = () => {
    const token = session.accessToken();
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...CLIENT_HEADER, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }));
    return forward(operation).pipe(tap({ next: () => connectivity.reportSuccess() }));
  };
  const settled = sessionSettled();
  return settled ? from(settled).pipe(mergeMap(send)) : send();
});

/**
 * UNAUTHENTICATED from the api while a session exists (the access token expired early, e.g. the
 * laptop slept): refresh once through the cookie and replay the operation. A failed request
 * without an answer raises the "cannot be reached" banner.
 */
const recoveryLink = new ErrorLink(({ error, operation, forward }) => {
  if (isNetworkFailure(error)) {
    connectivity.reportFailure();
    return;
  }
  const unauthenticated =
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (!unauthenticated || session.get().status !== 'authenticated' || operation.getContext().retried) return;
  return from(refresh()).pipe(
    mergeMap((ok) => {
      operation.setContext({ retried: true });
      if (!ok) throw error;
      const token = session.accessToken();
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
      return forward(operation);
    }),
  );
});

/**
 * Trusted documents: the api holds this build's operations by name (trusted-documents.json, written
 * by the build), so a request names its operation and sends no document — less to send, nothing
 * for the api to parse, and in production the api refuses any other document from this origin. A
 * development server sends documents (they change as you edit).
 */
const trustedDocumentLink = new ApolloLink((operation, forward) => {
  if (import.meta.env.PROD && operation.operationName) {
    operation.extensions.trustedDocument = operation.operationName;
    operation.setContext(({ http }: { http?: Record<string, unknown> }) => ({
      http: { ...http, includeQuery: false, includeExtensions: true },
    }));
  }
  return forward(operation);
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      recoveryLink,
      authLink,
      trustedDocumentLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            negotiationSessions: connectionPolicy(false),
            consultationRounds: connectionPolicy(['filter']),
            submissions: connectionPolicy(['filter']),
            events: connectionPolicy(['filter']),
            publications: connectionPolicy(['filter']),
            myEvents: connectionPolicy(['upcoming']),
            organisations: connectionPolicy(['filter']),
            users: connectionPolicy(['filter']),
            auditEvents: connectionPolicy(['filter']),
            moderationQueue: connectionPolicy(['filter']),
          },
        },
      },
    }),
  });
}
