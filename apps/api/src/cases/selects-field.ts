import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { CaseColumns } from './case.queries';

/*
 * What the client selected below the current field, so a resolver loads only what is asked for
 * and starts nested loads early. Only hints for speed: each field's own resolver still decides
 * what is returned.
 */

/** The field nodes of selection sets by name, through inline fragments and named fragments. */
function fieldNodesOf(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  sets: readonly (SelectionSetNode | undefined)[],
): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      switch (selection.kind) {
        case Kind.FIELD: {
          const list = found.get(selection.name.value);
          if (list) list.push(selection);
          else found.set(selection.name.value, [selection]);
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

/** The names of the fields selected at `path` below the current field (aliases merged). */
export function selectedFields(
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): Set<string> {
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) {
    sets = (fieldNodesOf(info, sets).get(name) ?? []).map((node) => node.selectionSet);
  }
  return new Set(fieldNodesOf(info, sets).keys());
}

/**
 * The arguments (coerced, defaults applied) of each selection of the field `name` directly under
 * the current field, one entry per alias.
 */
export function selectedFieldArguments(
  info: GraphQLResolveInfo,
  name: string,
): Record<string, unknown>[] {
  const parent = getNamedType(info.returnType);
  const definition = isObjectType(parent) ? parent.getFields()[name] : undefined;
  if (!definition) return [];
  const nodes = fieldNodesOf(
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  ).get(name);
  return (nodes ?? []).map((node) => getArgumentValues(definition, node, info.variableValues));
}

/** The optional parts of the case rows of a page (`nodes`) that the client selected. */
export function selectedCaseColumns(info: GraphQLResolveInfo): CaseColumns {
  const selected = selectedFields(info, ['nodes']);
  const subject = selected.has('subject') ? selectedFields(info, ['nodes', 'subject']) : null;
  return {
    subject: subject !== null,
    subjectParts: {
      dateOfBirth: subject?.has('dateOfBirth') ?? false,
      bsn: subject?.has('bsn') ?? false,
      address: subject?.has('address') ?? false,
    },
    referringAgency: selected.has('referringAgency'),
    casusregisseurAgency: selected.has('casusregisseurAgency'),
    casusregisseur: selected.has('casusregisseur'),
  };
}
