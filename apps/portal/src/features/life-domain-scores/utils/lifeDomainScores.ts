import {
  LIFE_DOMAIN_CATEGORY,
  LIFE_DOMAINS,
  type InformationCategory,
  type LifeDomain,
} from '@schakel/domain';
import type { LifeDomainMomentFieldsFragment } from '../../../gql/graphql';

export type ScoreMomentView = LifeDomainMomentFieldsFragment;
export type ScoredMoment = ScoreMomentView & {
  assessment: NonNullable<ScoreMomentView['assessment']>;
};

/** What one domain shows at one moment. */
export type ScoreCell =
  | { kind: 'SCORE'; score: number }
  | { kind: 'NOT_SCORED' }
  | { kind: 'WITHHELD'; category: InformationCategory };

export const SCORE_LEVELS = [1, 2, 3, 4, 5] as const;

/** The moments that hold scores, in order (intake, plan versions, closing). */
export function scoredMoments(moments: readonly ScoreMomentView[]): ScoredMoment[] {
  return moments.filter((m): m is ScoredMoment => m.assessment !== null);
}

export function cellOf(moment: ScoredMoment, domain: LifeDomain): ScoreCell {
  const entry = moment.assessment.scores.find((s) => s.domain === domain);
  if (!entry || entry.access !== 'FULL') {
    return { kind: 'WITHHELD', category: LIFE_DOMAIN_CATEGORY[domain] };
  }
  return entry.score === null || entry.score === undefined
    ? { kind: 'NOT_SCORED' }
    : { kind: 'SCORE', score: entry.score };
}

/** The scores of one domain over the moments, for the chart: null where there is none to show. */
export function seriesOf(moments: readonly ScoredMoment[], domain: LifeDomain): (number | null)[] {
  return moments.map((m) => {
    const cell = cellOf(m, domain);
    return cell.kind === 'SCORE' ? cell.score : null;
  });
}

/** Domains with at least one score the viewer may read, in the domains' order. */
export function domainsWithScores(moments: readonly ScoredMoment[]): LifeDomain[] {
  return LIFE_DOMAINS.filter((d) => seriesOf(moments, d).some((s) => s !== null));
}

/** The current scores of a moment the viewer may read, to start a correction from. */
export function readableScores(moment: ScoreMomentView): Partial<Record<LifeDomain, number>> {
  const result: Partial<Record<LifeDomain, number>> = {};
  for (const s of moment.assessment?.scores ?? []) {
    if (s.access === 'FULL' && typeof s.score === 'number') result[s.domain] = s.score;
  }
  return result;
}

/** A stable key for a moment: its kind and, for a plan, the version. */
export function momentKey(moment: Pick<ScoreMomentView, 'moment' | 'planVersionId'>): string {
  return moment.planVersionId ? `${moment.moment}:${moment.planVersionId}` : moment.moment;
}
