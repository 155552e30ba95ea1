import { closeCaseSchema, parseWith } from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

/*
 * The close-case form's fields; the rules are the API's own (libs/domain close-case.schema.ts).
 */

export const CLOSE_CASE_FIELDS = ['outcome', 'reason'] as const;
export type CloseCaseField = (typeof CLOSE_CASE_FIELDS)[number];
export type CloseCaseProblem = 'REQUIRED' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID';
export type CloseCaseProblems = Partial<Record<CloseCaseField, CloseCaseProblem>>;

export interface CloseCaseValues {
  outcome: string;
  reason: string;
}

const fieldsSchema = closeCaseSchema().pick({ outcome: true, reason: true });

/** What the API would refuse, per field; an empty object means the form may be sent. */
export function checkCloseCase(values: CloseCaseValues): CloseCaseProblems {
  const result = parseWith(fieldsSchema, values);
  const problems: CloseCaseProblems = {};
  if (result.ok) return problems;
  for (const { path, code } of result.problems) {
    // One message for the outcome: choose one of the list.
    if (path === 'outcome') problems.outcome = 'REQUIRED';
    else if (path === 'reason') {
      problems.reason = code === 'REQUIRED' || code === 'TOO_LONG' ? code : 'TOO_SHORT';
    }
  }
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
