/** The life cycle of a case, from referral (aanmelding) to closing (afsluiting). */
export const CASE_STATUSES = [
  'REFERRED',
  'IN_TRIAGE',
  'ACCEPTED',
  'REFERRED_BACK',
  'REJECTED',
  'ACTIVE',
  'CLOSED',
] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which the case is still worked on; a closed case is read-only. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = [
  'REFERRED',
  'IN_TRIAGE',
  'ACCEPTED',
  'ACTIVE',
];

/** Life domains (leefgebieden) used for the goals of a plan of action. */
export const LIFE_DOMAINS = [
  'HOUSING',
  'FINANCES',
  'WORK_AND_DAYTIME',
  'HEALTH_AND_CARE',
  'ADDICTION',
  'JUSTICE_AND_BEHAVIOUR',
  'SOCIAL_NETWORK',
  'SAFETY',
  'PARENTING',
] as const;

export type LifeDomain = (typeof LIFE_DOMAINS)[number];
