import type { LifeDomain } from '@schakel/domain';

/**
 * Each domain's line: a colour with at least 3:1 contrast on white (WCAG 1.4.11) and a dash and
 * marker of its own, so lines differ by more than colour (WCAG 1.4.1).
 */
export const SERIES_STYLE: Readonly<
  Record<LifeDomain, { colour: string; dash: string; marker: 'circle' | 'square' | 'triangle' }>
> = {
  HOUSING: { colour: '#1b5e9b', dash: '', marker: 'circle' },
  FINANCES: { colour: '#b3261e', dash: '6 4', marker: 'square' },
  WORK_AND_DAYTIME: { colour: '#2e7d32', dash: '2 3', marker: 'triangle' },
  HEALTH_AND_CARE: { colour: '#6a1b9a', dash: '', marker: 'square' },
  ADDICTION: { colour: '#a84300', dash: '6 4', marker: 'triangle' },
  JUSTICE_AND_BEHAVIOUR: { colour: '#00695c', dash: '2 3', marker: 'circle' },
  SOCIAL_NETWORK: { colour: '#ad1457', dash: '', marker: 'triangle' },
  SAFETY: { colour: '#4e342e', dash: '6 4', marker: 'circle' },
  PARENTING: { colour: '#37474f', dash: '2 3', marker: 'square' },
};
