import {
  parseWith,
  supervisionConditionSchema,
  violationSignalSchema,
  assessViolationSchema,
  type InputProblemCode,
} from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

/*
 * The fields of the supervision forms; the rules are the API's own (libs/domain
 * supervision.schema.ts), so the portal refuses exactly what the API would.
 */

export const CONDITION_FIELDS = [
  'kind',
  'subject',
  'frequency',
  'legalSourceKind',
  'legalSourceDate',
  'parketNumber',
  'startsOn',
  'endsOn',
  'status',
  'notes',
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

export const SIGNAL_FIELDS = ['what', 'occurredAt', 'location', 'seenBy'] as const;
export type SignalField = (typeof SIGNAL_FIELDS)[number];

export const ASSESS_FIELDS = ['assessment', 'followUp'] as const;
export type AssessField = (typeof ASSESS_FIELDS)[number];

export type FieldProblemsOf<F extends string> = Partial<Record<F, InputProblemCode>>;

function problemsFor<F extends string>(
  fields: readonly F[],
  found: readonly { path: string; code: InputProblemCode }[],
): FieldProblemsOf<F> {
  const result: FieldProblemsOf<F> = {};
  for (const { path, code } of found) {
    const field = path as F;
    if (fields.includes(field) && !result[field]) result[field] = code;
  }
  return result;
}

export function checkCondition(input: Record<string, unknown>): FieldProblemsOf<ConditionField> {
  const result = parseWith(supervisionConditionSchema(), input);
  return result.ok ? {} : problemsFor(CONDITION_FIELDS, result.problems);
}

export function checkSignal(input: Record<string, unknown>): FieldProblemsOf<SignalField> {
  const result = parseWith(violationSignalSchema(), input);
  return result.ok ? {} : problemsFor(SIGNAL_FIELDS, result.problems);
}

export function checkAssessment(input: Record<string, unknown>): FieldProblemsOf<AssessField> {
  const result = parseWith(assessViolationSchema(), input);
  return result.ok ? {} : problemsFor(ASSESS_FIELDS, result.problems);
}

/** A refusal by the API about one of `fields`, placed at it; null for other errors. */
export function apiProblemAt<F extends string>(
  fields: readonly F[],
  code: ClientErrorCode,
  field: string | null,
): FieldProblemsOf<F> | null {
  if (code !== 'BAD_USER_INPUT' || field === null || !fields.includes(field as F)) return null;
  return { [field]: 'INVALID' } as FieldProblemsOf<F>;
}

/** A `datetime-local` value ("2026-12-05T14:30") as an ISO moment; the input as typed if not. */
export function localMomentToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : at.toISOString();
}

const WORDED = ['REQUIRED', 'TOO_SHORT', 'TOO_LONG', 'DATE', 'FUTURE', 'TOO_OLD'] as const;

/** The catalogue key of a field problem; anything else reads as "not valid". */
export function problemKey(
  problem: string,
): `supervision.problem.${(typeof WORDED)[number] | 'INVALID'}` {
  const worded = (WORDED as readonly string[]).includes(problem)
    ? (problem as (typeof WORDED)[number])
    : 'INVALID';
  return `supervision.problem.${worded}`;
}
