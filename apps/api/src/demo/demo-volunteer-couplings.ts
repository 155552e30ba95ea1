import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import {
  insertDemoCouplingQuery,
  insertDemoProgressQuery,
} from './demo-volunteer-couplings.queries';

/*
 * Demo volunteer couplings (ADR 0034), relative to the day the demo is loaded: Ahmed
 * (ZVH-2026-003, with his consent for Exodus) has an Exodus volunteer since three weeks, with two
 * progress notes, and a second request (work, daytime activity) waits for Exodus's coordinator.
 * Names are invented.
 */
export async function seedVolunteerCouplings(tx: EntityManager, regionId: string): Promise<void> {
  const [active] = (await runStatement(
    tx,
    insertDemoCouplingQuery(regionId, 'ZVH-2026-003', {
      daysAgo: 28,
      helpAsked: ['ADMINISTRATIE', 'SOCIAAL_NETWERK'],
      availability: 'Doordeweeks na 15 uur',
      safetyNote: 'Geen bijzonderheden; eerste afspraak op het kantoor van Exodus.',
      status: 'COUPLED',
      volunteerName: 'Henk B.',
      volunteerPhone: '06-12345678',
    }),
  )) as { id: string }[];
  if (!active) throw new Error('demo volunteer couplings: no case ZVH-2026-003');
  await runStatement(
    tx,
    insertDemoProgressQuery(
      regionId,
      active.id,
      14,
      'Kennismaking goed verlopen; wekelijks koffie.',
    ),
  );
  await runStatement(
    tx,
    insertDemoProgressQuery(
      regionId,
      active.id,
      3,
      'Samen de post doorgenomen en een afspraak bij de schuldhulp gemaakt.',
    ),
  );
  await runStatement(
    tx,
    insertDemoCouplingQuery(regionId, 'ZVH-2026-003', {
      daysAgo: 2,
      helpAsked: ['WERK', 'DAGBESTEDING'],
      availability: 'Woensdag en vrijdag overdag',
      safetyNote: 'Geen bijzonderheden.',
      status: 'REQUESTED',
    }),
  );
}
