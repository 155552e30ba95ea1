/** Every piece of personal information carries exactly one category (domain brief §4). */
export const INFORMATION_CATEGORIES = [
  'IDENTITY',
  'BSN',
  'POLICE',
  'JUSTICE',
  'PROBATION',
  'CARE',
  'CARE_SIGNAL',
  'SOCIAL',
  'SAFETY',
  'PLAN',
] as const;

export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

/** The legal regime behind each category, as named in the covenant. */
export const CATEGORY_REGIME: Readonly<Record<InformationCategory, string>> = {
  IDENTITY: 'AVG',
  BSN: 'AVG + sector laws',
  POLICE: 'Wpg',
  JUSTICE: 'Wjsg',
  PROBATION: 'Wjsg / AVG',
  CARE: 'WGBO (medical secrecy)',
  CARE_SIGNAL: 'consent or legal basis',
  SOCIAL: 'AVG (Wmo, Participatiewet)',
  SAFETY: 'zwaarwegend belang',
  PLAN: 'covenant',
};

export function isInformationCategory(value: unknown): value is InformationCategory {
  return typeof value === 'string' && (INFORMATION_CATEGORIES as readonly string[]).includes(value);
}
