import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import { insertDemoAreaQuery, insertDemoAreaTeamQuery } from './demo-seeder.queries';

/**
 * Demostad's wijken (ADR 0026) with their PC4 ranges, seeded before the persons so each person's
 * wijk follows from the postcode. 1234 is left out on purpose: the browser test imports a wijk for
 * it from CSV and refers a person living there.
 */
export const DEMO_AREAS: readonly { name: string; ranges: readonly [number, number][] }[] = [
  { name: 'Noord', ranges: [[1230, 1233]] },
  { name: 'Centrum', ranges: [[1240, 1249]] },
  { name: 'Zuid', ranges: [[1250, 1259]] },
  { name: 'Oud-West', ranges: [[1260, 1264]] },
];

export async function seedDemoAreas(tx: EntityManager, regionId: string): Promise<void> {
  for (const area of DEMO_AREAS) {
    await runStatement(tx, insertDemoAreaQuery(regionId, area.name, area.ranges));
  }
}

/**
 * Area teams (ADR 0036): who serves which wijk. Noord has a team of the wijkteam, probation and
 * the police (their demo users are members, so they see the area's workload); the other wijken
 * are served by the municipality's and probation's second teams.
 */
export const DEMO_AREA_TEAMS: readonly {
  agency: string;
  name: string;
  areas: readonly string[];
  members: readonly string[];
}[] = [
  {
    agency: 'wijkteam',
    name: 'Wijkteam Noord',
    areas: ['Noord'],
    members: ['wijkteam@demostad.demo.example'],
  },
  {
    agency: 'reclassering',
    name: 'Reclassering team Noord',
    areas: ['Noord'],
    members: ['reclassering@reclassering.demo.example'],
  },
  {
    agency: 'reclassering',
    name: 'Reclassering team Zuid en Centrum',
    areas: ['Centrum', 'Zuid', 'Oud-West'],
    members: [],
  },
  {
    agency: 'politie',
    name: 'Basisteam Demostad — wijkagent Noord',
    areas: ['Noord'],
    members: ['wijkagent@politie.demo.example'],
  },
  {
    agency: 'gemeente',
    name: 'Wijkteam Centrum en Zuid',
    areas: ['Centrum', 'Zuid', 'Oud-West'],
    members: ['gemeente@demostad.demo.example'],
  },
];

export async function seedDemoAreaTeams(
  tx: EntityManager,
  regionId: string,
  agencyIds: ReadonlyMap<string, string>,
): Promise<void> {
  for (const team of DEMO_AREA_TEAMS) {
    await runStatement(
      tx,
      insertDemoAreaTeamQuery(
        regionId,
        agencyIds.get(team.agency)!,
        team.name,
        team.areas,
        team.members,
      ),
    );
  }
}
