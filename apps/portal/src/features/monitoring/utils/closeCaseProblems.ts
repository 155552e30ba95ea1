import type { ClientErrorCode } from '../../api-client/utils/errorCode';
import type { CloseOutcome } from '../../../gql/graphql';

export const CLOSE_OUTCOMES: readonly CloseOutcome[] = [
  'GOAL_ACHIEVED',
  'PARTIALLY_ACHIEVED',
  'NOT_ACHIEVED',
  'REFERRED_TO_REGULAR_CARE',
  'TAKEN_OVER_BY_JUSTICE',
  'PERSON_MOVED',
  'PERSON_DECEASED',
  'NO_COOPERATION',
  'OTHER',
];

export const REASON_MIN = 10;
export const REASON_MAX = 2000;

export const CLOSE_CASE_FIELDS = ['outcome', 'reason'] as const;
export type CloseCaseField = (typeof CLOSE_CASE_FIELDS)[number];
export type CloseCaseProblem = 'REQUIRED' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID';
export type CloseCaseProblems = Partial<Record<CloseCaseField, CloseCaseProblem>>;

export interface CloseCaseValues {
  outcome: string;
  reason: string;
}

/** The same rules as the API (reason counted in characters after trimming). */
export function checkCloseCase(values: CloseCaseValues): CloseCaseProblems {
  const problems: CloseCaseProblems = {};
  if (!(CLOSE_OUTCOMES as readonly string[]).includes(values.outcome))
    problems.outcome = 'REQUIRED';
  const length = [...values.reason.trim()].length;
  if (length === 0) problems.reason = 'REQUIRED';
  else if (length < REASON_MIN) problems.reason = 'TOO_SHORT';
  else if (length > REASON_MAX) problems.reason = 'TOO_LONG';
  return problems;
}

export function firstProblemField(problems: CloseCaseProblems): CloseCaseField | null {
  return CLOSE_CASE_FIELDS.find((field) => problems[field] !== undefined) ?? null;
}

/** A refusal by the API about one field, placed at that field; null for other errors. */
export function problemsForApiError(
  code: ClientErrorCode,
  field: string | null,
): CloseCaseProblems | null {
  if (code !== 'BAD_USER_INPUT') return null;
  if (field === 'reason') return { reason: 'TOO_SHORT' };
  if (field === 'outcome') return { outcome: 'REQUIRED' };
  return null;
}
