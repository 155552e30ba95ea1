import type { LifeDomain } from './case-status';
import type { InformationCategory } from './information-category';

/*
 * Outcomes per life domain (issue 18 item 3, ADR 0028): the casusregisseur scores each leefgebied on
 * a 1–5 self-reliance scale at intake, at each adopted plan and at closing. The level texts are
 * Schakel's own and live in the portal's catalogues (`lifeDomainScores.level.<DOMAIN>.<n>`).
 */

/** When a case's domains are scored: at intake, at an adopted plan version, at closing. */
export const SCORE_MOMENTS = ['INTAKE', 'PLAN', 'CLOSING'] as const;
export type ScoreMoment = (typeof SCORE_MOMENTS)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/**
 * The category a score of each domain carries (domain brief §4): a self-reliance level on a domain
 * says as much about the person as the information it rests on — health and addiction are CARE
 * (medical secrecy), justice and behaviour JUSTICE (Wjsg), the social domains SOCIAL, safety SAFETY.
 */
export const LIFE_DOMAIN_CATEGORY: Readonly<Record<LifeDomain, InformationCategory>> = {
  HOUSING: 'SOCIAL',
  FINANCES: 'SOCIAL',
  WORK_AND_DAYTIME: 'SOCIAL',
  HEALTH_AND_CARE: 'CARE',
  ADDICTION: 'CARE',
  JUSTICE_AND_BEHAVIOUR: 'JUSTICE',
  SOCIAL_NETWORK: 'SOCIAL',
  SAFETY: 'SAFETY',
  PARENTING: 'SOCIAL',
};
