import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo } from 'graphql';
import { selectedFields, selectsField } from './selects-field';

/** The parts of the resolve info of the root field `case` that selectsField reads. */
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

describe('selectsField', () => {
  it('finds a field selected directly, in an inline fragment or in a named fragment', () => {
    expect(
      selectsField(infoOf(`{ case(id: 1) { id informationItems { id } } }`), 'informationItems'),
    ).toBe(true);
    expect(
      selectsField(
        infoOf(`{ case(id: 1) { ... on Case { informationItems { id } } } }`),
        'informationItems',
      ),
    ).toBe(true);
    expect(
      selectsField(
        infoOf(
          `query { case(id: 1) { ...A } } fragment A on Case { ...B } fragment B on Case { informationItems { id } }`,
        ),
        'informationItems',
      ),
    ).toBe(true);
  });

  it('does not look below the direct selection', () => {
    expect(selectsField(infoOf(`{ case(id: 1) { id reference } }`), 'informationItems')).toBe(
      false,
    );
    expect(
      selectsField(infoOf(`{ case(id: 1) { viewedAs { informationItems } } }`), 'informationItems'),
    ).toBe(false);
  });
});

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
