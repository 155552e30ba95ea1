import { registerEnumType } from '@nestjs/graphql';
import { INFORMATION_CATEGORIES, type InformationCategory } from '@schakel/domain';
import type { AccessBasis as PolicyAccessBasis } from '@schakel/sharing-policy';
import { asEnum } from '../common/graphql-enum';

export const InformationCategoryEnum = asEnum(INFORMATION_CATEGORIES);
registerEnumType(InformationCategoryEnum, {
  name: 'InformationCategory',
  description:
    'Every piece of personal information carries one category; the covenant is per category.',
});

/** What the policy decides about a value: everywhere but the preview. */
export type Access = 'FULL' | 'SUMMARY' | 'WITHHELD';
export const ACCESS_LEVELS = ['FULL', 'SUMMARY', 'WITHHELD', 'VISIBLE_TO_TARGET_ONLY'] as const;
/** An access marker as the client receives it; VISIBLE_TO_TARGET_ONLY only in a preview. */
export type AccessMarker = (typeof ACCESS_LEVELS)[number];
export const AccessEnum = asEnum(ACCESS_LEVELS);
registerEnumType(AccessEnum, {
  name: 'Access',
  description:
    'What the caller may see of a value: FULL; SUMMARY (only the summary the source marked ' +
    'shareable); WITHHELD ("afgeschermd": no access under the covenant — the value is null, ' +
    'which does not mean that nothing exists); VISIBLE_TO_TARGET_ONLY (only in a "view as" ' +
    'preview: the previewed agency would see it, the caller may not — the value is null).',
});

/** Why a preview's agency would not see something ("afgeschermd voor X"). */
export const WITHHELD_REASONS = ['NOT_A_PARTICIPANT', 'NOT_GRANTED'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];
export const WithheldReasonEnum = asEnum(WITHHELD_REASONS);
registerEnumType(WithheldReasonEnum, {
  name: 'WithheldReason',
  description:
    'Why an agency would not see something: NOT_A_PARTICIPANT (it takes no active part in ' +
    'the case), NOT_GRANTED (the covenant grants it no read of the category, and no consent or ' +
    'conflict-of-duties decision extends it).',
});

export const ACCESS_BASES = [
  'COVENANT',
  'CONSENT',
  'CONFLICT_OF_DUTIES',
  'BREAK_GLASS',
  'ROLE',
] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];
export const AccessBasisEnum = asEnum(ACCESS_BASES);
registerEnumType(AccessBasisEnum, {
  name: 'AccessBasis',
  description: 'Why access is allowed; BREAK_GLASS is an exception that is flagged and reviewed.',
});

const BASIS: Record<PolicyAccessBasis, AccessBasis> = {
  covenant: 'COVENANT',
  consent: 'CONSENT',
  conflict_of_duties: 'CONFLICT_OF_DUTIES',
  break_glass: 'BREAK_GLASS',
  role: 'ROLE',
};

export function toAccessBasis(basis: PolicyAccessBasis | null): AccessBasis | null {
  return basis === null ? null : BASIS[basis];
}

export type { InformationCategory };
