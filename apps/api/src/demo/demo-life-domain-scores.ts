import type { LifeDomain } from '@schakel/domain';
import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import { insertDemoAssessmentQuery } from './demo-seeder.queries';

/*
 * Life-domain scores (ADR 0028) on demo cases other than ZVH-2026-001 (the browser test scores
 * that one from scratch): an intake for the running case ZVH-2026-002, and intake and closing for
 * the closed ZVH-2025-017, so the Leefgebieden chart and the region's report have data. Scored by
 * the case's lead (the casusregisseur's agency, or the Veiligheidshuis) at the moment's date.
 */

type Scores = Partial<Record<LifeDomain, number>>;

const DEMO_SCORES: readonly {
  reference: string;
  moment: 'INTAKE' | 'CLOSING';
  lead: string;
  /** The moment's date: the case's creation (intake) or its closure (closing). */
  at: 'created' | 'closed';
  scores: Scores;
}[] = [
  {
    reference: 'ZVH-2026-002',
    moment: 'INTAKE',
    lead: 'gemeente',
    at: 'created',
    scores: {
      HOUSING: 2,
      FINANCES: 1,
      WORK_AND_DAYTIME: 2,
      SOCIAL_NETWORK: 2,
      PARENTING: 3,
      SAFETY: 1,
    },
  },
  {
    reference: 'ZVH-2025-017',
    moment: 'INTAKE',
    lead: 'zvh',
    at: 'created',
    scores: { HOUSING: 2, FINANCES: 2, WORK_AND_DAYTIME: 1, SOCIAL_NETWORK: 1, SAFETY: 2 },
  },
  {
    reference: 'ZVH-2025-017',
    moment: 'CLOSING',
    lead: 'zvh',
    at: 'closed',
    scores: { HOUSING: 4, FINANCES: 3, WORK_AND_DAYTIME: 3, SOCIAL_NETWORK: 3, SAFETY: 4 },
  },
];

export async function seedDemoLifeDomainScores(
  tx: EntityManager,
  regionId: string,
  agencyIds: ReadonlyMap<string, string>,
): Promise<void> {
  for (const demo of DEMO_SCORES) {
    const domains = Object.keys(demo.scores) as LifeDomain[];
    await runStatement(
      tx,
      insertDemoAssessmentQuery(
        regionId,
        demo.reference,
        demo.moment,
        agencyIds.get(demo.lead)!,
        demo.at,
        domains,
        domains.map((d) => demo.scores[d]!),
      ),
    );
  }
}
