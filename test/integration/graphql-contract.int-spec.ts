import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { TestPlenary } from '@app/testing';
import { lexicographicSortSchema, printSchema } from 'graphql';

/**
 * schema.graphql at the repo root is the api's contract, committed so every change to it shows in
 * review and the web client's typed documents are generated from it. `npm run schema:write`
 * (PLENARY_WRITE_SCHEMA=1) rewrites it from the running api.
 */
const SCHEMA_FILE = resolve(__dirname, '../../schema.graphql');

describe('the committed GraphQL schema', () => {
  let plenary: TestPlenary;
  beforeAll(async () => {
    plenary = await TestPlenary.start();
  });
  afterAll(() => plenary.close());

  it('is the schema the api serves', () => {
    const running = `${printSchema(lexicographicSortSchema(plenary.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.PLENARY_WRITE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, running);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== running)
      throw new Error(
        'schema.graphql differs from the running api: run `npm run schema:write`, then `npm run codegen`',
      );
    expect(committed).toBe(running);
  });
});
