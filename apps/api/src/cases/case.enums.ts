import { registerEnumType } from '@nestjs/graphql';
import { CASE_STATUSES, CASE_THEMES, type CaseTheme } from '@schakel/domain';
import { asEnum } from '../common/graphql-enum';

// The themes are shared with the portal's input schemas (libs/domain).
export { CASE_THEMES, type CaseTheme };

export const CaseThemeEnum = asEnum(CASE_THEMES);
registerEnumType(CaseThemeEnum, { name: 'CaseTheme', description: 'Why a case is brought in.' });

export const CaseStatusEnum = asEnum(CASE_STATUSES);
registerEnumType(CaseStatusEnum, {
  name: 'CaseStatus',
  description: 'From referral (aanmelding) to closing (afsluiting); a closed case is read-only.',
});
