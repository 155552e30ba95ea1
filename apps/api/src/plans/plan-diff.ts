import type { PlanChangeField } from './plan.enums';
import type { PlanActionModel, PlanChangeModel, PlanGoalModel } from './plan.model';

type DiffAction = Pick<PlanActionModel, 'key' | 'description' | 'dueDate'> & {
  ownerAgency: { name: string };
  ownerUser: { displayName: string } | null;
};
type DiffGoal = Pick<PlanGoalModel, 'key' | 'lifeDomain' | 'description'> & {
  actions: readonly DiffAction[];
};

const ownerLabel = (action: DiffAction) =>
  action.ownerUser
    ? `${action.ownerAgency.name} — ${action.ownerUser.displayName}`
    : action.ownerAgency.name;

/**
 * The readable difference between two versions of a plan. Goals and actions are matched on their
 * key, which a new version copies; status and notes are progress, not content, so not compared.
 */
export function planDiff(from: readonly DiffGoal[], to: readonly DiffGoal[]): PlanChangeModel[] {
  const changes: PlanChangeModel[] = [];
  const fromGoals = new Map(from.map((goal) => [goal.key, goal]));
  const toGoals = new Map(to.map((goal) => [goal.key, goal]));
  const fromActions = new Map(
    from.flatMap((goal) => goal.actions.map((action) => [action.key, { goal, action }] as const)),
  );
  const toActions = new Map(
    to.flatMap((goal) => goal.actions.map((action) => [action.key, { goal, action }] as const)),
  );
  const base = (goal: DiffGoal) => ({ lifeDomain: goal.lifeDomain, goal: goal.description });

  for (const goal of to) {
    const old = fromGoals.get(goal.key);
    if (!old) {
      changes.push({
        kind: 'GOAL_ADDED',
        field: null,
        ...base(goal),
        action: null,
        from: null,
        to: null,
      });
      continue;
    }
    const changed = (field: PlanChangeField, a: string, b: string) => {
      if (a !== b) {
        changes.push({ kind: 'GOAL_CHANGED', field, ...base(goal), action: null, from: a, to: b });
      }
    };
    changed('LIFE_DOMAIN', old.lifeDomain, goal.lifeDomain);
    changed('DESCRIPTION', old.description, goal.description);
  }
  for (const goal of from) {
    if (!toGoals.has(goal.key)) {
      changes.push({
        kind: 'GOAL_REMOVED',
        field: null,
        ...base(goal),
        action: null,
        from: null,
        to: null,
      });
    }
  }

  for (const { goal, action } of toActions.values()) {
    const old = fromActions.get(action.key);
    if (!old) {
      changes.push({
        kind: 'ACTION_ADDED',
        field: null,
        ...base(goal),
        action: action.description,
        from: null,
        to: null,
      });
      continue;
    }
    const changed = (field: PlanChangeField, a: string, b: string) => {
      if (a !== b) {
        // Named as it was: "Afspraak 'X': deadline 1 dec → 15 dec" reads from the old text.
        changes.push({
          kind: 'ACTION_CHANGED',
          field,
          ...base(goal),
          action: old.action.description,
          from: a,
          to: b,
        });
      }
    };
    changed('DESCRIPTION', old.action.description, action.description);
    changed('OWNER', ownerLabel(old.action), ownerLabel(action));
    changed('DUE_DATE', old.action.dueDate, action.dueDate);
    if (old.goal.key !== goal.key) changed('GOAL', old.goal.description, goal.description);
  }
  for (const { goal, action } of fromActions.values()) {
    if (!toActions.has(action.key)) {
      changes.push({
        kind: 'ACTION_REMOVED',
        field: null,
        ...base(goal),
        action: action.description,
        from: null,
        to: null,
      });
    }
  }
  return changes;
}
