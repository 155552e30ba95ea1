import { buildSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { costErrors, measureOperation, queryLimitsRule, type QueryLimits } from './query-limits';

const schema = buildSchema(`
  type Person { name: String! friends(first: Int): [Person!]! best: Person tags: [Tag!]! }
  type Tag { name: String! }
  type PersonPage { nodes: [Person!]! }
  type Query {
    person: Person
    people(first: Int): [Person!]!
    page(first: Int): PersonPage!
    items(first: Int! = 100): [Person!]!
  }
`);
const limits: QueryLimits = {
  maxDepth: 4,
  maxAliases: 3,
  maxCost: 200,
  maxTokens: 1000,
  maxDirectives: 3,
  defaultListSize: 10,
  maxPageSizes: { 'Query.people': 100, 'Query.items': 100 },
};
const codes = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, queryLimitsRule(limits)]).map(
    (e) => e.extensions.code ?? e.message,
  );

describe('queryLimitsRule', () => {
  it('accepts an ordinary query', () => {
    expect(codes('{ person { name best { name } } }')).toEqual([]);
  });

  it('rejects depth beyond the limit, also when hidden in fragments', () => {
    expect(codes('{ person { best { best { best { best { name } } } } } }')).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
    expect(
      codes(`{ person { ...A } } fragment A on Person { best { ...B } }
             fragment B on Person { best { best { best { name } } } }`),
    ).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('rejects too many aliases', () => {
    expect(codes('{ a: person { name } b: person { name } c: person { name } }')).toEqual([]);
    expect(
      codes('{ a: person { name } b: person { name } c: person { name } d: person { name } }'),
    ).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('gives the nodes of a page the page size, and bounded lists their known size', () => {
    const query = (first: number) =>
      `{ page(first: ${first}) { nodes { name friends(first: 15) { name } } } }`;
    // 1 + 1 * (1 + 10 * (1 + 1 + 15 * 1)) = 172: within 200.
    expect(codes(query(10))).toEqual([]);
    // The same with 20 nodes costs 342: the page size counts, not the default of 10.
    expect(codes(query(20))).toEqual(['QUERY_TOO_COMPLEX']);
    const tags = '{ page(first: 10) { nodes { name tags { name } } } }';
    const withLimits = (extra: object) =>
      validate(schema, parse(tags), [...specifiedRules, queryLimitsRule({ ...limits, ...extra })]);
    // Without a hint tags count as 10: 1 + 1 + 10 * (1 + 1 + 10) = 122.
    expect(withLimits({ maxCost: 121 }).map((e) => e.extensions.code)).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
    // With the hint Person.tags = 2: 1 + 1 + 10 * (1 + 1 + 2) = 42.
    expect(withLimits({ maxCost: 42, listSizeHints: { 'Person.tags': 2 } })).toEqual([]);
  });

  it('multiplies the cost of list fields by their page size', () => {
    // 1 + 10 * (1 + 10 * 1) = 111: within the limit.
    expect(codes('{ people { friends { name } } }')).toEqual([]);
    // 1 + 50 * (1 + 50 * 1) = 2551: over.
    expect(codes('{ people(first: 50) { friends(first: 50) { name } } }')).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
  });

  it('rejects too many directives, also when repeated through fragments', () => {
    expect(codes('{ person @include(if: true) { name @skip(if: false) } }')).toEqual([]);
    expect(
      codes(
        `{ person { ...A ...A } } fragment A on Person { name @skip(if: false) best @skip(if: false) { name } }`,
      ),
    ).toEqual(['QUERY_TOO_COMPLEX']);
  });

  // Issue 11, item 7: 22 levels of doubling fragments took 13-15 s to reject; the walk now
  // measures each fragment once. The bound is generous (a busy 2-core machine); it takes ~1 ms.
  it('rejects a document of 22 doubling fragments at once', () => {
    let query = '{ person { ...F22 } } fragment F0 on Person { name }';
    for (let i = 1; i <= 22; i++)
      query += ` fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }`;
    const document = parse(query);
    const started = process.hrtime.bigint();
    const errors = validate(schema, document, [...specifiedRules, queryLimitsRule(limits)]);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(errors.map((e) => e.message)).toEqual([
      `Query cost ${1 + 2 ** 22} exceeds the limit of 200.`,
    ]);
    expect(ms).toBeLessThan(500);
  });

  describe('with the variables of the request (issue 11, item 10)', () => {
    const cost = (query: string, variables: Record<string, unknown> | null) => {
      const document = parse(query);
      return costErrors(schema, document, getOperationAST(document)!, variables, limits).map(
        (e) => e.message,
      );
    };
    const aliased = `query($m: Int) { a: people(first: $m) { name } b: people(first: $m) { name } }`;

    it('prices a page size passed as a variable at its value', () => {
      // 2 * (1 + 10 * 1) = 22.
      expect(cost(aliased, { m: 10 })).toEqual([]);
      // 2 * (1 + 99 * 1) = 200: at the limit.
      expect(cost(aliased, { m: 99 })).toEqual([]);
      // Above the field's maximum (100) it is priced at that maximum: 2 * 101 = 202.
      expect(cost(aliased, { m: 500 })).toEqual(['Query cost 202 exceeds the limit of 200.']);
    });

    it('prices a size that is not known at the most the field serves', () => {
      expect(cost(aliased, { m: null })).toEqual(['Query cost 202 exceeds the limit of 200.']);
      expect(cost(aliased, null)).toEqual(['Query cost 202 exceeds the limit of 200.']);
    });

    it("uses the operation's and the schema's defaults", () => {
      expect(
        cost(`query($m: Int = 5) { a: people(first: $m) { name best { name } } }`, {}),
      ).toEqual([]);
      // items(first: Int! = 100): not passed, so 100 rows: 1 + 100 * 3 = 301.
      expect(cost(`{ items { name best { name } } }`, {})).toEqual([
        'Query cost 301 exceeds the limit of 200.',
      ]);
      expect(cost(`query($m: Int!) { items(first: $m) { name best { name } } }`, {})).toEqual([
        'Query cost 301 exceeds the limit of 200.',
      ]);
    });
  });

  it('measures a fragment once per page size it inherits, not once for all', () => {
    const document = parse(`{ a: page(first: 2) { ...N } b: page(first: 20) { ...N } }
      fragment N on PersonPage { nodes { name } }`);
    const m = measureOperation(schema, document, getOperationAST(document)!, limits, {});
    // a: 1 + (1 + 2 * 1) = 4; b: 1 + (1 + 20 * 1) = 22.
    expect(m.cost).toBe(26);
    expect(m.depth).toBe(2);
    expect(m.aliases).toBe(2);
  });
});
