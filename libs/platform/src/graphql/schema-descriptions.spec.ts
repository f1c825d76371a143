import { buildSchema, printSchema } from 'graphql';
import { describeOperation, describeRootTypes, ROOT_DESCRIPTIONS } from './schema-descriptions';

describe('schema descriptions', () => {
  it('lists the codes an operation answers after what it does', () => {
    expect(
      describeOperation('Publishes a digest.', { FORBIDDEN: 'the caller is not STAFF', NOT_FOUND: 'no such digest' }),
    ).toBe('Publishes a digest.\n\nErrors: FORBIDDEN — the caller is not STAFF; NOT_FOUND — no such digest.');
    expect(describeOperation('Public. The tags.')).toBe('Public. The tags.');
  });

  it('describes the root types, which code-first decorators cannot', () => {
    const schema = describeRootTypes(buildSchema('type Query { a: Int } type Mutation { b: Int }'));
    expect(schema.getQueryType()?.description).toBe(ROOT_DESCRIPTIONS.Query);
    expect(printSchema(schema)).toContain('What a caller may change.');
    expect(ROOT_DESCRIPTIONS.Query).toMatch(/INTERNAL_SERVER_ERROR.*errorId/);
  });
});
