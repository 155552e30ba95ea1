import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { queryLimitsRule } from './query-limits';

const schema = buildSchema(`
  type Person { name: String! friends(first: Int): [Person!]! best: Person }
  type Query { person: Person people(first: Int): [Person!]! }
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

  it('multiplies the cost of list fields by their page size', () => {
    // 1 + 10 * (1 + 10 * 1) = 111: within the limit.
    expect(codes('{ people { friends { name } } }')).toEqual([]);
    // 1 + 50 * (1 + 50 * 1) = 2551: over.
    expect(codes('{ people(first: 50) { friends(first: 50) { name } } }')).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
  });
});
