import {
  criteriaMet,
  referralInputSchema,
  referralLookupSchema,
  triageDecisionSchema,
  type NewPerson,
  type ReferralLookup,
  type TriageCriteria,
  type TriageDecisionInput,
} from '@schakel/domain';
import type { CaseTheme } from '../cases/case.enums';
import { parseInput } from '../common/parse-input';
import { localDate } from '../common/validate';
import type {
  CreateReferralInput,
  DecideReferralInput,
  ReferralPersonLookupInput,
} from './dto/referral.inputs';

/*
 * Input checks of referral and triage, before any query: bad input changes nothing. The referral's
 * rules are the schemas in libs/domain/src/inputs, which the portal runs before sending.
 */

export type LookupQuery = ReferralLookup;
export type { NewPerson };

/** BSN alone, or family name + date of birth (given names optional). */
export function parseLookup(input: ReferralPersonLookupInput): LookupQuery {
  return parseInput(referralLookupSchema(localDate()), input);
}

export interface ReferralDraft {
  personId: string | null;
  person: NewPerson | null;
  theme: CaseTheme;
  reason: string;
  goal: string;
  proposedAgencyIds: string[];
  personInformed: boolean;
  notInformedReason: string | null;
}

export function parseReferral(input: CreateReferralInput): ReferralDraft {
  // The reason categories are checked against the covenant later (freeTextCategoriesArg).
  const { reasonCategories: _categories, ...draft } = parseInput(
    referralInputSchema(localDate(), { categories: false }),
    input,
  );
  return draft;
}

export type Criteria = TriageCriteria;
export { criteriaMet };

export type TriageDraft = TriageDecisionInput;

export function parseDecision(input: DecideReferralInput): TriageDraft {
  return parseInput(triageDecisionSchema(), input);
}
