import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

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

export const CloseOutcomeEnum = asEnum(CLOSE_OUTCOMES);
registerEnumType(CloseOutcomeEnum, {
  name: 'CloseOutcome',
  description: 'The outcome recorded when a case is closed.',
});

/** Bounds of the region's grace period after closing, in days (0: access ends at once). */
export const MAX_CLOSING_GRACE_DAYS = 180;
