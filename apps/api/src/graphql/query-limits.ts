import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Assumed size of a list field when no `first`/`limit` argument bounds it. */
  defaultListSize: number;
  /** Known sizes of bounded list fields, as "Type.field" (e.g. one entry per category). */
  listSizeHints?: Readonly<Record<string, number>>;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 20,
  maxCost: 5000,
  defaultListSize: 50,
  listSizeHints: {
    'Case.categoryAccess': 10,
    'Case.participants': 10,
    // One entry per category at most.
    'Case.informationItemCounts': 10,
    'Covenant.entries': 120,
    // The newest covenant proposals (capped in SQL, covenant/), each changing a few cells.
    'Query.covenantProposals': 20,
    'CovenantProposal.changes': 10,
    // A few short labels each (agency, version, case reference).
    'CaseEvent.params': 5,
    'Notification.params': 5,
    // LOOKUP_LIMIT cards, each with at most CONTACTS_MAX contacts (agreed-approaches/).
    'AgreedApproachLookupResult.cards': 10,
    'AgreedApproachCard.contacts': 12,
    'AgreedApproach.contacts': 12,
    // Typical plans (plans/): a goal per life domain, a few actions each; notes capped in SQL.
    'PlanVersion.goals': 9,
    'PlanGoal.actions': 5,
    'CasePlan.ownerAgencies': 10,
    'CasePlan.notes': 100,
    // Triage (referrals/): a referral rarely resembles more than a few known persons (SQL caps it
    // at 10); the proposed partners are some of a region's agencies.
    'Referral.possibleMatches': 3,
    'Referral.proposedAgencies': 10,
    // Meetings (meetings/): myMeetings is capped in SQL; an agenda holds about a morning's cases.
    'Query.myMeetings': 50,
    'Meeting.agenda': 12,
    'MeetingItem.invitees': 8,
    'MeetingItem.attendance': 8,
    // One part per agency holding data on the person: some of a region's agencies.
    'DataSubjectRequest.parts': 12,
  },
};

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}

function unwrapIsList(type: GraphQLType): boolean {
  let t = type;
  while (isNonNullType(t)) t = t.ofType;
  return isListType(t);
}

/** The page size a `first`/`limit` argument asks for; with a variable, the default applies. */
function explicitSize(field: FieldNode): number | null {
  for (const arg of field.arguments ?? []) {
    if ((arg.name.value === 'first' || arg.name.value === 'limit') && arg.value.kind === Kind.INT) {
      return Math.max(1, Number(arg.value.value));
    }
  }
  return null;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Depth, alias and cost limits as one validation rule, so an abusive query is rejected during
 * validation — before any resolver, and so before any database work. Introspection fields are
 * left to the introspection switch.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }

    const measure = (
      selectionSet: SelectionSetNode,
      parentType: GraphQLOutputType | null,
      depth: number,
      visiting: Set<string>,
      // Connection pattern: `cases(first: 10) { nodes { … } }` — nodes has the parent's size.
      inheritedSize: number | null = null,
    ): Measure => {
      const result: Measure = { depth, cost: 0, aliases: 0 };
      const named = parentType ? getNamedType(parentType) : null;
      const fieldsOf =
        named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields() : {};
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          if (name.startsWith('__')) continue;
          if (selection.alias) result.aliases += 1;
          const fieldDef = fieldsOf[name];
          result.cost += 1;
          if (selection.selectionSet) {
            const isList = fieldDef !== undefined && unwrapIsList(fieldDef.type);
            const own = explicitSize(selection);
            const child = measure(
              selection.selectionSet,
              fieldDef?.type ?? null,
              depth + 1,
              visiting,
              isList ? null : own,
            );
            const hint = named ? limits.listSizeHints?.[`${named.name}.${name}`] : undefined;
            const factor = isList ? (own ?? hint ?? inheritedSize ?? limits.defaultListSize) : 1;
            result.cost += child.cost * factor;
            result.aliases += child.aliases;
            result.depth = Math.max(result.depth, child.depth);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          const type = typeName
            ? (context.getSchema().getType(typeName) as GraphQLOutputType)
            : parentType;
          const child = measure(
            selection.selectionSet,
            type ?? null,
            depth,
            visiting,
            inheritedSize,
          );
          result.cost += child.cost;
          result.aliases += child.aliases;
          result.depth = Math.max(result.depth, child.depth);
        } else {
          const fragmentName = selection.name.value;
          const fragment = fragments.get(fragmentName);
          // Cycles are reported by the standard NoFragmentCycles rule.
          if (!fragment || visiting.has(fragmentName)) continue;
          const type = context
            .getSchema()
            .getType(fragment.typeCondition.name.value) as GraphQLOutputType;
          const child = measure(
            fragment.selectionSet,
            type,
            depth,
            new Set([...visiting, fragmentName]),
            inheritedSize,
          );
          result.cost += child.cost;
          result.aliases += child.aliases;
          result.depth = Math.max(result.depth, child.depth);
        }
      }
      return result;
    };

    return {
      OperationDefinition(node) {
        const schema = context.getSchema();
        const root =
          node.operation === 'query'
            ? schema.getQueryType()
            : node.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType();
        const m = measure(node.selectionSet, root ?? null, 0, new Set());
        if (m.depth > limits.maxDepth) {
          context.reportError(
            tooComplex(`Query depth ${m.depth} exceeds the limit of ${limits.maxDepth}.`),
          );
        }
        if (m.aliases > limits.maxAliases) {
          context.reportError(
            tooComplex(`Query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`),
          );
        }
        if (m.cost > limits.maxCost) {
          context.reportError(
            tooComplex(`Query cost ${m.cost} exceeds the limit of ${limits.maxCost}.`),
          );
        }
      },
    };
  };
}
