import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from './selects-field';

/** The parts of the resolve info of the first root field that selectedFields reads. */
function infoOf(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0]!;
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectedFields', () => {
  it('lists the fields at a path, merging aliases and fragments', () => {
    const info = infoOf(
      `query { cases { nodes { id ...A } more: nodes { reference } pageInfo { hasNextPage } } }
       fragment A on Case { subject { id } ... on Case { casusregisseur { id } } }`,
    );
    expect([...selectedFields(info, ['nodes'])].sort()).toEqual([
      'casusregisseur',
      'id',
      'reference',
      'subject',
    ]);
    expect([...selectedFields(info)].sort()).toEqual(['nodes', 'pageInfo']);
  });

  it('is empty for a path that was not selected', () => {
    expect(selectedFields(infoOf(`{ cases { pageInfo { hasNextPage } } }`), ['nodes']).size).toBe(
      0,
    );
  });
});

describe('selectedFields directly under the field', () => {
  it('finds a field selected directly, in an inline fragment or in a named fragment', () => {
    for (const document of [
      `{ case(id: 1) { id informationItems { id } } }`,
      `{ case(id: 1) { ... on Case { informationItems { id } } } }`,
      `query { case(id: 1) { ...A } } fragment A on Case { ...B } fragment B on Case { informationItems { id } }`,
    ]) {
      expect(selectedFields(infoOf(document)).has('informationItems')).toBe(true);
    }
  });

  it('does not look below the direct selection', () => {
    expect(selectedFields(infoOf(`{ case(id: 1) { id reference } }`)).has('informationItems')).toBe(
      false,
    );
    expect(
      selectedFields(infoOf(`{ case(id: 1) { viewedAs { informationItems } } }`)).has(
        'informationItems',
      ),
    ).toBe(false);
  });
});
