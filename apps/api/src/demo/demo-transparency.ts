import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import { demoInformedQuery, demoWgsContactQuery } from './demo-transparency.queries';

/*
 * Demo of telling the person (ADR 0035): the region's WGS contactpunt, and Sandra's case
 * (ZVH-2026-002) where the municipality informed her three weeks ago. Kevin's case
 * (ZVH-2026-001) is left unrecorded, so the referral's answer pre-fills its form.
 */
export async function seedTransparency(tx: EntityManager, regionId: string): Promise<void> {
  await runStatement(tx, demoWgsContactQuery(regionId));
  const rows = (await runStatement(
    tx,
    demoInformedQuery(regionId, 'ZVH-2026-002', 'Gemeente Demostad', 21),
  )) as unknown[];
  if (rows.length === 0) throw new Error('demo transparency: no case ZVH-2026-002');
}
