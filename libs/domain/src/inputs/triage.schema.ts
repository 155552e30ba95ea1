import { z } from 'zod';
import { addProblem, checkField, id, idList, oneOf, text } from './input-problem';
import { REFERRAL_TEXT_MAX, REFERRAL_TEXT_MIN } from './referral.schema';

/** The outcome of triage (casusafweging, domain brief §2 step 3). */
export const TRIAGE_DECISIONS = ['ACCEPTED', 'REFERRED_BACK', 'REJECTED'] as const;
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number];

/** The procesregisseur's answer to "is the referred person someone we already know?". */
export const PERSON_MATCH_DECISIONS = ['SAME_PERSON', 'DIFFERENT_PERSON'] as const;
export type PersonMatchDecision = (typeof PERSON_MATCH_DECISIONS)[number];

export interface TriageCriteria {
  multiDomain: boolean;
  chainsCooperate: boolean;
  impactOnSurroundings: boolean;
  seriousLocalSafety: boolean;
}

/** The national rule: multi-domain AND both chains AND impact on surroundings, OR local safety. */
export function criteriaMet(c: TriageCriteria): boolean {
  return (c.multiDomain && c.chainsCooperate && c.impactOnSurroundings) || c.seriousLocalSafety;
}

/**
 * A triage decision. Whether the referral needs a person-match decision at all depends on the
 * stored referral: the API checks that against the database, the portal against what it shows.
 */
export function triageDecisionSchema() {
  return z
    .object({
      caseId: id(),
      decision: oneOf(TRIAGE_DECISIONS),
      reason: text(REFERRAL_TEXT_MIN, REFERRAL_TEXT_MAX),
      criteria: z.object({
        multiDomain: z.boolean(),
        chainsCooperate: z.boolean(),
        impactOnSurroundings: z.boolean(),
        seriousLocalSafety: z.boolean(),
      }),
      partnerAgencyIds: z.array(z.string()).nullish(),
      casusregisseurAgencyId: z.string().nullish(),
      personMatch: z.enum(PERSON_MATCH_DECISIONS).nullish(),
      matchedPersonId: z.string().nullish(),
    })
    .superRefine(
      (input, ctx) => {
        const accepted = input.decision === 'ACCEPTED';
        if (accepted && typeof input.criteria === 'object' && !criteriaMet(input.criteria)) {
          addProblem(ctx, 'INVALID', {}, ['criteria']);
        }
        if (!accepted && (input.partnerAgencyIds?.length || input.casusregisseurAgencyId)) {
          addProblem(ctx, 'INVALID', {}, ['partnerAgencyIds']);
        }
        if (input.matchedPersonId) checkField(ctx, id(), input.matchedPersonId, 'matchedPersonId');
        if ((input.personMatch === 'SAME_PERSON') !== Boolean(input.matchedPersonId)) {
          addProblem(ctx, 'REQUIRED', {}, ['matchedPersonId']);
        }
        if (input.partnerAgencyIds) {
          checkField(ctx, idList(30), input.partnerAgencyIds, 'partnerAgencyIds');
        }
        if (input.casusregisseurAgencyId) {
          checkField(ctx, id(), input.casusregisseurAgencyId, 'casusregisseurAgencyId');
        }
      },
      { when: () => true },
    )
    .transform((input) => ({
      caseId: input.caseId,
      decision: input.decision,
      reason: input.reason,
      criteria: input.criteria,
      partnerAgencyIds: input.partnerAgencyIds
        ? [...new Set(input.partnerAgencyIds.map((value) => value.toLowerCase()))]
        : null,
      casusregisseurAgencyId: input.casusregisseurAgencyId?.toLowerCase() ?? null,
      personMatch: input.personMatch ?? null,
      matchedPersonId: input.matchedPersonId?.toLowerCase() ?? null,
    }));
}
export type TriageDecisionInput = z.output<ReturnType<typeof triageDecisionSchema>>;
