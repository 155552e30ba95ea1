import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getOperationAST, specifiedRules, validate, type DocumentNode } from 'graphql';
import { DEFAULT_QUERY_LIMITS, measureOperation, queryLimitsRule } from './query-limits';

/*
 * Every operation the portal sends must pass the API's validation, including the cost limit: a
 * list without a size hint counts as 50 items, and nested lists multiply. The triage board was
 * once refused with QUERY_TOO_COMPLEX this way; only a browser test noticed.
 */
const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));
const generated = readFileSync(join(root, 'apps/portal/src/gql/graphql.ts'), 'utf8');
const documents = [
  ...generated.matchAll(/export const (\w+)Document = (\{.*?\}) as unknown as DocumentNode/g),
].map(([, name, json]) => ({ name: name!, document: JSON.parse(json!) as DocumentNode }));

describe('the portal operations', () => {
  it('are all found in the generated portal types', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it.each(documents.map(({ name, document }) => [name, document] as const))(
    '%s is valid and within the query limits',
    (_name, document) => {
      const errors = validate(schema, document, [
        ...specifiedRules,
        queryLimitsRule(DEFAULT_QUERY_LIMITS),
      ]);
      expect(errors.map((error) => error.message)).toEqual([]);
      // Priced as if every page-size variable asked for the most its field serves.
      const worst = measureOperation(
        schema,
        document,
        getOperationAST(document)!,
        DEFAULT_QUERY_LIMITS,
        null,
      );
      expect(worst.cost).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    },
  );
});
