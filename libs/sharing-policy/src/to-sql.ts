import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility, PolicyAction, PolicySubjectType } from './subjects';

/**
 * How a condition field maps to SQL: a (qualified) column; for array fields such as
 * `activeParticipantAgencyIds`, a function that renders a "contains" test (typically an EXISTS
 * subquery) around the placeholder of the value — also used for a nullable column, whose test must
 * be false rather than NULL when it is selected as a boolean; or a fixed value, for rows that are not stored as
 * such (a person's identity read as an item of category IDENTITY), decided while translating.
 */
export type SqlFieldMapping =
  string | ((placeholder: string) => string) | { readonly value: SqlValue };
export type SqlFieldMap = Readonly<Record<string, SqlFieldMapping>>;

export type SqlValue = string | number | boolean;

/**
 * The translator's own small condition tree: what the SQL text says, without the text. The property
 * test evaluates this tree over generated rows; rendering it to text is a separate, simple step.
 */
export type SqlCondition =
  | { kind: 'constant'; value: boolean }
  | { kind: 'and' | 'or'; conditions: SqlCondition[] }
  | { kind: 'equals'; field: string; column: string; value: SqlValue }
  | { kind: 'in'; field: string; column: string; values: SqlValue[] }
  | {
      kind: 'contains';
      field: string;
      render: (placeholder: string) => string;
      value: SqlValue;
    };

export interface SqlFilter {
  sql: string;
  params: SqlValue[];
}

/** The shape of a ucast condition node (rulesToAST output), without importing ucast itself. */
export interface ConditionNode {
  readonly operator: string;
  readonly value: unknown;
  readonly field?: unknown;
}

export class PolicySqlError extends Error {
  override readonly name = 'PolicySqlError';
}

// Column names come from code, never from users; still refuse anything but plain identifiers so a
// typo cannot turn into SQL.
const COLUMN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function isNode(value: unknown): value is ConditionNode {
  return typeof value === 'object' && value !== null && 'operator' in value && 'value' in value;
}

function toSqlValue(value: unknown, field: string): SqlValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // null, objects, RegExp … have mongo semantics the translator does not reproduce.
  throw new PolicySqlError(`unsupported value for field "${field}": ${String(value)}`);
}

function mappingFor(fieldMap: SqlFieldMap, field: string): SqlFieldMapping {
  if (!Object.hasOwn(fieldMap, field)) {
    // Failing closed: an unmapped field would otherwise silently drop a restriction.
    throw new PolicySqlError(`no SQL mapping for condition field "${field}"`);
  }
  const mapping = fieldMap[field] as SqlFieldMapping;
  if (typeof mapping === 'string' && !COLUMN.test(mapping)) {
    throw new PolicySqlError(`invalid column "${mapping}" for field "${field}"`);
  }
  if (typeof mapping === 'object') toSqlValue(mapping.value, field);
  return mapping;
}

/** Translates a rulesToAST condition into the SqlCondition tree; throws on anything unsupported. */
export function conditionToSql(node: ConditionNode, fieldMap: SqlFieldMap): SqlCondition {
  switch (node.operator) {
    case 'and':
    case 'or': {
      if (!Array.isArray(node.value)) {
        throw new PolicySqlError(`"${node.operator}" without a list of conditions`);
      }
      const conditions = node.value.map((child: unknown) => {
        if (!isNode(child)) throw new PolicySqlError('malformed condition node');
        return conditionToSql(child, fieldMap);
      });
      return { kind: node.operator, conditions };
    }
    case 'eq':
    case 'in': {
      if (typeof node.field !== 'string') {
        throw new PolicySqlError(`"${node.operator}" without a field`);
      }
      const field = node.field;
      const mapping = mappingFor(fieldMap, field);
      if (typeof mapping === 'object') {
        // A fixed value is compared here; values in the condition are still checked like any other.
        const values = node.operator === 'eq' ? [node.value] : node.value;
        if (!Array.isArray(values)) throw new PolicySqlError(`"in" on "${field}" without a list`);
        const matches = values.map((value: unknown) => toSqlValue(value, field));
        return { kind: 'constant', value: matches.includes(mapping.value) };
      }
      if (node.operator === 'eq') {
        const value = toSqlValue(node.value, field);
        return typeof mapping === 'string'
          ? { kind: 'equals', field, column: mapping, value }
          : { kind: 'contains', field, render: mapping, value };
      }
      if (!Array.isArray(node.value)) throw new PolicySqlError(`"in" on "${field}" without a list`);
      const values = node.value.map((value: unknown) => toSqlValue(value, field));
      if (typeof mapping === 'string') return { kind: 'in', field, column: mapping, values };
      // Mongo's $in on an array field: some element is one of the values.
      return {
        kind: 'or',
        conditions: values.map((value) => ({ kind: 'contains', field, render: mapping, value })),
      };
    }
    default:
      throw new PolicySqlError(`unsupported condition operator "${node.operator}"`);
  }
}

/** Renders the tree with positional PostgreSQL parameters, the first one numbered `firstParamIndex`. */
export function renderSql(condition: SqlCondition, firstParamIndex = 1): SqlFilter {
  if (!Number.isInteger(firstParamIndex) || firstParamIndex < 1) {
    throw new PolicySqlError(`invalid first parameter index ${firstParamIndex}`);
  }
  const params: SqlValue[] = [];
  const bind = (value: SqlValue): string => {
    params.push(value);
    return `$${firstParamIndex + params.length - 1}`;
  };
  const render = (node: SqlCondition): string => {
    switch (node.kind) {
      case 'constant':
        return node.value ? 'TRUE' : 'FALSE';
      case 'and':
      case 'or': {
        if (node.conditions.length === 0) return node.kind === 'and' ? 'TRUE' : 'FALSE';
        const [only] = node.conditions;
        if (node.conditions.length === 1 && only !== undefined) return render(only);
        const joiner = node.kind === 'and' ? ' AND ' : ' OR ';
        return `(${node.conditions.map(render).join(joiner)})`;
      }
      case 'equals':
        return `${node.column} = ${bind(node.value)}`;
      case 'in':
        if (node.values.length === 0) return 'FALSE';
        return `${node.column} IN (${node.values.map(bind).join(', ')})`;
      case 'contains':
        return `(${node.render(bind(node.value))})`;
    }
  };
  return { sql: render(condition), params };
}

/**
 * The caller's permission for `action` on `subjectType` as a condition tree; 'none' when nothing is
 * allowed (skip the query), 'all' when everything of this type is (add no filter).
 */
export function abilityToSqlCondition(
  ability: AppAbility,
  action: PolicyAction,
  subjectType: PolicySubjectType,
  fieldMap: SqlFieldMap,
): SqlCondition | 'none' | 'all' {
  const ast = rulesToAST(ability, action, subjectType);
  if (ast === null) return 'none';
  if (ast.operator === 'and' && Array.isArray(ast.value) && ast.value.length === 0) return 'all';
  return conditionToSql(ast, fieldMap);
}

/**
 * The WHERE fragment that keeps exactly the rows `ability.can(action, row)` allows. Values travel
 * only as parameters; append `params` to the query's own, which use `$1 … $(firstParamIndex - 1)`.
 */
export function abilityToSql(
  ability: AppAbility,
  action: PolicyAction,
  subjectType: PolicySubjectType,
  fieldMap: SqlFieldMap,
  firstParamIndex = 1,
): SqlFilter | 'none' | 'all' {
  const condition = abilityToSqlCondition(ability, action, subjectType, fieldMap);
  return typeof condition === 'string' ? condition : renderSql(condition, firstParamIndex);
}
