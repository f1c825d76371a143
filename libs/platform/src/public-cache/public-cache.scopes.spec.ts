import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { planFor } from './public-cache.scopes';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', '..', 'schema.graphql'), 'utf8'));
const plan = (query: string, operationName?: string) => planFor(schema, parse(query), operationName);

describe('planFor: which anonymous answers the public-read cache may keep', () => {
  it('keeps public reads, under the scopes they read', () => {
    expect(plan('{ treatyProvisions { id title } }')).toEqual({ cacheable: true, scopes: ['catalogue'] });
    expect(plan('query R($id: ID!) { consultationRound(id: $id) { id title session { title } } }')).toEqual({
      cacheable: true,
      scopes: ['catalogue'],
    });
    expect(plan('query S($id: ID!) { submission(id: $id) { title attribution { text } round { title } } }')).toEqual({
      cacheable: true,
      scopes: ['catalogue', 'submissions'],
    });
    expect(plan('query D($s: ID!) { digests(sessionId: $s) { id files { url } } }')).toEqual({
      cacheable: true,
      scopes: ['catalogue', 'digests'],
    });
  });

  it("follows nested lists into their scope (a round's submissions)", () => {
    expect(
      plan('query R($id: ID!) { consultationRound(id: $id) { submissions(first: 5) { edges { node { id } } } } }')
        .scopes,
    ).toEqual(['catalogue', 'submissions']);
  });

  it('files a type it does not know under every scope', () => {
    // Organisation.members is typed Membership, which no scope names.
    expect(plan('query S($id: ID!) { submission(id: $id) { organisation { members { role } } } }')).toEqual({
      cacheable: true,
      scopes: ['catalogue', 'submissions', 'digests'],
    });
  });

  it.each([
    ['a mutation', 'mutation { logout }'],
    ['a private root field', '{ me { id } }'],
    ['a public and a private root field together', '{ treatyProvisions { id } me { id } }'],
    ['introspection', '{ __schema { types { name } } }'],
    ['a type lookup', '{ __type(name: "Submission") { name } }'],
    ['a field the schema does not have', '{ treatyProvisions { nope } }'],
    ['a fragment at the root', '{ ...F } fragment F on Query { treatyProvisions { id } }'],
    ['several operations without a name chosen', 'query A { tags { id } } query B { treatyProvisions { id } }'],
  ])('does not keep %s', (_label, query) => {
    expect(plan(query).cacheable).toBe(false);
  });

  it('plans the operation a request names', () => {
    const document = 'query A { tags { id } } mutation B { logout }';
    expect(plan(document, 'A').cacheable).toBe(true);
    expect(plan(document, 'B').cacheable).toBe(false);
    expect(plan(document, 'C').cacheable).toBe(false);
  });
});
