import { registerEnumType } from '@nestjs/graphql';
import { INFORMATION_CATEGORIES, type InformationCategory } from '@schakel/domain';
import type { AccessBasis as PolicyAccessBasis } from '@schakel/sharing-policy';

export const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const InformationCategoryEnum = asEnum(INFORMATION_CATEGORIES);
registerEnumType(InformationCategoryEnum, {
  name: 'InformationCategory',
  description:
    'Every piece of personal information carries one category; the covenant is per category.',
});

export const ACCESS_LEVELS = ['FULL', 'SUMMARY', 'WITHHELD'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];
export const AccessEnum = asEnum(ACCESS_LEVELS);
registerEnumType(AccessEnum, {
  name: 'Access',
  description:
    'What the caller may see of a value: FULL; SUMMARY (only the summary the source marked ' +
    'shareable); WITHHELD ("afgeschermd": no access under the covenant — the value is null, ' +
    'which does not mean that nothing exists).',
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
