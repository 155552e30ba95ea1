import { z } from 'zod';
import { LEGAL_BASIS_MAX, LEGAL_BASIS_MIN } from './information-item.schema';
import { text } from './input-problem';

export const PARTICIPATION_REASON_MIN = 10;
export const PARTICIPATION_REASON_MAX = 2000;

/**
 * The texts of inviting a partner into a case: why it needs to know, and on what legal basis.
 * The agency and the reason's categories are the API's questions against the case and the
 * caller's covenant (`agencyId`, `reasonCategories`).
 */
export function participationSchema() {
  return z.object({
    reason: text(PARTICIPATION_REASON_MIN, PARTICIPATION_REASON_MAX),
    legalBasis: text(LEGAL_BASIS_MIN, LEGAL_BASIS_MAX),
  });
}
export type ParticipationInput = z.output<ReturnType<typeof participationSchema>>;
