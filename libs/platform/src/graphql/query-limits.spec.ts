import { parse } from 'graphql';
import { DEFAULT_QUERY_LIMITS, documentRefusal, measureDocument } from './query-limits';

/** Fragments that each spread the next one twice: 2^n paths through n + 1 fragments. */
function fanOut(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `query { ...F0 }\n${fragments.join('\n')}\nfragment F${n} on Query { a { b } }`;
}

describe('measureDocument', () => {
  it('counts aliases, directives, fields and declared variables as written', () => {
    const shape = measureDocument(
      parse('query($a: Int, $b: Int) { x: me { id @include(if: true) } y: me { id } __typename }'),
    );
    expect(shape).toMatchObject({ aliases: 2, directives: 1, fields: 5, variables: 2, depth: 2 });
  });

  it('follows fragments and inline fragments for depth and expanded size', () => {
    const shape = measureDocument(parse('{ a { ...F } } fragment F on A { b { ... on B { c { d } } } }'));
    expect(shape.depth).toBe(4);
    expect(shape.expandedFields).toBe(4);
  });

  it('measures a fan-out document without expanding it: 2^n fields, in time linear in n', () => {
    const small = parse(fanOut(20));
    const large = parse(fanOut(400));
    const t0 = process.hrtime.bigint();
    const twenty = measureDocument(small);
    const t1 = process.hrtime.bigint();
    const fourHundred = measureDocument(large);
    const t2 = process.hrtime.bigint();
    expect(twenty.expandedFields).toBe(2 ** 21);
    expect(fourHundred.expandedFields).toBe(2 ** 401);
    expect(fourHundred.depth).toBe(2);
    // 2^400 paths would never finish; twenty times the fragments must cost far less than 2^380 times the time.
    expect(Number(t2 - t1)).toBeLessThan(Number(t1 - t0) * 200 + 50_000_000);
    expect(documentRefusal(twenty, DEFAULT_QUERY_LIMITS)?.message).toMatch(/cost 2097152 exceeds/);
    expect(documentRefusal(fourHundred, DEFAULT_QUERY_LIMITS)?.message).toMatch(/cost \d\.\d+e\+\d+ exceeds/);
  });

  it('survives fragment cycles (validation refuses them afterwards)', () => {
    const shape = measureDocument(parse('{ ...A } fragment A on Query { x ...B } fragment B on Query { y ...A }'));
    expect(shape.expandedFields).toBe(2);
  });

  it('refuses the cheapest broken limit first', () => {
    const shape = { aliases: 31, directives: 21, fields: 501, variables: 51, depth: 11, expandedFields: 6000 };
    expect(documentRefusal(shape, DEFAULT_QUERY_LIMITS)?.message).toMatch(/aliases/);
    expect(documentRefusal({ ...shape, aliases: 0 }, DEFAULT_QUERY_LIMITS)?.message).toMatch(/directives/);
    expect(documentRefusal({ ...shape, aliases: 0, directives: 0, fields: 10 }, DEFAULT_QUERY_LIMITS)?.message).toMatch(
      /variables/,
    );
    expect(
      documentRefusal(
        { aliases: 0, directives: 0, fields: 10, variables: 0, depth: 3, expandedFields: 10 },
        DEFAULT_QUERY_LIMITS,
      ),
    ).toBeNull();
  });
});
