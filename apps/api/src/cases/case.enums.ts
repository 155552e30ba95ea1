import { registerEnumType } from '@nestjs/graphql';
import { CASE_STATUSES } from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

/** Why a case is at the Veiligheidshuis (domain brief §1). */
export const CASE_THEMES = [
  'FREQUENT_OFFENDER',
  'CONFUSED_BEHAVIOUR',
  'DOMESTIC_VIOLENCE',
  'EX_DETAINEE',
  'YOUTH_CRIME',
  'RADICALISATION',
  'UNDERMINING',
  'OTHER',
] as const;
export type CaseTheme = (typeof CASE_THEMES)[number];

export const CaseThemeEnum = asEnum(CASE_THEMES);
registerEnumType(CaseThemeEnum, { name: 'CaseTheme', description: 'Why a case is brought in.' });

export const CaseStatusEnum = asEnum(CASE_STATUSES);
registerEnumType(CaseStatusEnum, {
  name: 'CaseStatus',
  description: 'From referral (aanmelding) to closing (afsluiting); a closed case is read-only.',
});
