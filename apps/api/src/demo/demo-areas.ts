import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import { insertDemoAreaQuery } from './demo-seeder.queries';

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
