import { registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../common/graphql-enum';

/** Computed in SQL against today's date in Europe/Amsterdam; an expired card is never VALID. */
export const AGREED_APPROACH_VALIDITIES = ['VALID', 'EXPIRED'] as const;
export type AgreedApproachValidity = (typeof AGREED_APPROACH_VALIDITIES)[number];
export const AgreedApproachValidityEnum = asEnum(AGREED_APPROACH_VALIDITIES);
registerEnumType(AgreedApproachValidityEnum, {
  name: 'AgreedApproachValidity',
  description: 'VALID until and including validUntil (Dutch time); EXPIRED after that.',
});

/** Why a police officer looks a card up; the free-text explanation comes with it. */
export const LOOKUP_PURPOSE_KINDS = [
  'STREET_CHECK',
  'INCIDENT_REPORT',
  'ARREST_CONSIDERED',
  'SAFETY_CHECK',
  'OTHER',
] as const;
export type LookupPurposeKind = (typeof LOOKUP_PURPOSE_KINDS)[number];
export const LookupPurposeKindEnum = asEnum(LOOKUP_PURPOSE_KINDS);
registerEnumType(LookupPurposeKindEnum, {
  name: 'AgreedApproachLookupPurpose',
  description:
    'The purpose of a lookup: street check (controle op straat), incident report (melding), ' +
    'arrest considered (aanhouding overwogen), safety check before a visit, or other.',
});

export const LOOKUP_SEARCH_KINDS = ['BSN', 'NAME_DOB'] as const;
export type LookupSearchKind = (typeof LOOKUP_SEARCH_KINDS)[number];
export const LookupSearchKindEnum = asEnum(LOOKUP_SEARCH_KINDS);
registerEnumType(LookupSearchKindEnum, {
  name: 'AgreedApproachSearchKind',
  description: 'Looked up by BSN, or by family name and date of birth.',
});
