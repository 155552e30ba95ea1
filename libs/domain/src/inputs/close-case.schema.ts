import { z } from 'zod';
import { id, oneOf, text } from './input-problem';

/**
 * How a case ended, as ZVHs register it when de-escalating (afschaling): goals reached or not,
 * handed over to regular care or to the justice chain, or the case ended for an outside reason.
 */
export const CLOSE_OUTCOMES = [
  'GOAL_ACHIEVED',
  'PARTIALLY_ACHIEVED',
  'NOT_ACHIEVED',
  'REFERRED_TO_REGULAR_CARE',
  'TAKEN_OVER_BY_JUSTICE',
  'PERSON_MOVED',
  'PERSON_DECEASED',
  'NO_COOPERATION',
  'OTHER',
] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

export const CLOSE_REASON_MIN = 10;
export const CLOSE_REASON_MAX = 2000;

/** Closing a case: an outcome and why. The expected status is checked against the database. */
export function closeCaseSchema() {
  return z.object({
    caseId: id(),
    outcome: oneOf(CLOSE_OUTCOMES),
    reason: text(CLOSE_REASON_MIN, CLOSE_REASON_MAX),
  });
}
export type CloseCaseInput = z.output<ReturnType<typeof closeCaseSchema>>;
