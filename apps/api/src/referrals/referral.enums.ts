import { registerEnumType } from '@nestjs/graphql';
import {
  PERSON_MATCH_DECISIONS,
  TRIAGE_DECISIONS,
  type PersonMatchDecision,
  type TriageDecision,
} from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

// Shared with the triage input schema (libs/domain).
export { PERSON_MATCH_DECISIONS, TRIAGE_DECISIONS, type PersonMatchDecision, type TriageDecision };
export const TriageDecisionEnum = asEnum(TRIAGE_DECISIONS);
registerEnumType(TriageDecisionEnum, {
  name: 'TriageDecision',
  description: 'Accept for a case meeting, refer back to a local approach, or reject.',
});

export const PersonMatchDecisionEnum = asEnum(PERSON_MATCH_DECISIONS);
registerEnumType(PersonMatchDecisionEnum, {
  name: 'PersonMatchDecision',
  description:
    'SAME_PERSON links the referral to the known person; DIFFERENT_PERSON keeps it apart.',
});

/** How the referral got its person. */
export const REFERRAL_PERSON_SOURCES = ['EXISTING', 'BSN_MATCH', 'NEW'] as const;
export type ReferralPersonSource = (typeof REFERRAL_PERSON_SOURCES)[number];
export const ReferralPersonSourceEnum = asEnum(REFERRAL_PERSON_SOURCES);
registerEnumType(ReferralPersonSourceEnum, {
  name: 'ReferralPersonSource',
  description:
    'EXISTING: picked by the referrer from persons they may see; BSN_MATCH: linked to the known ' +
    'person with that BSN, name and birth date; NEW: a new person from the entered data.',
});

/** Stored with the participation: the covenant is the legal basis of a referral and triage. */
export const LEGAL_BASIS_REFERRAL = 'Convenant Zorg- en Veiligheidshuis (aanmelding)';
export const LEGAL_BASIS_TRIAGE = 'Convenant Zorg- en Veiligheidshuis (triage, casusoverleg)';
export const PROCESREGIE_REASON = 'Procesregie Zorg- en Veiligheidshuis: screening en triage';
export const PARTNER_REASON =
  'Ketenpartner bij de casus, na acceptatie in de triage van het Zorg- en Veiligheidshuis';
