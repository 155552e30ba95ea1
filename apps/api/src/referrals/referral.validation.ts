import {
  referralInputSchema,
  referralLookupSchema,
  type NewPerson,
  type ReferralLookup,
} from '@schakel/domain';
import type { CaseTheme } from '../cases/case.enums';
import { parseInput } from '../common/parse-input';
import { SharingError } from '../sharing/sharing.error';
import { localDate, textArg, uuidArg } from '../sharing/validate';
import type {
  CreateReferralInput,
  DecideReferralInput,
  ReferralPersonLookupInput,
} from './dto/referral.inputs';
import { TRIAGE_DECISIONS, type PersonMatchDecision, type TriageDecision } from './referral.enums';

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

function idList(values: readonly string[], field: string, max = 30): string[] {
  if (values.length > max) throw SharingError.badInput(field, `${field} holds at most ${max} ids.`);
  return [...new Set(values.map((id, i) => uuidArg(id, `${field}.${i}`)))];
}

export interface Criteria {
  multiDomain: boolean;
  chainsCooperate: boolean;
  impactOnSurroundings: boolean;
  seriousLocalSafety: boolean;
}

/** The national rule: multi-domain AND both chains AND impact on surroundings, OR local safety. */
export function criteriaMet(c: Criteria): boolean {
  return (c.multiDomain && c.chainsCooperate && c.impactOnSurroundings) || c.seriousLocalSafety;
}

export interface TriageDraft {
  caseId: string;
  decision: TriageDecision;
  reason: string;
  criteria: Criteria;
  partnerAgencyIds: string[] | null;
  casusregisseurAgencyId: string | null;
  personMatch: PersonMatchDecision | null;
  matchedPersonId: string | null;
}

export function parseDecision(input: DecideReferralInput): TriageDraft {
  const caseId = uuidArg(input.caseId, 'caseId');
  if (!(TRIAGE_DECISIONS as readonly string[]).includes(input.decision)) {
    throw SharingError.badInput('decision', 'decision is not a known triage decision.');
  }
  const reason = textArg(input.reason ?? '', 'reason', 10, 2000);
  const criteria: Criteria = {
    multiDomain: input.criteria.multiDomain,
    chainsCooperate: input.criteria.chainsCooperate,
    impactOnSurroundings: input.criteria.impactOnSurroundings,
    seriousLocalSafety: input.criteria.seriousLocalSafety,
  };
  const accepted = input.decision === 'ACCEPTED';
  if (accepted && !criteriaMet(criteria)) {
    throw SharingError.badInput(
      'criteria',
      'Accepting needs the national criteria: multi-domain problems, both chains and impact on ' +
        'the surroundings together, or a serious local safety problem.',
    );
  }
  if (!accepted && (input.partnerAgencyIds?.length || input.casusregisseurAgencyId)) {
    throw SharingError.badInput(
      'partnerAgencyIds',
      'Partners and a casusregisseur are only chosen when the referral is accepted.',
    );
  }
  const personMatch = input.personMatch ?? null;
  const matchedPersonId = input.matchedPersonId
    ? uuidArg(input.matchedPersonId, 'matchedPersonId')
    : null;
  if ((personMatch === 'SAME_PERSON') !== (matchedPersonId !== null)) {
    throw SharingError.badInput(
      'matchedPersonId',
      'Name the known person exactly when deciding it is the same person.',
    );
  }
  return {
    caseId,
    decision: input.decision,
    reason,
    criteria,
    partnerAgencyIds: input.partnerAgencyIds
      ? idList(input.partnerAgencyIds, 'partnerAgencyIds')
      : null,
    casusregisseurAgencyId: input.casusregisseurAgencyId
      ? uuidArg(input.casusregisseurAgencyId, 'casusregisseurAgencyId')
      : null,
    personMatch,
    matchedPersonId,
  };
}
