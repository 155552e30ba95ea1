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
