import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Lexical tokens in one document, checked by the parser before anything else. */
  maxTokens: number;
  /** Directives (`@include`, `@skip`, …) in one operation, counted through its fragments. */
  maxDirectives: number;
  /** Assumed size of a list field when no `first`/`limit` argument bounds it. */
  defaultListSize: number;
  /** Known sizes of bounded list fields, as "Type.field" (e.g. one entry per category). */
  listSizeHints?: Readonly<Record<string, number>>;
  /**
   * The largest page a paged field serves, as "Type.field" (its service refuses more): the price
   * of a page whose size is not known (a variable without a value).
   */
  maxPageSizes?: Readonly<Record<string, number>>;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 20,
  // The portal's largest operation (a page of 500 older items: ~7,000) with some headroom.
  maxCost: 10000,
  // The portal's largest operation has fewer than 200.
  maxTokens: 1000,
  maxDirectives: 20,
  defaultListSize: 50,
  listSizeHints: {
    'Case.categoryAccess': 10,
    'Case.participants': 10,
    // One entry per category at most.
    'Case.informationItemCounts': 10,
    // A case's newest items: at most ITEM_LIMIT (500, information/), rarely more than 100.
    'Case.informationItems': 100,
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
    // Life-domain scores (life-domain-scores/): intake, a plan version every few months, closing;
    // one entry per life domain (9).
    'CaseLifeDomainScores.moments': 12,
    'CaseLifeDomainScores.scorableDomains': 9,
    'LifeDomainAssessment.scores': 9,
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
    // The persons an audit event names: one for most reads, a few for a list or a search.
    'AuditEvent.persons': 5,
    // Area teams (areas/, ADR 0036): a few per wijk, each serving a few of the region's wijken;
    // members are one agency's users in one area.
    'Referral.areaTeams': 3,
    'AreaPartners.teams': 10,
    'AreaTeam.areas': 5,
    'AreaTeam.members': 20,
    'AreaWorkload.rows': 10,
    // The outcome report (outcome-report/): one entry per closing outcome (9) and life domain (9);
    // a quarter per row (at most 20); cells of a year, most of them withheld or filtered away.
    'OutcomeFigures.outcomes': 9,
    'OutcomeFigures.lifeDomains': 9,
    'OutcomeReport.quarters': 8,
    'OutcomeReport.cells': 50,
    'OutcomeReport.areas': 20,
  },
  // The bounds the services enforce on `first` (they answer BAD_USER_INPUT beyond them).
  maxPageSizes: {
    'Query.cases': 100,
    'Query.informationItems': 500,
    'Query.notifications': 100,
    'Query.myActions': 100,
    'Query.overdueActions': 200,
    'Query.auditEvents': 100,
    'Query.breakGlassReviewQueue': 100,
    'Query.deletionRecords': 200,
    'Query.retentionPeriodHistory': 200,
  },
};

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
  });
}

function unwrapIsList(type: GraphQLType): boolean {
  let t = type;
  while (isNonNullType(t)) t = t.ofType;
  return isListType(t);
}

const PAGE_ARGS = new Set(['first', 'limit']);

export interface OperationMeasure {
  /** Nesting of fields, fragments flattened. */
  depth: number;
  aliases: number;
  directives: number;
  /** Fields to resolve: each list field multiplies what it selects by its page size. */
  cost: number;
}

/**
 * Values of the operation's variables as sent, plus the defaults of its definitions. `null` when
 * they are not known yet (validation runs before them and its result is cached per document).
 */
type Variables = ReadonlyMap<string, unknown> | null;

function variablesOf(
  operation: OperationDefinitionNode,
  sent: Readonly<Record<string, unknown>> | null | undefined,
): Variables {
  if (sent === undefined || sent === null) {
    if (operation.variableDefinitions?.length) return null;
    return new Map();
  }
  const values = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (Object.prototype.hasOwnProperty.call(sent, name)) values.set(name, sent[name]);
    else if (definition.defaultValue)
      values.set(name, valueFromASTUntyped(definition.defaultValue));
  }
  return values;
}

/**
 * The page size a field asks for: a literal, a variable's value, else the argument's default in
 * the schema. A size that is not known (yet) is priced at the most the field serves; a size above
 * that is priced at that maximum too (the service refuses it anyway).
 */
function pageSize(
  field: FieldNode,
  definition: GraphQLField<unknown, unknown> | undefined,
  variables: Variables,
  max: number | undefined,
): number | null {
  const fallback = definition?.args.find((arg) => PAGE_ARGS.has(arg.name))?.defaultValue;
  const schemaDefault = typeof fallback === 'number' ? fallback : null;
  let requested: number | null | 'unknown' = schemaDefault;
  const argument = field.arguments?.find((arg) => PAGE_ARGS.has(arg.name.value));
  if (argument) {
    const node = argument.value;
    if (node.kind === Kind.INT) requested = Number(node.value);
    else if (node.kind === Kind.VARIABLE && variables) {
      // A variable not sent leaves the argument to its default in the schema.
      const value = variables.has(node.name.value)
        ? variables.get(node.name.value)
        : (schemaDefault ?? undefined);
      requested = typeof value === 'number' && Number.isFinite(value) ? value : 'unknown';
    } else requested = 'unknown';
  }
  if (requested === null) return null;
  if (requested === 'unknown') return max ?? null;
  const size = Math.max(1, Math.trunc(requested));
  return max === undefined ? size : Math.min(size, max);
}

interface Measure {
  /** Depth below the selection set it measures. */
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/**
 * Measures one operation in time linear in the document: each fragment is measured once per
 * inherited page size and the result reused at every spread (a document of doubling fragments
 * once made the walk exponential: 22 levels blocked the process for 15 s). Fragment cycles are
 * skipped here; the standard NoFragmentCycles rule reports them.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: QueryLimits,
  sentVariables?: Readonly<Record<string, unknown>> | null,
): OperationMeasure {
  const variables = variablesOf(operation, sentVariables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const memo = new Map<string, Measure>();
  const visiting = new Set<string>();

  const add = (into: Measure, child: Measure, factor: number, deeper: number) => {
    into.cost += child.cost * factor;
    into.aliases += child.aliases;
    into.directives += child.directives;
    into.depth = Math.max(into.depth, child.depth + deeper);
  };

  const measure = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLOutputType | null,
    // Connection pattern: `cases(first: 10) { nodes { … } }` — nodes has the parent's size.
    inheritedSize: number | null,
  ): Measure => {
    const result: Measure = { depth: 0, cost: 0, aliases: 0, directives: 0 };
    const named = parentType ? getNamedType(parentType) : null;
    const fieldsOf =
      named && (isObjectType(named) || isInterfaceType(named)) ? named.getFields() : {};
    for (const selection of selectionSet.selections) {
      result.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (selection.alias) result.aliases += 1;
        const fieldDef = fieldsOf[name];
        result.cost += 1;
        if (selection.selectionSet) {
          const key = named ? `${named.name}.${name}` : '';
          const isList = fieldDef !== undefined && unwrapIsList(fieldDef.type);
          const own = pageSize(selection, fieldDef, variables, limits.maxPageSizes?.[key]);
          const child = measure(
            selection.selectionSet,
            fieldDef?.type ?? null,
            isList ? null : own,
          );
          const hint = limits.listSizeHints?.[key];
          const factor = isList ? (own ?? hint ?? inheritedSize ?? limits.defaultListSize) : 1;
          add(result, child, factor, 1);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? (schema.getType(typeName) as GraphQLOutputType) : parentType;
        add(result, measure(selection.selectionSet, type ?? null, inheritedSize), 1, 0);
      } else {
        const fragmentName = selection.name.value;
        const fragment = fragments.get(fragmentName);
        if (!fragment || visiting.has(fragmentName)) continue;
        const key = `${fragmentName}|${inheritedSize ?? ''}`;
        let child = memo.get(key);
        if (!child) {
          const type = schema.getType(fragment.typeCondition.name.value) as GraphQLOutputType;
          visiting.add(fragmentName);
          child = measure(fragment.selectionSet, type ?? null, inheritedSize);
          visiting.delete(fragmentName);
          child.directives += fragment.directives?.length ?? 0;
          memo.set(key, child);
        }
        add(result, child, 1, 0);
      }
    }
    return result;
  };

  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const m = measure(operation.selectionSet, root ?? null, null);
  return { ...m, directives: m.directives + (operation.directives?.length ?? 0) };
}

/** The limits the measure breaks; `cost` only when the page sizes are known (see Variables). */
export function limitErrors(
  m: OperationMeasure,
  limits: QueryLimits,
  checkCost: boolean,
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  if (m.depth > limits.maxDepth) {
    errors.push(tooComplex(`Query depth ${m.depth} exceeds the limit of ${limits.maxDepth}.`));
  }
  if (m.aliases > limits.maxAliases) {
    errors.push(tooComplex(`Query uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`));
  }
  if (m.directives > limits.maxDirectives) {
    errors.push(
      tooComplex(`Query uses ${m.directives} directives; the limit is ${limits.maxDirectives}.`),
    );
  }
  if (checkCost && m.cost > limits.maxCost) {
    errors.push(tooComplex(`Query cost ${m.cost} exceeds the limit of ${limits.maxCost}.`));
  }
  return errors;
}

/**
 * Depth, alias, directive and cost limits as one validation rule, so an abusive query is rejected
 * during validation — before any resolver, and so before any database work. Validation does not
 * see the variables (Apollo caches its result per document): an operation whose page sizes are
 * variables is priced by `costErrors` once they are known. Introspection fields are left to the
 * introspection switch.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const m = measureOperation(context.getSchema(), context.getDocument(), node, limits);
      const knowsSizes = !node.variableDefinitions?.length;
      for (const error of limitErrors(m, limits, knowsSizes)) context.reportError(error);
    },
  });
}

/** The cost of the operation priced with the variables' values; empty when within limits. */
export function costErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): GraphQLError[] {
  const m = measureOperation(schema, document, operation, limits, variables ?? {});
  return m.cost > limits.maxCost
    ? [tooComplex(`Query cost ${m.cost} exceeds the limit of ${limits.maxCost}.`)]
    : [];
}
