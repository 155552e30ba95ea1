import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The field names of a selection set, through inline fragments and named fragments. */
function fieldsOf(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, SelectionSetNode[]> {
  const found = new Map<string, SelectionSetNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      switch (selection.kind) {
        case Kind.FIELD: {
          const list = found.get(selection.name.value) ?? [];
          if (selection.selectionSet) list.push(selection.selectionSet);
          found.set(selection.name.value, list);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          visit(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragmentName = selection.name.value;
          if (seen.has(fragmentName)) break;
          seen.add(fragmentName);
          visit(info.fragments[fragmentName]?.selectionSet);
          break;
        }
      }
    }
  };
  for (const set of sets) visit(set);
  return found;
}

/**
 * The names of the fields the client selected at `path` below the current field (every alias
 * and fragment merged), so a resolver loads only what is asked for. Only a hint for speed: each
 * field's own resolver still decides what is returned.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): Set<string> {
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) sets = fieldsOf(info, sets).get(name) ?? [];
  return new Set(fieldsOf(info, sets).keys());
}
