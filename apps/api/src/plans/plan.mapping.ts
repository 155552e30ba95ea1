import type { AgencyModel } from '../auth/me.model';
import type {
  PlanActionModel,
  PlanActionNoteModel,
  PlanGoalModel,
  PlanVersionModel,
  PlanVersionSummaryModel,
} from './plan.model';

/* Rows come as JSON from one statement each; timestamps inside JSON arrive as strings. */

type Json<T, K extends keyof T> = Omit<T, K> & { [P in K]: string };

export type ActionRow = Json<PlanActionModel, 'statusChangedAt'>;
export type NoteRow = Json<PlanActionNoteModel, 'createdAt'>;
export type GoalRow = Omit<PlanGoalModel, 'actions'> & { actions: ActionRow[] };
export type VersionRow = Omit<PlanVersionModel, 'goals' | 'createdAt' | 'updatedAt'> & {
  goals: GoalRow[];
  createdAt: string | Date;
  updatedAt: string | Date;
};

export function toAction(row: ActionRow): PlanActionModel {
  return {
    ...row,
    statusChangedAt: new Date(row.statusChangedAt),
  };
}

export function toNote(row: NoteRow): PlanActionNoteModel {
  return { ...row, createdAt: new Date(row.createdAt) };
}

export function toVersion(row: VersionRow): PlanVersionModel {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    goals: row.goals.map((goal) => ({ ...goal, actions: goal.actions.map(toAction) })),
  };
}

export type VersionSummaryRow = PlanVersionSummaryModel & { adoptedByAgency: AgencyModel | null };
