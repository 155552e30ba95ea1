import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Person { name: String! friends(first: Int): [Person!]! best: Person tags: [Tag!]! }
  type Tag { name: String! }
  type PersonPage { nodes: [Person!]! }
  type Query { person: Person people(first: Int): [Person!]! page(first: Int): PersonPage! }
`);
const limits = { maxDepth: 4, maxAliases: 3, maxCost: 200, defaultListSize: 10 };
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
});
