import { registerEnumType } from '@nestjs/graphql';
import { LIFE_DOMAINS, type LifeDomain } from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

export const LifeDomainEnum = asEnum(LIFE_DOMAINS);
registerEnumType(LifeDomainEnum, {
  name: 'LifeDomain',
  description: 'A life domain (leefgebied) a goal of the plan of action is about.',
});

export const PLAN_VERSION_STATUSES = ['DRAFT', 'ADOPTED'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];
export const PlanVersionStatusEnum = asEnum(PLAN_VERSION_STATUSES);
registerEnumType(PlanVersionStatusEnum, {
  name: 'PlanVersionStatus',
  description: 'DRAFT (concept, editable) or ADOPTED (vastgesteld, frozen).',
});

export const PLAN_ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type PlanActionStatus = (typeof PLAN_ACTION_STATUSES)[number];
export const PlanActionStatusEnum = asEnum(PLAN_ACTION_STATUSES);
registerEnumType(PlanActionStatusEnum, {
  name: 'PlanActionStatus',
  description: 'Progress of an action (afspraak); not part of the plan content, so no new version.',
});

/** Statuses in which an action still has to be done (and can be overdue). */
export const UNFINISHED_ACTION_STATUSES: readonly PlanActionStatus[] = ['OPEN', 'IN_PROGRESS'];

export const PLAN_CHANGE_KINDS = [
  'GOAL_ADDED',
  'GOAL_REMOVED',
  'GOAL_CHANGED',
  'ACTION_ADDED',
  'ACTION_REMOVED',
  'ACTION_CHANGED',
] as const;
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];
export const PlanChangeKindEnum = asEnum(PLAN_CHANGE_KINDS);
registerEnumType(PlanChangeKindEnum, {
  name: 'PlanChangeKind',
  description: 'What changed between two versions of a plan.',
});

export const PLAN_CHANGE_FIELDS = [
  'LIFE_DOMAIN',
  'DESCRIPTION',
  'OWNER',
  'DUE_DATE',
  'GOAL',
] as const;
export type PlanChangeField = (typeof PLAN_CHANGE_FIELDS)[number];
export const PlanChangeFieldEnum = asEnum(PLAN_CHANGE_FIELDS);
registerEnumType(PlanChangeFieldEnum, {
  name: 'PlanChangeField',
  description:
    'The changed field of a GOAL_CHANGED or ACTION_CHANGED change. from/to hold: LIFE_DOMAIN a ' +
    'LifeDomain value, DUE_DATE a date (YYYY-MM-DD), OWNER an agency name (and " — " user name), ' +
    'GOAL the description of the goal the action moved from/to, DESCRIPTION the text.',
});

export type { LifeDomain };
