import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the client asked for `name` directly under the current field (through fragments too),
 * so a resolver can start loading a nested field early. Only a hint for speed: the nested
 * field's own resolver still decides what is returned.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === name;
        case Kind.INLINE_FRAGMENT:
          return inSet(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const fragmentName = selection.name.value;
          if (seen.has(fragmentName)) return false;
          seen.add(fragmentName);
          return inSet(info.fragments[fragmentName]?.selectionSet);
        }
        default:
          return false;
      }
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
