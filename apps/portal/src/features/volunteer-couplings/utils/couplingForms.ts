import {
  coupleVolunteerSchema,
  couplingProgressSchema,
  decideMatchRequestSchema,
  endCouplingSchema,
  matchRequestSchema,
  parseWith,
  type InputProblemCode,
} from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

/*
 * The fields of the volunteer-coupling forms; the rules are the API's own (libs/domain
 * volunteer-coupling.schema.ts), so the portal refuses exactly what the API would.
 */

export const REQUEST_FIELDS = [
  'volunteerAgencyId',
  'helpAsked',
  'helpOther',
  'availability',
  'safetyNote',
  'offenceSummary',
] as const;
export const DECIDE_FIELDS = ['reason'] as const;
export const COUPLE_FIELDS = ['volunteerName', 'volunteerPhone'] as const;
export const PROGRESS_FIELDS = ['notedOn', 'note'] as const;
export const END_FIELDS = ['reason', 'text'] as const;

export type FieldProblemsOf<F extends string> = Partial<Record<F, InputProblemCode>>;

const SCHEMAS = {
  request: matchRequestSchema,
  decide: decideMatchRequestSchema,
  couple: coupleVolunteerSchema,
  progress: () => couplingProgressSchema(),
  end: endCouplingSchema,
} as const;

/** The problems `input` has under the API's schema `kind`, per field of `fields`. */
export function checkCoupling<F extends string>(
  kind: keyof typeof SCHEMAS,
  fields: readonly F[],
  input: Record<string, unknown>,
): FieldProblemsOf<F> {
  const result = parseWith(SCHEMAS[kind](), input);
  if (result.ok) return {};
  const found: FieldProblemsOf<F> = {};
  for (const { path, code } of result.problems) {
    const field = path as F;
    if (fields.includes(field) && !found[field]) found[field] = code;
  }
  return found;
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

const WORDED = ['REQUIRED', 'TOO_SHORT', 'TOO_LONG', 'DATE', 'FUTURE'] as const;

export function couplingProblemKey(
  problem: string,
): `couplings.problem.${(typeof WORDED)[number] | 'INVALID'}` {
  const worded = (WORDED as readonly string[]).includes(problem)
    ? (problem as (typeof WORDED)[number])
    : 'INVALID';
  return `couplings.problem.${worded}`;
}
