import { parseWith, personInformedSchema, type InputProblemCode } from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

/*
 * The fields of the informed form; the rules are the API's own (libs/domain
 * person-informed.schema.ts), so the portal refuses exactly what the API would.
 */
export const INFORMED_FIELDS = [
  'informed',
  'informedOn',
  'informedByAgencyId',
  'notInformedReason',
  'explanation',
] as const;
export type InformedField = (typeof INFORMED_FIELDS)[number];

export function checkInformed(
  input: Record<string, unknown>,
): Partial<Record<InformedField, InputProblemCode>> {
  const result = parseWith(personInformedSchema(), input);
  if (result.ok) return {};
  const found: Partial<Record<InformedField, InputProblemCode>> = {};
  for (const { path, code } of result.problems) {
    const field = path as InformedField;
    if (INFORMED_FIELDS.includes(field) && !found[field]) found[field] = code;
  }
  return found;
}

/** A refusal by the API about one of the fields, placed at it; null for other errors. */
export function informedApiProblem(
  code: ClientErrorCode,
  field: string | null,
): Partial<Record<InformedField, InputProblemCode>> | null {
  if (code !== 'BAD_USER_INPUT' || !INFORMED_FIELDS.includes(field as InformedField)) return null;
  return { [field as InformedField]: 'INVALID' };
}

const WORDED = ['REQUIRED', 'TOO_LONG', 'DATE', 'FUTURE'] as const;

/** The catalogue key of a field problem; anything else reads as "not valid". */
export function informedProblemKey(
  problem: string,
): `informed.problem.${(typeof WORDED)[number] | 'INVALID'}` {
  const worded = (WORDED as readonly string[]).includes(problem)
    ? (problem as (typeof WORDED)[number])
    : 'INVALID';
  return `informed.problem.${worded}`;
}
